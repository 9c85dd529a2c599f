"""The Qt-free half of `checkin selftest`: does this installation work on this laptop?

Each check exercises what the desk needs on the morning of an event, end to end, on a temporary copy
of the bundled sample event: the shipped resources, opening an event file, search, a check-in that
survives a reopen, a badge PDF, and its QR code read back and scanned. Inside a PyInstaller bundle a
missing resource or hidden import shows up here as one failed line, not as a traceback at the desk.
The Qt checks (main window, icon, printing, sounds) live in `checkin.commands.selftest`.
"""

from __future__ import annotations

import time
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checkin.core.models import Attendee, Status
from checkin.core.outcomes import Outcome
from checkin.core.session import EventSession
from checkin.resources import resources_dir
from checkin.sample import SAMPLE_FACTS, SAMPLE_SPREADSHEET

BADGE_LAYOUT = "a6"
QR_DPI = 200
# What the desk cannot run without; each entry is (folder, glob, what it is for).
REQUIRED_RESOURCES = (
    ("fonts", "*.ttf", "badge fonts"),
    ("badges", "*.json", "badge layouts"),
    ("icons", "checkin.svg", "application icon"),
    ("sounds", "*.wav", "desk sounds"),
    ("sample", SAMPLE_SPREADSHEET, "sample event spreadsheet"),
    ("sample", SAMPLE_FACTS, "sample event facts"),
)


