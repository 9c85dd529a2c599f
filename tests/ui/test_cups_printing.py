"""A badge printed by the desk to a real CUPS queue (Debian's cups-pdf), read back from the PDF it wrote.

Needs Debian's `cups printer-driver-cups-pdf`. The fixture starts `cupsd -f` when no scheduler is
running (and stops it afterwards) and adds a `PDF` queue when there is none (and removes it).
cups-pdf writes where /etc/cups/cups-pdf.conf says (`Out`, by default ~/PDF of the job's user).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from checkin.ui import settings as keys

# One scheduler for the machine: started and stopped by one worker when the tests run in parallel.
pytestmark = pytest.mark.xdist_group("cups")

QUEUE = "PDF"
CONF = Path("/etc/cups/cups-pdf.conf")
PPDS = ("lsb/usr/cups-pdf/CUPS-PDF_opt.ppd", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
A6_POINTS = (297.6, 419.5)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=30)


def _scheduler_running() -> bool:
    return "is running" in _run("lpstat", "-r").stdout


def _wait_for_scheduler(daemon: subprocess.Popen[bytes]) -> None:
    # lpstat blocks on the socket for each try, so this loop waits on cupsd rather than on a clock.
    deadline = time.monotonic() + 30
    while not _scheduler_running():
        if daemon.poll() is not None:
            pytest.fail(f"cupsd -f exited with status {daemon.returncode} before it answered")
        if time.monotonic() > deadline:
            pytest.fail("cupsd -f started but did not answer `lpstat -r` within 30 s")


def output_folders() -> list[Path]:
    """Where cups-pdf writes for the user running the tests: `Out` (with ${HOME}) and the anonymous folder."""
    settings = {"Out": "${HOME}/PDF", "AnonDirName": "/var/spool/cups-pdf/ANONYMOUS"}
    if CONF.exists():
        for line in CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split(None, 1)
            if len(parts) == 2 and parts[0] in settings:
                settings[parts[0]] = parts[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    out = settings["Out"].replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name)
    return [Path(out), Path(settings["AnonDirName"])]


@pytest.fixture(scope="module")
def cups_pdf_queue() -> Iterator[str]:
    missing = [tool for tool in ("cupsd", "lpadmin", "lpstat") if shutil.which(tool) is None]
    if missing or not Path("/usr/lib/cups/backend/cups-pdf").exists():
        reason = (f"NO REAL PRINTER TEST: {', '.join(missing) or 'the cups-pdf backend'} missing; "
                  "install Debian's `cups printer-driver-cups-pdf`")
        if os.environ.get("CI"):  # as for PostgreSQL: in CI a missing printer system is a failure
            pytest.fail(reason)
        pytest.skip(reason)
    daemon = None
    if not _scheduler_running():
        daemon = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_scheduler(daemon)
    added = _run("lpstat", "-p", QUEUE).returncode != 0
    if added:
        for ppd in PPDS:
            model = ("-P", ppd) if ppd.startswith("/") else ("-m", ppd)
            if _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", *model).returncode == 0:
                break
        else:
            pytest.fail(f"lpadmin could not add the {QUEUE} queue with any of {PPDS}")
    try:
        yield QUEUE
    finally:
        if added:
            _run("lpadmin", "-x", QUEUE)
        if daemon is not None:
            daemon.terminate()
            daemon.wait(timeout=30)


def _pdfs() -> set[Path]:
    return {path for folder in output_folders() if folder.is_dir() for path in folder.glob("*.pdf")}


def _queue_idle() -> bool:
    return _run("lpstat", "-o", QUEUE).stdout.strip() == ""


def test_a_badge_printed_to_the_cups_pdf_queue_comes_out_a6_with_a_scannable_code(qtbot, window, cups_pdf_queue):
    from checkin.ui.printing import printer_names

    assert cups_pdf_queue in printer_names()  # what the desk settings list offers
    window.context.print_to_file = ""  # the real queue, not the test file
    window.context.settings.set(keys.PRINTER, cups_pdf_queue)
    attendee = window.context.session.search("Kurbalija")[0]
    before = _pdfs()

    assert window.operations.print_badge(attendee)

    qtbot.waitUntil(lambda: bool(_pdfs() - before) and _queue_idle(), timeout=60_000)
    (printed,) = _pdfs() - before
    document = pdfium.PdfDocument(printed)
    try:
        assert len(document) == 1
        width, height = document[0].get_size()
        # cups-pdf honours the custom page size Qt sends; an A4 page here means the size was lost.
        assert abs(width - A6_POINTS[0]) < 2 and abs(height - A6_POINTS[1]) < 2, (width, height)
        image = document[0].render(scale=300 / 72).to_pil()
    finally:
        document.close()
        printed.unlink()
    codes = [result.text for result in zxingcpp.read_barcodes(image)]
    assert codes == [attendee.code]
    assert window.context.session.attendee(attendee.id).badge_printed_at is not None


def test_a_queue_name_cups_does_not_know_is_refused_not_silently_dropped(qtbot, window, cups_pdf_queue):
    window.context.print_to_file = ""
    window.context.settings.set(keys.PRINTER, "No-Such-Queue")
    with qtbot.waitSignal(window.operations.failed) as blocker:
        assert not window.operations.print_badge(window.context.session.attendees()[0])
    assert blocker.args == ["printer", "No-Such-Queue: no such printer on this computer"]


def _selftest_with_printer(tmp_path: Path, printer: str) -> dict[str, str]:
    """`checkin selftest` on a desk whose settings name `printer` (its own config folder, never this user's)."""
    import sys

    config = tmp_path / "config" / "checkin"
    config.mkdir(parents=True)
    (config / "checkin.conf").write_text(f"[badges]\nprinter={printer}\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run([sys.executable, "-m", "checkin", "selftest"], env=env, capture_output=True, text=True,
                         timeout=240, cwd=Path(__file__).resolve().parents[2])
    return {line.split(":")[0].split(None, 1)[1]: line for line in run.stdout.splitlines()
            if line.startswith(("ok ", "FAIL "))}


def test_selftest_sends_a_test_badge_to_the_printer_the_desk_settings_name(qtbot, cups_pdf_queue, tmp_path):
    before = _pdfs()
    lines = _selftest_with_printer(tmp_path, cups_pdf_queue)
    assert lines["badge printer"].startswith("ok ") and cups_pdf_queue in lines["badge printer"], lines
    qtbot.waitUntil(lambda: bool(_pdfs() - before) and _queue_idle(), timeout=60_000)
    (printed,) = _pdfs() - before
    document = pdfium.PdfDocument(printed)
    try:
        image = document[0].render(scale=200 / 72).to_pil()
    finally:
        document.close()
        printed.unlink()
    assert zxingcpp.read_barcodes(image), "the test badge came out without its QR code"


def test_selftest_fails_on_a_printer_the_desk_settings_name_but_the_computer_lacks(cups_pdf_queue, tmp_path):
    lines = _selftest_with_printer(tmp_path, "Badge-Printer-That-Is-Not-There")
    assert lines["badge printer"].startswith("FAIL ") and "Badge-Printer-That-Is-Not-There" in lines["badge printer"]
