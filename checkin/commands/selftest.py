"""`checkin selftest`: one line per check, exit 1 if any fails; how an organiser (and CI) knows it works.

The Qt-free checks live in `checkin.selftest`; the Qt ones are here: the main window built offscreen
on the sample event, the icon, fonts, printing a badge through QtPdf and QtPrintSupport, sounds and
translations. Qt is imported inside the checks so that a broken Qt gives a failed line, not a crash.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from checkin import APP_NAME, __version__
from checkin.selftest import CORE_CHECKS, Check, CheckFailed, SelftestState, read_qr_codes, run_checks

EXIT_FAILED = 1
SOUND_TIMEOUT_MS = 5000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "selftest", help="check that this installation works (sample event, search, check-in, badge, QR, window)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # "Offscreen" unless the caller chose a platform: the check must run on CI and over SSH too.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    where = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"{APP_NAME} {__version__} selftest ({where}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()})", flush=True)
    failed = total = 0
    with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-selftest-", ignore_cleanup_errors=True) as folder:
        state = SelftestState(work_dir=Path(folder))
        try:
            for result in run_checks((*CORE_CHECKS, *QT_CHECKS), state, debug=bool(os.environ.get("CHECKIN_DEBUG"))):
                total += 1
                failed += not result.ok
                print(f"{'ok' if result.ok else 'FAIL':<4} {result.name}: {result.detail}", flush=True)
        finally:
            close_window(state)
            if os.environ.get("CHECKIN_DEBUG"):
                for message in state.extras.get("qt_messages", []):
                    print(f"qt: {message}", file=sys.stderr)
    print(f"{failed} of {total} checks failed" if failed else f"all {total} checks passed", flush=True)
    return EXIT_FAILED if failed else 0


# -- Qt checks -------------------------------------------------------------------------------
def check_main_window(state: SelftestState) -> str:
    from PySide6.QtCore import QSettings

    from checkin.ui.app import create_app
    from checkin.ui.context import create_context
    from checkin.ui.main_window import MainWindow
    from checkin.ui.settings import Settings

    event_path = state.need("event_path")
    quiet_qt_messages(state)
    app = create_app([APP_NAME])
    # A private settings file: the selftest must not change this desk's recent events or printer.
    settings = Settings(QSettings(str(state.work_dir / "settings.ini"), QSettings.Format.IniFormat))
    context = create_context(settings)
    context.sounds.muted = True
    window = MainWindow(context, state.work_dir)
    state.extras.update(app=app, context=context, window=window)
    if not window.open_location(str(event_path)):
        raise CheckFailed(f"{event_path}: the main window could not open the event")
    window.show()
    app.processEvents()
    title = window.windowTitle()
    if state.event_title not in title:
        raise CheckFailed(f"the window shows {title!r}, not the event {state.event_title!r}")
    image = window.grab().toImage()
    if image.isNull():
        raise CheckFailed("the main window could not be drawn")
    return f"{title!r}, {image.width()}×{image.height()}, Qt platform {app.platformName()}"


def check_icon(state: SelftestState) -> str:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from checkin.resources import resources_dir

    _need_app(state)
    path = resources_dir() / "icons" / "checkin.svg"
    image = QIcon(str(path)).pixmap(64, 64).toImage()
    # A missing SVG plugin gives a null or fully transparent pixmap, not an error.
    if image.isNull() or image.pixelColor(32, 32).alpha() == 0:
        raise CheckFailed(f"{path}: the icon does not render (Qt's SVG support is missing)")
    if QApplication.windowIcon().isNull():
        raise CheckFailed("the application has no window icon")
    return f"checkin.svg drawn at 64×64, centre colour {image.pixelColor(32, 32).name()}"


def check_fonts(state: SelftestState) -> str:
    from PySide6.QtGui import QFontDatabase, QFontMetrics
    from PySide6.QtWidgets import QApplication

    _need_app(state)
    families = QFontDatabase.families()
    font = QApplication.font()
    width = QFontMetrics(font).horizontalAdvance("Amélie Dupont-Lefèvre")
    if not families or width <= 0:
        raise CheckFailed("Qt finds no font on this system: the window would show no text")
    return f"{len(families)} font families, interface font {font.family()!r} {font.pointSizeF():g} pt"


# Names from the sample event, in the scripts a desk without their system fonts showed as empty boxes.
SCRIPT_SAMPLES = {"Chinese/Japanese": "花子 佐藤", "Korean": "서연 이", "Arabic": "محمد عبد الرحمن"}


def check_desk_fonts(state: SelftestState) -> str:
    """Names in every script drawn in a real widget with real glyphs (the desk's bundled fonts)."""
    from PySide6.QtWidgets import QLabel

    from checkin.ui.fonts import missing_glyphs

    _need_app(state)
    drawn = []
    for script, text in SCRIPT_SAMPLES.items():
        label = QLabel(text)
        label.adjustSize()
        missing = missing_glyphs(text, label.font())
        if missing:
            raise CheckFailed(f"{script} names show as empty boxes on screen ({missing!r} has no font)")
        image = label.grab().toImage()
        background = image.pixel(0, 0)
        if not any(image.pixel(x, y) != background for x in range(image.width()) for y in range(image.height())):
            raise CheckFailed(f"{script}: {text!r} drew nothing")
        drawn.append(script)
    return f"{', '.join(drawn)} names drawn with real glyphs"


def check_badge_printer(state: SelftestState) -> str:
    """The printer named in this desk's settings, through the desk's own print path (a test badge comes out)."""
    from checkin.ui import printer_choice
    from checkin.ui import settings as keys
    from checkin.ui.printing import PrintError, PrintSetup
    from checkin.ui.settings import Settings

    context = _need_app(state)["context"]
    pdf = state.need("badge_pdf")
    desk = Settings()  # this desk's own settings, read only
    chosen = desk.get(keys.PRINTER)
    default = printer_choice.default_printer()
    if not chosen:
        refused = printer_choice.refusal("", default)
        if refused is None:
            return (f"no badge printer named in the desk settings; badges go to the default printer "
                    f"{default.name!r} (not printed now)")
        if default is None:
            return "no badge printer named in the desk settings and none on this computer: badges cannot print"
        return (f"no badge printer named in the desk settings; the default {default.name!r} makes files, so "
                "the desk refuses to print badges there: choose the badge printer in the desk settings")
    setup = PrintSetup(printer_name=chosen, layout=desk.get(keys.LAYOUT), dx_mm=desk.get(keys.OFFSET_X),
                       dy_mm=desk.get(keys.OFFSET_Y), scale_pct=desk.get(keys.SCALE))
    try:
        context.printer.print_pdf(pdf, setup)
    except PrintError as error:
        raise CheckFailed(f"{chosen}: {error}") from None
    kind = " (a printer that makes files, chosen by name)" if printer_choice.is_virtual_printer(chosen) else ""
    return f"a test badge was sent to {chosen!r}{kind}"


def check_print(state: SelftestState) -> str:
    from checkin.ui.printing import PrintSetup, printer_names

    context = _need_app(state)["context"]
    pdf = state.need("badge_pdf")
    out = state.work_dir / "selftest-printed.pdf"
    # Through the desk's own print path (QtPdf rasterises, QtPrintSupport prints), into a PDF file.
    context.printer.print_pdf(pdf, PrintSetup(output_pdf=str(out)))
    if not out.is_file() or out.stat().st_size == 0:
        raise CheckFailed(f"{out}: printing the badge to a PDF file wrote nothing")
    if not read_qr_codes(out):
        raise CheckFailed(f"{out}: the printed badge has no readable QR code")
    printers = printer_names()
    return f"badge printed to PDF with a readable QR code; {len(printers)} printer(s) on this computer"


def check_sounds(state: SelftestState) -> str:
    import wave

    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    from checkin.resources import resources_dir
    from checkin.ui.sounds import SOUND_FILES

    _need_app(state)
    folder = resources_dir() / "sounds"
    for name in SOUND_FILES.values():
        try:
            with wave.open(str(folder / name)) as sound:
                sound.getnframes()
        except (OSError, EOFError, wave.Error) as error:
            raise CheckFailed(f"{folder / name}: not a playable WAV file ({error})") from None
    output = QMediaDevices.defaultAudioOutput()
    if output.isNull():
        # The desk works silently then (checkin.ui.sounds); say so, it is not a broken installation.
        return f"{len(SOUND_FILES)} sounds present; no audio output on this computer, the desk will be silent"
    for name in SOUND_FILES.values():
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(folder / name)))
        wait_for(effect.statusChanged, lambda e=effect: e.status() != QSoundEffect.Status.Loading)
        if effect.status() != QSoundEffect.Status.Ready:
            raise CheckFailed(f"{folder / name}: cannot be played on {output.description()!r} "
                              f"({effect.status().name})")
    # Play one at volume 0: opening the audio output is what fails on a laptop with broken audio.
    effect.setVolume(0.0)
    started: list[bool] = []
    effect.playingChanged.connect(lambda: started.append(effect.isPlaying()))
    effect.play()
    wait_for(effect.playingChanged, lambda: bool(started))
    if True not in started:
        raise CheckFailed(f"sounds/{name}: does not play on {output.description()!r}")
    return f"{len(SOUND_FILES)} sounds ready and playing (silently) on {output.description()!r}"