class CheckFailed(Exception):
    """A check found a fault; the message is the one line the organiser reads."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


@dataclass
class SelftestState:
    """What one check leaves for the next: the temporary event, the person checked in, the badge."""

    work_dir: Path
    event_path: Path | None = None
    event_title: str = ""
    attendee: Attendee | None = None
    badge_pdf: Path | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def need(self, name: str) -> Any:
        value = getattr(self, name)
        if value is None:
            raise CheckFailed(f"not run: an earlier check did not provide the {name.replace('_', ' ')}")
        return value


Check = tuple[str, Callable[[SelftestState], str]]


def run_checks(checks: Iterable[Check], state: SelftestState, debug: bool = False) -> Iterator[CheckResult]:
    """Run every check, even after a failure, so the organiser sees the whole picture at once."""
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail = check(state)
            ok = True
        except CheckFailed as failure:
            detail, ok = str(failure), False
        except Exception as error:  # a broken installation must still get its line
            detail, ok = f"{type(error).__name__}: {error}", False
            if debug:
                traceback.print_exc()
        yield CheckResult(name, ok, detail, time.perf_counter() - started)


# -- the checks ------------------------------------------------------------------------------
def check_resources(state: SelftestState) -> str:
    root = resources_dir()
    missing = [f"{folder}/{pattern} ({what})" for folder, pattern, what in REQUIRED_RESOURCES
               if not any((root / folder).glob(pattern))]
    if missing:
        raise CheckFailed(f"{root}: missing {', '.join(missing)}")
    fonts = len(list((root / "fonts").glob("*.ttf")))
    layouts = len(list((root / "badges").glob("*.json")))
    languages = sorted(p.stem.partition("_")[2] for p in (root / "translations").glob("checkin_*.qm"))
    return f"{fonts} fonts, {layouts} badge layouts, translations: {', '.join(languages) or 'none'} ({root})"


def check_sample_event(state: SelftestState) -> str:
    from checkin.sample import create_sample_event
    from checkin.store import open_event

    path = state.work_dir / "selftest-sample.checkin"
    create_sample_event(path).store.close()
    store = open_event(path)  # the same path the desk takes when it opens an event file
    try:
        session = EventSession(store)
        attendees = session.attendees()
        if not attendees:
            raise CheckFailed(f"{path}: the sample event opened with no registrations")
        state.event_path, state.event_title = path, session.event.title
        state.attendee = pick_attendee(attendees)
        return f"{len(attendees)} registrations in {session.event.title!r}"
    finally:
        store.close()


def pick_attendee(attendees: list[Attendee]) -> Attendee:
    """A confirmed person with a code, preferring an accented family name (it exercises folding)."""
    confirmed = [a for a in attendees if a.status is Status.REGISTERED and a.code and a.family_name]
    if not confirmed:
        raise CheckFailed("the sample event has no confirmed registration with a code")
    accented = [a for a in confirmed if ascii_folded(a.family_name) != a.family_name]
    return (accented or confirmed)[0]


def ascii_folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def check_search(state: SelftestState) -> str:
    person = state.need("attendee")
    # What a volunteer types: lower case, no accents, only the start of the name.
    query = ascii_folded(person.family_name).lower()[:4]
    with _session(state) as session:
        found = session.search(query)
    if not any(a.id == person.id for a in found):
        raise CheckFailed(f"search {query!r} did not find {person.name} ({len(found)} results)")
    return f"{query!r} finds {person.name} among {len(found)} results"


def check_check_in(state: SelftestState) -> str:
    person = state.need("attendee")
    with _session(state) as session:
        first = session.check_in(person.code)
        if first.outcome is not Outcome.CHECKED_IN:
            raise CheckFailed(f"scanning {person.code} answered {first.outcome.value}, expected checked_in")
        again = session.check_in(person.code.lower())
        if again.outcome is not Outcome.ALREADY_CHECKED_IN:
            raise CheckFailed(f"a second scan answered {again.outcome.value}, expected already_checked_in")
    with _session(state) as reopened:  # the check-in must be on disk, not only in memory
        checked_in = reopened.stats().checked_in
    if checked_in != 1:
        raise CheckFailed(f"{state.event_path}: after reopening, {checked_in} people are checked in, expected 1")
    return f"{person.name} checked in, second scan refused, kept after reopening"


def check_badge_pdf(state: SelftestState) -> str:
    import badges

    person = state.need("attendee")
    out = state.work_dir / "selftest-badge.pdf"
    report = badges.render_badges([person_fields(person)], out, layout=BADGE_LAYOUT,
                                  event={"title": state.event_title})
    if not out.is_file() or out.stat().st_size == 0:
        raise CheckFailed(f"{out}: the badge PDF was not written")
    if report.missing_glyphs:
        raise CheckFailed(f"{out}: characters without a font: {report.missing_glyphs[0]}")
    state.badge_pdf = out
    return f"{BADGE_LAYOUT} badge for {person.name}, {out.stat().st_size // 1024} kB"


def person_fields(attendee: Attendee) -> dict[str, Any]:
    return {
        "code": attendee.code, "given_name": attendee.given_name, "family_name": attendee.family_name,
        "honorific": attendee.honorific, "display_name": attendee.name, "job_title": attendee.job_title,
        "organisation": attendee.organisation, "category": attendee.category, **attendee.extra,
    }


def read_qr_codes(pdf_path: Path, dpi: int = QR_DPI) -> list[str]:
    """Every QR payload on the first page, as a camera or scanner would read it."""
    try:
        import pypdfium2
        import zxingcpp
    except ImportError as error:
        raise CheckFailed(f"the QR reader is missing from this installation ({error.name or error})") from None

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    return [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def check_qr_read_back(state: SelftestState) -> str:
    person = state.need("attendee")
    pdf = state.need("badge_pdf")
    codes = read_qr_codes(pdf)
    if not codes:
        raise CheckFailed(f"{pdf}: no QR code could be read from the badge")
    with _session(state) as session:
        scanned = session.check_in(codes[0])
    if scanned.attendee is None or scanned.attendee.id != person.id:
        raise CheckFailed(f"{pdf}: the QR code reads {codes[0]!r}, which does not find {person.name}")
    return f"QR {codes[0]!r} scans back to {person.name}"


def check_camera_decoder(state: SelftestState) -> str:
    """The desk's camera path below Qt: the badge as a webcam frame shows it, read by the camera decoder."""
    import pypdfium2
    from PIL import Image

    from checkin.io.camera_decoder import CameraDecoder, DecoderUnavailable, Frame

    person = state.need("attendee")
    pdf = state.need("badge_pdf")
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        badge = document[0].render(scale=110 / 72).to_pil().convert("L")
    finally:
        document.close()
    frame = Image.new("L", (1280, 720), 120)  # a 720p frame, the badge held up in the middle
    badge.thumbnail((420, 600))
    frame.paste(badge, ((1280 - badge.width) // 2, (720 - badge.height) // 2))
    try:
        decoder = CameraDecoder(lambda _: None)
    except DecoderUnavailable as error:
        raise CheckFailed(str(error)) from None
    started = time.perf_counter()
    sightings = decoder.decode(Frame(frame.tobytes(), frame.width, frame.height, 0.0))
    milliseconds = (time.perf_counter() - started) * 1000
    if [s.text for s in sightings] != [person.code]:
        raise CheckFailed(f"{pdf}: a 720p camera frame of the badge reads {[s.text for s in sightings]}, "
                          f"not {person.code!r}")
    return f"a 720p frame of the badge reads {person.code!r} in {milliseconds:.0f} ms"


def check_time_zone(state: SelftestState) -> str:
    from datetime import datetime
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    with _session(state) as session:
        name = session.event.timezone
    try:
        local = datetime(2018, 10, 18, 6, 42, tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(name))
    except (ZoneInfoNotFoundError, ValueError):
        # Windows has no time-zone database: door times would show in UTC without the tzdata package.
        raise CheckFailed(f"time zone {name!r} is unknown here (install or bundle the tzdata package)") from None
    return f"{name}: 06:42 UTC is {local:%H:%M} at the door"


class _session:
    """Open the temporary event for one check and always close it (Windows keeps open files locked)."""

    def __init__(self, state: SelftestState) -> None:
        self.path = state.need("event_path")

    def __enter__(self) -> EventSession:
        from checkin.store import open_event

        self.store = open_event(self.path)
        return EventSession(self.store, desk="selftest")

    def __exit__(self, *exc: object) -> None:
        self.store.close()


CORE_CHECKS: tuple[Check, ...] = (
    ("resources", check_resources),
    ("sample event", check_sample_event),
    ("search", check_search),
    ("check-in", check_check_in),
    ("time zone", check_time_zone),
    ("badge PDF", check_badge_pdf),
    ("QR read back", check_qr_read_back),
    ("camera decoder", check_camera_decoder),
)
