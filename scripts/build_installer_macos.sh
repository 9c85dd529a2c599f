#!/usr/bin/env bash
# What goes to the Macs, from the app scripts/build_installer.sh built and checked:
#   dist/Checkin-VERSION-macos-ARCH.zip   (ARCH: arm64 for Apple silicon, x86_64 for Intel, universal2 for both)
# zipped with ditto, which keeps the app's symbolic links and signatures: a zip made with `zip -r`, by Windows
# or by a script's zip library breaks them, and macOS then calls the app damaged.
#
#   CHECKIN_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"   build_installer.spec signs with it
#   CHECKIN_NOTARY_PROFILE=<profile>      notarise and staple, with the credentials saved once by
#                                         `xcrun notarytool store-credentials <profile> --apple-id … --team-id …`
#   CHECKIN_MACOS_ARCH=arm64|x86_64|universal2   read by the spec (default: this Mac's chip)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
PYTHON=${PYTHON:-.venv/bin/python}
APP="$DIST/Checkin.app"
[ -d "$APP" ] || { echo "build_installer: no $APP; run scripts/build_installer.sh" >&2; exit 2; }
version=$("$PYTHON" -c "import checkin; print(checkin.__version__)")
archs=$(lipo -archs "$APP/Contents/MacOS/checkin")
case "$archs" in
    *x86_64*arm64*|*arm64*x86_64*) arch=universal2 ;;
    *) arch=$archs ;;
esac

# PyInstaller signed every binary (ad hoc without an identity): a broken signature fails here, not on a desk.
codesign --verify --deep --strict --verbose=1 "$APP"
if [ -n "${CHECKIN_CODESIGN_IDENTITY:-}" ] && [ -n "${CHECKIN_NOTARY_PROFILE:-}" ]; then
    submission="$DIST/Checkin-$version-macos-$arch-notarise.zip"
    ditto -c -k --sequesterRsrc --keepParent "$APP" "$submission"
    echo "notarising (Apple usually answers within minutes)"
    answer=$(xcrun notarytool submit "$submission" --keychain-profile "$CHECKIN_NOTARY_PROFILE" --wait \
             --output-format json) || true  # the answer says why
    rm -f "$submission"
    read -r id status < <(printf '%s' "$answer" | "$PYTHON" -c \
        "import json, sys; answer = json.load(sys.stdin); print(answer.get('id', '-'), answer.get('status', '?'))")
    if [ "$status" != Accepted ]; then
        echo "build_installer: Apple did not notarise the app (status: $status); its log follows" >&2
        xcrun notarytool log "$id" --keychain-profile "$CHECKIN_NOTARY_PROFILE" >&2 || true
        exit 1
    fi
    # The ticket goes into the app, so a Mac offline at the venue accepts it too.
    xcrun stapler staple "$APP"
    xcrun stapler validate "$APP"
    spctl --assess --type execute --verbose "$APP"
elif [ -n "${CHECKIN_CODESIGN_IDENTITY:-}" ]; then
    echo "build_installer: signed but NOT NOTARISED (no CHECKIN_NOTARY_PROFILE): each Mac needs Open Anyway" >&2
else
    echo "build_installer: NOT SIGNED (no CHECKIN_CODESIGN_IDENTITY): each Mac needs Open Anyway; see the README" >&2
fi

zip="$DIST/Checkin-$version-macos-$arch.zip"
rm -f "$zip"
ditto -c -k --sequesterRsrc --keepParent "$APP" "$zip"
echo "zip: $zip"
