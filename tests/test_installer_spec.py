"""build_installer.spec, read without building: nothing the app needs is left out, nothing it uses is excluded.

The real proof is `checkin selftest` run from the built bundle (scripts/build_installer.sh); these
checks catch the common slips in a second: a new resource folder, a new subcommand, a Qt module the
desk starts using that the spec excludes.
"""

from __future__ import annotations

import ast
import pkgutil
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest
from PIL import Image

import checkin
from checkin.cli import COMMAND_MODULES

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "build_installer.spec"
# What the desk cannot lose: Qt libraries and plugins it loads, and Pillow's own copies of system libraries.
NEEDED_BINARIES = (
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6PrintSupport.so.6", "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0",
    "pillow.libs/libjpeg-6dc8d115.so.62.4.0", "libcups.so.2", "libxkbcommon.so.0", "libpython3.11.so.1.0",
    "PySide6\\Qt6Multimedia.dll", "PySide6\\Qt6Pdf.dll", "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/lib/QtMultimedia.framework/Versions/A/QtMultimedia", "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    # The camera: Qt's FFmpeg media plugin, FFmpeg, and the Qt Quick/QML libraries the plugin links.
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libavformat.so.61", "PySide6/Qt/lib/libavutil.so.59", "PySide6/Qt/lib/libswscale.so.8",
    "PySide6/Qt/lib/libswresample.so.5", "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2",
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6/Qt/lib/libQt6QmlMeta.so.6", "PySide6/Qt/lib/libQt6QmlWorkerScript.so.6",
    "PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll", "PySide6\\avcodec-61.dll", "PySide6\\Qt6Quick.dll",
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
)
UNWANTED_BINARIES = (
    "PySide6/Qt/lib/libavfilter.so.10", "PySide6/Qt/lib/libQt6QuickControls2.so.6",
    "PySide6/Qt/lib/libQt6QuickTemplates2.so.6", "PySide6/Qt/lib/libQt6QmlCompiler.so.6",
    "PySide6/Qt/lib/libQt6Quick3D.so.6", "PySide6\\Qt6QuickControls2.dll",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libpango-1.0.so.0", "libcairo.so.2",
    "libharfbuzz.so.0", "PySide6/Qt/plugins/platforms/libqeglfs.so",
)


def spec_literals() -> dict[str, object]:
    """Every top-level NAME = <literal> of the spec (tuples of strings, mostly)."""
    found = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


@pytest.fixture(scope="module")
def spec() -> dict[str, object]:
    return spec_literals()


