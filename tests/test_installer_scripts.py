"""The Windows and macOS packaging scripts, run here with the systems' tools stood in for.

signtool, Inno Setup's ISCC, ditto, codesign, lipo, xcrun and spctl exist only on their systems; the
stand-ins record each call (arguments as the tool would receive them) and answer as the real tool does
(ISCC writes its Setup, ditto its zip, notarytool its JSON answer). The command lines follow the tools'
documentation: Microsoft's SignTool reference, Inno Setup's [Setup]: SignTool and command-line compiler
pages, and Apple's "Customizing the notarization workflow" (notarytool, stapler).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import checkin

REPO = Path(__file__).resolve().parent.parent
VERSION = checkin.__version__
THUMBPRINT = "0123456789ABCDEF0123456789ABCDEF01234567"

# One stand-in for every tool: it logs its name and arguments (JSON, one call a line), then acts.
STAND_IN = r'''
import json, os, sys
from pathlib import Path

name, args = sys.argv[1], sys.argv[2:]
with open(os.environ["TOOL_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps([name, *args]) + "\n")
if name == "signtool" and args[:1] == ["verify"]:
    signed = os.environ.get("SIGNED_ALREADY", "")
    sys.exit(0 if args[-1].endswith(tuple(s for s in signed.split(",") if s)) or "/q" not in args else 1)
if name == "iscc":
    defines = dict(a[2:].split("=", 1) for a in args if a.startswith("/D") and "=" in a)
    Path(defines["OutputDir"], f"checkin-{defines['AppVersion']}-windows-setup.exe").write_bytes(b"MZ setup")
if name == "ditto":
    Path(args[-1]).write_bytes(b"PK zip of " + args[-2].encode())
if name == "lipo":
    print(os.environ.get("FAKE_ARCHS", "arm64"))
if name == "xcrun" and args[:2] == ["notarytool", "submit"]:
    status = os.environ.get("NOTARY_STATUS", "Accepted")
    print(json.dumps({"id": "5cb03d00-8ab1", "status": status, "message": "Processing complete"}))
    sys.exit(0 if status == "Accepted" else 1)  # the answer matters, whatever the exit status
'''


@pytest.fixture
def tools(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "stand_in.py"
    script.write_text(STAND_IN, encoding="utf-8")
    for name in ("signtool", "iscc", "ditto", "codesign", "lipo", "xcrun", "spctl"):
        tool = folder / name
        tool.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{script}" {name} "$@"\n', encoding="utf-8")
        tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    return folder


def run_script(name: str, tools: Path, dist: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list]:
    log = tools / "calls.jsonl"
    environment = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}", "TOOL_LOG": str(log),
                   "DIST": str(dist), "PYTHON": sys.executable, **env}
    for key in ("CHECKIN_SIGN_SHA1", "CHECKIN_SIGNTOOL_ARGS", "CHECKIN_CODESIGN_IDENTITY", "CHECKIN_NOTARY_PROFILE"):
        if key not in env:
            environment.pop(key, None)
    result = subprocess.run(["bash", str(REPO / "scripts" / name)], env=environment, capture_output=True, text=True,
                            timeout=120, check=False)
    calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
    return result, calls


@pytest.fixture
def windows_dist(tmp_path: Path) -> Path:
    """dist/checkin as PyInstaller leaves it on Windows: two programs and the libraries beside them."""
    dist = tmp_path / "dist with spaces"
    internal = dist / "checkin" / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    for name in ("checkin.exe", "checkin-console.exe"):
        (dist / "checkin" / name).write_bytes(b"MZ")
        (dist / "checkin" / name).chmod(0o755)
    for name in ("python311.dll", "PySide6/Qt6Core.dll", "_rl_accel.cp311-win_amd64.pyd", "base_library.zip"):
        (internal / name).write_bytes(b"MZ")
    return dist


def test_windows_signs_every_unsigned_program_and_library_then_builds_a_signed_installer(tools, windows_dist):
    result, calls = run_script("build_installer_windows.sh", tools, windows_dist, CHECKIN_SIGN_SHA1=THUMBPRINT,
                               SIGNED_ALREADY="python311.dll,Qt6Core.dll")
    assert result.returncode == 0, result.stderr
    [signing] = [c for c in calls if c[:2] == ["signtool", "sign"]]
    assert signing[2:10] == ["/sha1", THUMBPRINT, "/fd", "sha256", "/tr", "http://timestamp.digicert.com",
                             "/td", "sha256"]
    signed = sorted(Path(f).name for f in signing[10:])
    assert signed == ["_rl_accel.cp311-win_amd64.pyd", "checkin-console.exe", "checkin.exe"]  # not the makers'
    [compile_] = [c for c in calls if c[0] == "iscc"]
    assert f"/DAppVersion={VERSION}" in compile_ and f"/DBundleDir={windows_dist / 'checkin'}" in compile_
    assert compile_[-1].endswith("installer/windows/checkin.iss")
    [tool] = [a for a in compile_ if a.startswith("/Scheckinsign=")]
    assert tool.endswith(f"$q sign /sha1 {THUMBPRINT} /fd sha256 /tr http://timestamp.digicert.com /td sha256 $f")
    assert "/DSignTool=checkinsign" in compile_
    setup = windows_dist / f"checkin-{VERSION}-windows-setup.exe"
    assert setup.is_file()
    assert ["signtool", "verify", "/pa", str(setup)] in calls
    with zipfile.ZipFile(windows_dist / f"checkin-{VERSION}-windows.zip") as archive:
        assert {"checkin/checkin.exe", "checkin/_internal/PySide6/Qt6Core.dll"} <= set(archive.namelist())


def test_windows_takes_signtool_options_for_other_certificates(tools, windows_dist):
    result, calls = run_script("build_installer_windows.sh", tools, windows_dist,
                               CHECKIN_SIGNTOOL_ARGS="/f C:/keys/desk.pfx /p secret",
                               CHECKIN_TIMESTAMP_URL="http://timestamp.sectigo.com")
    assert result.returncode == 0, result.stderr
    [signing] = [c for c in calls if c[:2] == ["signtool", "sign"]]
    assert signing[2:10] == ["/f", "C:/keys/desk.pfx", "/p", "secret", "/fd", "sha256", "/tr",
                             "http://timestamp.sectigo.com"]


def test_windows_without_a_certificate_builds_unsigned_and_says_so(tools, windows_dist):
    result, calls = run_script("build_installer_windows.sh", tools, windows_dist)
    assert result.returncode == 0, result.stderr
    assert "NOT SIGNED" in result.stderr and "Smart App Control" in result.stderr
    assert not [c for c in calls if c[0] == "signtool"]
    [compile_] = [c for c in calls if c[0] == "iscc"]
    assert not [a for a in compile_ if a.startswith(("/S", "/DSignTool"))]
    assert (windows_dist / f"checkin-{VERSION}-windows-setup.exe").is_file()


def test_windows_keeps_git_bash_from_rewriting_the_tools_options(tools, windows_dist):
    """Git Bash turns `/fd` into `C:/Program Files/Git/fd` unless told not to convert arguments."""
    probe = tools / "iscc"
    probe.write_text(f'#!/bin/sh\necho "$MSYS_NO_PATHCONV $MSYS2_ARG_CONV_EXCL" > "{tools}/env"\n', encoding="utf-8")
    run_script("build_installer_windows.sh", tools, windows_dist)
    assert (tools / "env").read_text().split() == ["1", "*"]


@pytest.fixture
def mac_dist(tmp_path: Path) -> Path:
    app = tmp_path / "dist" / "Checkin.app" / "Contents" / "MacOS"
    app.mkdir(parents=True)
    (app / "checkin").write_bytes(b"\xcf\xfa\xed\xfe")
    return tmp_path / "dist"


def test_macos_notarises_staples_and_zips_with_ditto(tools, mac_dist):
    result, calls = run_script("build_installer_macos.sh", tools, mac_dist, FAKE_ARCHS="arm64",
                               CHECKIN_CODESIGN_IDENTITY="Developer ID Application: Geneva Desk (ABCDE12345)",
                               CHECKIN_NOTARY_PROFILE="checkin-notary")
    assert result.returncode == 0, result.stderr
    app = str(mac_dist / "Checkin.app")
    submission = str(mac_dist / f"Checkin-{VERSION}-macos-arm64-notarise.zip")
    final = str(mac_dist / f"Checkin-{VERSION}-macos-arm64.zip")
    assert [c for c in calls if c[0] != "lipo"] == [
        ["codesign", "--verify", "--deep", "--strict", "--verbose=1", app],
        ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", app, submission],
        ["xcrun", "notarytool", "submit", submission, "--keychain-profile", "checkin-notary", "--wait",
         "--output-format", "json"],
        ["xcrun", "stapler", "staple", app],
        ["xcrun", "stapler", "validate", app],
        ["spctl", "--assess", "--type", "execute", "--verbose", app],
        ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", app, final],
    ]
    assert Path(final).is_file() and not Path(submission).exists()


def test_macos_refuses_an_app_apple_would_not_notarise_and_shows_why(tools, mac_dist):
    result, calls = run_script("build_installer_macos.sh", tools, mac_dist, NOTARY_STATUS="Invalid",
                               CHECKIN_CODESIGN_IDENTITY="Developer ID Application: Geneva Desk (ABCDE12345)",
                               CHECKIN_NOTARY_PROFILE="checkin-notary")
    assert result.returncode == 1
    assert "Invalid" in result.stderr
    assert ["xcrun", "notarytool", "log", "5cb03d00-8ab1", "--keychain-profile", "checkin-notary"] in calls
    assert not [c for c in calls if c[:2] == ["xcrun", "stapler"]]
    assert not list(mac_dist.glob("*.zip"))


@pytest.mark.parametrize(("archs", "name"), [("x86_64", "x86_64"), ("x86_64 arm64", "universal2")])
def test_macos_names_the_download_after_its_chips_and_says_when_unsigned(tools, mac_dist, archs, name):
    result, calls = run_script("build_installer_macos.sh", tools, mac_dist, FAKE_ARCHS=archs)
    assert result.returncode == 0, result.stderr
    assert "NOT SIGNED" in result.stderr
    assert not [c for c in calls if c[0] == "xcrun"]
    assert (mac_dist / f"Checkin-{VERSION}-macos-{name}.zip").is_file()
