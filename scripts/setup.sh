#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine: system libraries, then a virtual environment in .venv.
#   scripts/setup.sh            the app
#   scripts/setup.sh test       the app plus what the tests need (PostgreSQL, CUPS PDF printer, Xvfb…)
set -euo pipefail
cd "$(dirname "$0")/.."
extras="server"
[ "${1:-}" = "test" ] && extras="server,test"

# Qt needs these shared libraries even offscreen; xvfb and the xcb ones for real windows.
APT_APP=(python3 python3-venv python3-pip libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
         libfreetype6 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
         libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libnss3 libasound2
         libcups2 libpulse0 fonts-dejavu-core)
# The tests start their own PostgreSQL server and CUPS PDF queue, rasterise PDFs, and run the desk under Xvfb
# with a window manager (openbox), typing into it with real X key events (xdotool), as a USB scanner does,
# on keyboard layouts of other countries too (setxkbmap),
# and one desk with its clock set wrong (faketime); the mail fetch reads a real IMAP server (Dovecot).
APT_TEST=(postgresql cups printer-driver-cups-pdf poppler-utils xvfb xauth binutils xdotool openbox x11-xkb-utils
          faketime dovecot-imapd)

packages=("${APT_APP[@]}")
[ "${1:-}" = "test" ] && packages+=("${APT_TEST[@]}")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # Debian 13 renamed libasound2; take whichever name this release knows.
  if ! apt-cache show libasound2 >/dev/null 2>&1; then
    missing=("${missing[@]/libasound2/libasound2t64}")
  fi
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The distribution's Python, which the packages above bring with its venv module: it is built with
# profile-guided and link-time optimisation, and runs the app about 15 % faster than a plain build from
# source (such as pyenv's) that may come first on the PATH. Older than 3.11, the PATH's python3 is used.
python=python3
if /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  python=/usr/bin/python3
fi
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[${extras}]"