def spec_function(name: str, namespace: dict) -> object:
    """Run one function of the spec (it only reads files) with the spec's literals around it."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    [function] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name]
    exec(compile(ast.Module(body=[function], type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace[name]


def test_every_resource_folder_is_bundled(spec):
    folders = {p.name for p in (REPO / "resources").iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders - set(spec["RESOURCE_FOLDERS"]) == set()


def test_every_resource_file_is_bundled_and_no_source(spec):
    resource_datas = spec_function("resource_datas", {**spec, "ROOT": REPO, "Path": Path})
    bundled = {Path(source).relative_to(REPO / "resources") for source, _ in resource_datas()}
    for source, destination in resource_datas():
        assert destination == str(Path(source).parent.relative_to(REPO))  # same place under sys._MEIPASS
    assert Path("icons/checkin.svg") in bundled
    assert Path("sample/geneva-2018-registrations.xlsx") in bundled
    assert any(p.parts[0] == "fonts" and p.suffix == ".ttf" for p in bundled)
    assert any(p.parts[0] == "badges" and p.suffix == ".json" for p in bundled)
    assert {p for p in bundled if p.parts[0] == "translations"} == {
        p.relative_to(REPO / "resources") for p in (REPO / "resources" / "translations").glob("*.qm")}
    assert not [p for p in bundled if p.suffix in (".ts", ".py", ".pyc", ".sh")]


def test_reportlab_barcode_modules_are_collected(spec):
    """ReportLab imports its barcode widgets by name: PyInstaller misses them unless told."""
    assert "reportlab.graphics.barcode" in spec["COLLECT_SUBMODULES"]
    import reportlab.graphics.barcode as barcode

    modules = {m.name for m in pkgutil.iter_modules(barcode.__path__)}
    assert {"code128", "qr", "code39", "usps", "eanbc"} <= modules  # what collect_submodules will find
    assert "reportlab.pdfbase" in spec["COLLECT_SUBMODULES"]  # _fontdata_* tables, imported by name


def test_every_subcommand_is_bundled(spec):
    collected = tuple(spec["COLLECT_SUBMODULES"]) + tuple(spec["HIDDEN_IMPORTS"])
    missing = [m for m in COMMAND_MODULES if not any(m == c or m.startswith(c + ".") for c in collected)]
    assert missing == []
    assert "checkin.commands.selftest" in COMMAND_MODULES


def test_what_the_selftest_needs_in_the_bundle_is_listed(spec):
    for module in ("zxingcpp", "pypdfium2", "PySide6.QtMultimedia", "PySide6.QtSvg", "checkin.ui.app"):
        assert module in spec["HIDDEN_IMPORTS"]


def test_no_excluded_module_is_imported_by_the_app(spec):
    excluded = set(spec["EXCLUDES"])
    sources = [*(REPO / "checkin").rglob("*.py"), *(REPO / "badges").rglob("*.py")]
    imported = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)
    offenders = sorted(
        f"{path.relative_to(REPO)}: {name}" for path in sources for name in imported.findall(path.read_text("utf-8"))
        if name in excluded or name.split(".")[0] in excluded)
    assert offenders == []


def test_binary_filter_keeps_what_the_desk_loads_and_drops_the_rest(spec):
    pattern = re.compile("|".join(spec["EXCLUDED_BINARIES"]), re.IGNORECASE)
    assert [name for name in NEEDED_BINARIES if pattern.search(name)] == []
    assert [name for name in UNWANTED_BINARIES if not pattern.search(name)] == []


def test_name_and_version_come_from_the_package():
    text = SPEC.read_text(encoding="utf-8")
    assert "from checkin import APP_DISPLAY_NAME, APP_NAME, __version__" in text
    assert f'"{checkin.__version__}"' not in text and f"'{checkin.__version__}'" not in text
    assert 'name="checkin"' not in text


def test_icons_hold_every_size_the_systems_ask_for():
    icons = REPO / "resources" / "icons"
    with Image.open(icons / "checkin.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.ico.sizes())
    with Image.open(icons / "checkin.icns") as icns:
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])
        icns.size = (512, 512)
        icns.load()
        assert icns.getpixel((256, 256))[3] == 255  # drawn, not an empty square


# -- the event file type, registered with the system ----------------------------------------------

ISS = REPO / "installer" / "windows" / "checkin.iss"
ENTITLEMENTS = REPO / "installer" / "macos" / "entitlements.plist"


def test_the_mac_app_declares_and_opens_event_files(spec):
    """Finder opens a document in the app that claims its type: a declared UTI for the extension,
    and a document type naming that UTI (a bare extension list is deprecated)."""
    from checkin.store import EVENT_SUFFIX

    plist = spec["INFO_PLIST"]
    [declared] = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == spec["EVENT_TYPE"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == [EVENT_SUFFIX.lstrip(".")]
    assert "public.data" in declared["UTTypeConformsTo"]
    [document] = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [spec["EVENT_TYPE"]]
    assert document["CFBundleTypeRole"] == "Editor" and document["LSHandlerRank"] == "Owner"
    icon = REPO / "resources" / "icons" / document["CFBundleTypeIconFile"]
    assert icon.is_file() and declared["UTTypeIconFile"] == icon.name
    plistlib.loads(plistlib.dumps(plist))  # only types a property list can hold
    text = SPEC.read_text(encoding="utf-8")
    assert 'info_plist={**INFO_PLIST, "CFBundleShortVersionString": __version__}' in text
    assert "argv_emulation=True" not in text  # the desk takes the file-open event itself


def exe_keywords() -> dict[str, str]:
    """The keywords of the spec's first EXE(...) call, as source text."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE"]
    return {keyword.arg: ast.unparse(keyword.value) for keyword in calls[0].keywords}