def check_camera(state: SelftestState) -> str:
    """QtMultimedia's video backend (FFmpeg's plugin) is what plays the camera; without it there is none."""
    from PySide6.QtMultimedia import QMediaFormat

    from checkin.ui.camera_source import list_cameras

    _need_app(state)
    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not formats:
        raise CheckFailed("Qt's video support (the FFmpeg media plugin) is missing: the camera cannot work")
    cameras = list_cameras()
    found = ", ".join(c.name for c in cameras) if cameras else "no camera on this computer (a USB scanner works)"
    return f"video support for {len(formats)} formats; {found}"


def wait_for(signal: object, done: Callable[[], bool], timeout_ms: int = SOUND_TIMEOUT_MS) -> None:
    """Run Qt's event loop until `done()` or the timeout; a signal wakes the loop to look again."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    while not done() and not deadline.hasExpired():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, min(deadline.remainingTime(), 100))


def check_translations(state: SelftestState) -> str:
    from PySide6.QtCore import QCoreApplication

    from checkin.resources import resources_dir
    from checkin.ui import i18n

    _need_app(state)
    try:
        i18n.install("fr")
        # Qt's own strings (dialog buttons) come from the qtbase catalogue shipped with Qt.
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
        ours = (resources_dir() / "translations" / "checkin_fr.qm").is_file()
    finally:
        i18n.install("en")
    if cancel == "Cancel":
        raise CheckFailed("Qt's own French translation (qtbase_fr.qm) is missing: dialogs stay in English")
    return f"French: Qt's buttons read {cancel!r}; the app's own catalogue {'loaded' if ours else 'not shipped yet'}"


def quiet_qt_messages(state: SelftestState) -> None:
    """Keep Qt's chatter (offscreen platform, no sound server) off the organiser's screen.

    The messages are kept and printed after the checks when CHECKIN_DEBUG is set.
    """
    from PySide6.QtCore import qInstallMessageHandler

    messages: list[str] = state.extras.setdefault("qt_messages", [])

    def handler(_kind: object, _context: object, text: str) -> None:
        messages.append(text)

    state.extras["qt_handler"] = handler  # Qt keeps no reference of its own
    state.extras["previous_qt_handler"] = qInstallMessageHandler(handler)


def _need_app(state: SelftestState) -> dict:
    if "context" not in state.extras:
        raise CheckFailed("not run: the main window check did not build the application")
    return state.extras


def close_window(state: SelftestState) -> None:
    """Close the event the window holds, so the temporary folder can go (Windows locks open files)."""
    window = state.extras.get("window")
    if window is not None:
        window.close()
        state.extras["context"].close()
    if "qt_handler" in state.extras:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(state.extras["previous_qt_handler"])


QT_CHECKS: tuple[Check, ...] = (
    ("main window", check_main_window),
    ("icon", check_icon),
    ("fonts", check_fonts),
    ("desk fonts", check_desk_fonts),
    ("print", check_print),
    ("badge printer", check_badge_printer),
    ("sounds", check_sounds),
    ("camera", check_camera),
    ("translations", check_translations),
)
