#!/usr/bin/env bash
# What goes to the Windows desks, from the bundle scripts/build_installer.sh built and checked (Git Bash):
#   dist/checkin-VERSION-windows-setup.exe   installs for the user without an administrator, adds the Start menu
#                                            entries and opens .checkin files in the desk (Inno Setup 6.3+)
#   dist/checkin-VERSION-windows.zip         the same folder, to unzip anywhere and run
#
# Signing, when a code-signing certificate is given (Smart App Control blocks unsigned programs outright):
#   CHECKIN_SIGN_SHA1=<thumbprint>         a certificate in the Windows certificate store (or on its USB token)
#   CHECKIN_SIGNTOOL_ARGS="<options>"      or signtool's own options choosing one (/f cert.pfx /p …, /dlib … for
#                                          Azure Trusted Signing), separated by spaces
#   CHECKIN_TIMESTAMP_URL                  the RFC 3161 time-stamp server (default: DigiCert's)
# Tools: signtool (Windows SDK) and ISCC (Inno Setup) from PATH, or SIGNTOOL= and ISCC= their paths.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
PYTHON=${PYTHON:-.venv/Scripts/python.exe}
BUNDLE="$DIST/checkin"
# Git Bash rewrites arguments that start with / as paths (/fd becomes C:/Program Files/Git/fd): not these.
export MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL="*"

winpath() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else printf '%s\n' "$1"; fi; }
version=$("$PYTHON" -c "import checkin; print(checkin.__version__)")
[ -x "$BUNDLE/checkin.exe" ] || { echo "build_installer: no $BUNDLE/checkin.exe; run scripts/build_installer.sh" >&2; exit 2; }

sign=()
if [ -n "${CHECKIN_SIGN_SHA1:-}" ]; then
    sign=(/sha1 "$CHECKIN_SIGN_SHA1")
elif [ -n "${CHECKIN_SIGNTOOL_ARGS:-}" ]; then
    read -r -a sign <<< "$CHECKIN_SIGNTOOL_ARGS"
fi
SIGNTOOL=${SIGNTOOL:-signtool}
if [ ${#sign[@]} -gt 0 ]; then
    sign+=(/fd sha256 /tr "${CHECKIN_TIMESTAMP_URL:-http://timestamp.digicert.com}" /td sha256)
    # Smart App Control checks every program and library it loads: sign each one that carries no signature
    # yet (Python's and Qt's come signed by their makers).
    unsigned=()
    while IFS= read -r -d '' file; do
        "$SIGNTOOL" verify /pa /q "$(winpath "$file")" >/dev/null 2>&1 || unsigned+=("$(winpath "$file")")
    done < <(find "$BUNDLE" -type f \( -iname '*.exe' -o -iname '*.dll' -o -iname '*.pyd' \) -print0 | sort -z)
    echo "signing ${#unsigned[@]} files"
    for ((start = 0; start < ${#unsigned[@]}; start += 50)); do
        "$SIGNTOOL" sign "${sign[@]}" "${unsigned[@]:start:50}"
    done
    "$SIGNTOOL" verify /pa "$(winpath "$BUNDLE/checkin.exe")" "$(winpath "$BUNDLE/checkin-console.exe")"
else
    echo "build_installer: NOT SIGNED (no CHECKIN_SIGN_SHA1 or CHECKIN_SIGNTOOL_ARGS): Smart App Control blocks" \
         "it and SmartScreen asks before it runs; see the README" >&2
fi

zip="$DIST/checkin-$version-windows.zip"
"$PYTHON" -c "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', sys.argv[2], 'checkin')" \
    "${zip%.zip}" "$DIST"
echo "zip: $zip"

ISCC=${ISCC:-$(command -v iscc || command -v ISCC.exe || true)}
for candidate in "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "${LOCALAPPDATA:-}/Programs/Inno Setup 6/ISCC.exe"; do
    [ -z "$ISCC" ] && [ -x "$candidate" ] && ISCC=$candidate
done
if [ -z "$ISCC" ]; then
    echo "build_installer: no Inno Setup (ISCC), so no installer: install it (winget install JRSoftware.InnoSetup)" \
         "or give ISCC=<path to ISCC.exe>; the zip is built" >&2
    exit 0
fi
options=(/Q "/DAppVersion=$version" "/DBundleDir=$(winpath "$BUNDLE")" "/DOutputDir=$(winpath "$DIST")")
if [ ${#sign[@]} -gt 0 ]; then
    # Inno Setup signs Setup and its uninstaller with this command; $f is the file, $q a quote.
    options+=("/Scheckinsign=\$q$(winpath "$(command -v "$SIGNTOOL" || echo "$SIGNTOOL")")\$q sign ${sign[*]} \$f"
              "/DSignTool=checkinsign")
fi
"$ISCC" "${options[@]}" "$(winpath installer/windows/checkin.iss)"
setup="$DIST/checkin-$version-windows-setup.exe"
[ -f "$setup" ] || { echo "build_installer: Inno Setup made no $setup" >&2; exit 1; }
if [ ${#sign[@]} -gt 0 ]; then "$SIGNTOOL" verify /pa "$(winpath "$setup")"; fi
echo "installer: $setup"