def test_the_mac_build_takes_a_signing_identity_and_a_chip_type():
    keywords = exe_keywords()
    assert keywords["codesign_identity"] == "CODESIGN_IDENTITY"
    assert keywords["target_arch"] == "MACOS_ARCH"
    assert keywords["entitlements_file"] == "str(ENTITLEMENTS)"
    text = SPEC.read_text(encoding="utf-8")
    assert 'os.environ.get("CHECKIN_CODESIGN_IDENTITY")' in text and 'os.environ.get("CHECKIN_MACOS_ARCH")' in text
    assert 'ENTITLEMENTS = ROOT / "installer" / "macos" / "entitlements.plist"' in text


def test_the_hardened_runtime_lets_the_desk_use_ctypes_and_the_camera():
    entitlements = plistlib.loads(ENTITLEMENTS.read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True,
                            "com.apple.security.device.camera": True}


def iss_sections() -> dict[str, list[str]]:
    """The Inno Setup script's lines by section ("" before the first), comments and blanks left out."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8"), re.MULTILINE))


def expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda match: defines[match.group(1)], text)


def iss_entries(section: str) -> list[dict[str, str]]:
    """`Name: "x"; Flags: y` lines as dicts, with the script's #defines filled in."""
    defines, entries = iss_defines(), []
    for line in iss_sections()[section]:
        entry = {}
        for key, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            value = value.strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[key] = expand(value, defines)
        entries.append(entry)
    return entries


def test_the_windows_installer_opens_event_files_in_the_desk():
    from checkin import APP_NAME
    from checkin.store import EVENT_SUFFIX

    defines = iss_defines()
    exe = f"{APP_NAME}.exe"  # what the spec's windowed EXE is named
    assert defines["AppExeName"] == exe and defines["EventExtension"] == EVENT_SUFFIX
    registry = {(e["Subkey"], e["ValueName"]): e for e in iss_entries("Registry")}
    assert all(e["Root"] == "HKA" for e in registry.values())  # the user's classes, or all users' when admin
    progid = defines["EventProgId"]
    assert registry[(rf"Software\Classes\{EVENT_SUFFIX}", "")]["ValueData"] == progid
    assert (rf"Software\Classes\{EVENT_SUFFIX}\OpenWithProgids", progid) in registry
    command = registry[(rf"Software\Classes\{progid}\shell\open\command", "")]["ValueData"]
    assert command == rf'"{{app}}\{exe}" "%1"'  # quoted: paths with spaces reach the desk whole
    assert registry[(rf"Software\Classes\{progid}\DefaultIcon", "")]["ValueData"] == rf"{{app}}\{exe},0"
    assert "uninsdeletekey" in registry[(rf"Software\Classes\{progid}", "")]["Flags"]
    setup = dict(line.split("=", 1) for line in iss_sections()["Setup"] if "=" in line and not line.startswith("#"))
    assert setup["ChangesAssociations"] == "yes"


def test_the_windows_installer_adds_start_menu_entries_and_installs_without_an_administrator():
    setup = dict(line.split("=", 1) for line in iss_sections()["Setup"] if "=" in line and not line.startswith("#"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    icons = iss_entries("Icons")
    menu = [e for e in icons if e["Name"].startswith("{autoprograms}")]
    assert {e["Filename"] for e in menu} == {r"{app}\checkin.exe"}
    assert {e.get("Parameters", "") for e in menu} == {"", "demo"}  # the desk, and the sample to practise on
    [files] = iss_entries("Files")
    assert files["Source"] == r"..\..\dist\checkin\*" and "recursesubdirs" in files["Flags"]
    icon = ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()
    assert icon.resolve() == REPO / "resources" / "icons" / "checkin.ico"
    text = ISS.read_text(encoding="utf-8")
    assert "#ifdef SignTool" in text and "SignTool={#SignTool}" in text and "SignedUninstaller=yes" in text
@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="reads ELF links")
def test_the_camera_plugin_keeps_every_library_it_links(spec):
    """Qt's FFmpeg media plugin (the camera, recorded videos) fails to load if the bundle drops one of its links."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
    links = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    ours = [line.split()[0] for line in links.splitlines() if str(qt) in line]
    assert any(name.startswith("libavcodec") for name in ours)
    pattern = re.compile("|".join(spec["EXCLUDED_BINARIES"]), re.IGNORECASE)
    assert [name for name in ours if pattern.search(f"PySide6/Qt/lib/{name}")] == []
    assert not pattern.search(f"PySide6/Qt/plugins/multimedia/{plugin.name}")
