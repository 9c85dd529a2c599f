#!/usr/bin/env bash
# Build the one-folder desk bundle from build_installer.spec, then prove it works:
#   dist/checkin/checkin --version  and  dist/checkin/checkin selftest  (offscreen).
# Prints the bundle size and the build time. Fails if the bundle is missing anything.
# On macOS and Windows it then makes what goes to the desks, signed when given an identity:
# scripts/build_installer_macos.sh and scripts/build_installer_windows.sh say how.
#
#   scripts/build_installer.sh            build into dist/checkin (Linux), dist/Checkin.app (macOS),
#                                         dist/checkin with its installer (Windows: Git Bash)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=.venv/Scripts/python.exe; fi
if [ ! -x "$PYTHON" ]; then
    echo "build_installer: no virtual environment in .venv; run scripts/setup.sh first" >&2
    exit 2
fi
# Beyond the app's dependencies the build needs PyInstaller, and the bundle carries what
# `checkin selftest` reads QR codes back with; Windows also needs the tzdata time-zone database.
needs=("pyinstaller>=6.10" "zxing-cpp>=2.2" "pypdfium2>=4.30")
modules="PyInstaller, zxingcpp, pypdfium2"
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) needs+=("tzdata"); modules+=", tzdata" ;; esac
if ! "$PYTHON" -c "import $modules" 2>/dev/null; then
    "$PYTHON" -m pip install --quiet "${needs[@]}"
fi
if [ "$(uname -s)" = Linux ]; then
    # PyInstaller reads shared-library dependencies with objdump and strips them with strip, and bundles the
    # interpreter's shared library, which Debian's own python3 keeps in a package of its own.
    apt_needs=()
    command -v objdump >/dev/null || apt_needs+=(binutils)
    read -r libdir soname version < <("$PYTHON" -c "import sys, sysconfig as s
print(s.get_config_var('LIBDIR'), s.get_config_var('INSTSONAME'), '%d.%d' % sys.version_info[:2])")
    [ -e "$libdir/$soname" ] || apt_needs+=("libpython$version")
    if [ ${#apt_needs[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        # A machine set up without installing anything may never have read the package lists.
        $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${apt_needs[@]}" >/dev/null || {
            echo "build_installer: PyInstaller needs ${apt_needs[*]}: install them" >&2; exit 2; }
    fi
fi
export QT_QPA_PLATFORM=offscreen
# The icons are built from resources/icons/checkin.svg; rebuild them only when the SVG is newer.
"$PYTHON" scripts/build_icons.py --check 2>/dev/null || "$PYTHON" scripts/build_icons.py

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN build_installer.spec
built=$(date +%s)

case "$(uname -s)" in
    Darwin) BUNDLE=dist/Checkin.app; APP=dist/Checkin.app/Contents/MacOS/checkin ;;  # what ships, signed
    MINGW*|MSYS*|CYGWIN*) BUNDLE=dist/checkin; APP=dist/checkin/checkin-console.exe ;;
    *) BUNDLE=dist/checkin; APP=dist/checkin/checkin ;;
esac

"$APP" --version
"$APP" selftest
if [ "$(uname -s)" = Linux ] && command -v xvfb-run >/dev/null; then
    # Again on a real X server: the window must also come up through the xcb platform plugin and its libraries.
    echo "selftest on X (xcb, Xvfb):"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$APP" selftest
fi

size=$(du -sm "$BUNDLE" | cut -f1)
echo "bundle: $BUNDLE, ${size} MB, built in $((built - started)) s"
if [ "$size" -gt 250 ]; then
    echo "build_installer: the bundle is ${size} MB, over the 250 MB budget" >&2
    exit 1
fi

case "$(uname -s)" in
    Darwin) PYTHON="$PYTHON" bash scripts/build_installer_macos.sh ;;
    MINGW*|MSYS*|CYGWIN*) PYTHON="$PYTHON" bash scripts/build_installer_windows.sh ;;
esac
