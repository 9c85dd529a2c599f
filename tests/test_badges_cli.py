"""`checkin badges` and `checkin namecards` on the sample event: real PDFs read back, real QR codes decoded."""

from __future__ import annotations

import json
import math
import re
import shutil
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from checkin.badge_people import event_dates, mission_of, person_fields, select_attendees, sort_attendees
from checkin.core.folding import fold
from checkin.core.models import Attendee, Event, Status
from checkin.core.session import EventSession
from checkin.store import open_event
from tests.cli_runner import cli
from tests.unprivileged import read_only_folder, shared_folder, without_root

MM = 72 / 25.4
REGISTERED = 300  # of the sample's 316 registrations, 16 are waitlisted




def stored(event: Path) -> list[Attendee]:
    with open_event(event) as store:
        return store.attendees()


def page_sizes_mm(pdf: pdfium.PdfDocument) -> set[tuple[float, float]]:
    return {(round(w / MM, 1), round(h / MM, 1)) for w, h in (page.get_size() for page in pdf)}


def page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    return " ".join(pdf[index].get_textpage().get_text_range().split())


def qr_codes(pdf: pdfium.PdfDocument, index: int, dpi: int = 150) -> list[tuple[str, float, float]]:
    """(payload, centre x, centre y) in mm from the top-left of the page, in reading order."""
    image = pdf[index].render(scale=dpi / 72).to_pil()
    found = []
    for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        corners = (barcode.position.top_left, barcode.position.top_right,
                   barcode.position.bottom_left, barcode.position.bottom_right)
        x = sum(c.x for c in corners) / 4 / (dpi / 25.4)
        y = sum(c.y for c in corners) / 4 / (dpi / 25.4)
        found.append((barcode.text, x, y))
    return sorted(found, key=lambda f: (round(f[2] / 10), f[1]))


def expected_order(event: Path, **selection: object) -> list[Attendee]:
    return sort_attendees(select_attendees(stored(event), **selection))  # type: ignore[arg-type]


# -- the people and their order --------------------------------------------------------------


def test_person_fields_carry_country_and_mission_from_the_spreadsheet_columns() -> None:
    delegate = Attendee(id=1, code="C1", given_name="Ana", family_name="Ruiz",
                        organisation="Permanent Mission of Spain",
                        extra={"Country": "Spain", "Organisation type": "Permanent mission"})
    fields = person_fields(delegate)
    assert (fields["country"], fields["mission"]) == ("Spain", delegate.organisation)
    assert fields["display_name"] == "Ana Ruiz"
    scholar = delegate.with_changes(organisation="University of Geneva", extra={"country": "Switzerland"})
    assert (person_fields(scholar)["country"], mission_of(scholar)) == ("Switzerland", "")


def test_sorting_folds_accents_and_case_and_selection_drops_cancelled_and_waitlisted() -> None:
    people = [
        Attendee(id=1, code="A", given_name="Zoë", family_name="Émond", organisation="b", category="Speaker"),
        Attendee(id=2, code="B", given_name="Abel", family_name="emond", organisation="a"),
        Attendee(id=3, code="C", given_name="Ørjan", family_name="Dahl", organisation="c"),
        Attendee(id=4, code="D", given_name="Gone", family_name="Aaron", status=Status.CANCELLED),
        Attendee(id=5, code="E", given_name="Maybe", family_name="Able", status=Status.WAITLISTED),
    ]
    assert [a.code for a in sort_attendees(select_attendees(people))] == ["C", "B", "A"]
    assert [a.code for a in sort_attendees(select_attendees(people, include_waitlisted=True))] == ["E", "C", "B", "A"]
    assert [a.code for a in sort_attendees(people, "organisation")][-3:] == ["B", "A", "C"]
    assert [a.code for a in select_attendees(people, categories=["speaker"])] == ["A"]


def test_event_dates_read_like_a_badge() -> None:
    one_day = Event(title="T", starts_on=date(2018, 10, 18))
    assert event_dates(one_day) == "18 October 2018"
    assert event_dates(one_day.with_changes(ends_on=date(2018, 10, 19))) == "18–19 October 2018"
    assert event_dates(one_day.with_changes(ends_on=date(2018, 11, 2))) == "18 October – 2 November 2018"


# -- badges through the command line ---------------------------------------------------------


def test_a6_badges_of_the_sample_event_one_per_page_in_family_name_order(sample_event_path: Path, tmp_path, capsys):
    out = tmp_path / "badges.pdf"
    status, printed, err = cli(capsys, "badges", sample_event_path, "-o", out)
    assert (status, err) == (0, "")
    assert printed.startswith(f"wrote {out}: {REGISTERED} badges on {REGISTERED} pages; marked {REGISTERED} people")
    people = expected_order(sample_event_path)
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == REGISTERED
    assert page_sizes_mm(pdf) == {(105.0, 148.0)}
    for index, person in enumerate(people):
        text = page_text(pdf, index)
        assert all(word in text for word in person.name.split()), (index, person.name, text)
    for index in (0, 95, 150, REGISTERED - 1):
        assert [code for code, _, _ in qr_codes(pdf, index)] == [people[index].code]
    folded = [fold(p.family_name) for p in people]
    assert folded == sorted(folded) and folded[0].startswith("abdel")
    assert all(a.badge_printed_at is not None for a in stored(sample_event_path) if a.status is Status.REGISTERED)
    assert all(a.badge_printed_at is None for a in stored(sample_event_path) if a.status is Status.WAITLISTED)


@pytest.mark.parametrize(
    ("layout", "sheet", "per_page", "page_mm"),
    [
        ("a6", "a4-4xa6", 4, (210.0, 297.0)),
        ("a7", "a4-8xa7", 8, (297.0, 210.0)),
        ("cr80", "avery-l7418", 8, (210.0, 297.0)),
        ("4x3in", "avery-5392", 6, (215.9, 279.4)),
    ],
)
def test_sheets_hold_several_badges_in_reading_order(sample_event_path, tmp_path, capsys, layout, sheet, per_page,
                                                      page_mm):
    out = tmp_path / "sheet.pdf"
    status, printed, _ = cli(capsys, "badges", sample_event_path, "-o", out, "--layout", layout, "--sheet", sheet,
                             "--sort", "organisation", "--no-mark")
    pages = math.ceil(REGISTERED / per_page)
    assert status == 0 and f"{REGISTERED} badges on {pages} pages" in printed
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == pages and page_sizes_mm(pdf) == {page_mm}
    people = expected_order(sample_event_path)
    by_organisation = sort_attendees(people, "organisation")
    second_page = by_organisation[per_page:2 * per_page]
    assert [code for code, _, _ in qr_codes(pdf, 1, dpi=200)] == [a.code for a in second_page]
    last = REGISTERED - (pages - 1) * per_page
    assert len(qr_codes(pdf, pages - 1, dpi=200)) == last
    assert all(a.badge_printed_at is None for a in stored(sample_event_path))  # --no-mark


def test_duplex_puts_a_page_of_backs_after_each_page_of_fronts(sample_event_path, tmp_path, capsys):
    out = tmp_path / "duplex.pdf"
    assert cli(capsys, "badges", sample_event_path, "-o", out, "--sheet", "a4-4xa6", "--duplex", "--only",
               "Speaker")[0] == 0
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 4  # 6 speakers: 2 sheets, each front and back
    fronts, backs = qr_codes(pdf, 0), qr_codes(pdf, 1)
    assert len(fronts) == 4 and {c for c, _, _ in backs} <= {c for c, _, _ in fronts}


def test_only_speaker_and_panellist(sample_event_path, tmp_path, capsys):
    out = tmp_path / "speakers.pdf"
    status, printed, _ = cli(capsys, "badges", sample_event_path, "-o", out, "--only", "speaker,Panellist")
    assert status == 0 and "10 badges on 10 pages" in printed
    pdf = pdfium.PdfDocument(str(out))
    speakers = {a.code for a in stored(sample_event_path) if a.category in ("Speaker", "Panellist")}
    assert {qr_codes(pdf, i)[0][0] for i in range(len(pdf))} == speakers
    assert {a.code for a in stored(sample_event_path) if a.badge_printed_at} == speakers
    assert all("Speaker" in page_text(pdf, i) or "Panellist" in page_text(pdf, i) for i in range(len(pdf)))


def test_not_printed_after_a_reimport_prints_only_the_newcomers(sample_event_path, tmp_path, capsys):
    assert cli(capsys, "badges", sample_event_path, "-o", tmp_path / "all.pdf")[0] == 0
    with open_event(sample_event_path) as store:
        session = EventSession(store)
        newcomers = session.add_attendees([
            Attendee(id=None, code="", given_name="Late", family_name="Comer", organisation="ICRC"),
            Attendee(id=None, code="", given_name="Émilie", family_name="Zürcher", category="Press"),
        ])
    out = tmp_path / "new.pdf"
    status, printed, _ = cli(capsys, "badges", sample_event_path, "-o", out, "--not-printed")
    assert status == 0 and "2 badges on 2 pages" in printed
    pdf = pdfium.PdfDocument(str(out))
    assert [qr_codes(pdf, i)[0][0] for i in range(2)] == [n.code for n in newcomers]  # Comer before Zürcher
    again = tmp_path / "again.pdf"
    status, printed, err = cli(capsys, "badges", sample_event_path, "-o", again, "--not-printed")
    assert status == 1 and "nothing to print" in printed and "without a printed badge" in printed and err == ""
    assert not again.exists()


def test_cancelled_never_and_waitlisted_only_when_asked(sample_event_path, tmp_path, capsys):
    with open_event(sample_event_path) as store:
        press = [a for a in store.attendees() if a.category == "Press"]
        store.update_attendees([press[0].with_changes(status=Status.CANCELLED)])
        waitlisted = [a for a in store.attendees() if a.status is Status.WAITLISTED]
    out = tmp_path / "w.pdf"
    status, printed, _ = cli(capsys, "badges", sample_event_path, "-o", out, "--include-waitlisted", "--no-mark")
    assert status == 0 and f"{REGISTERED - 1 + len(waitlisted)} badges" in printed
    status, printed, _ = cli(capsys, "badges", sample_event_path, "-o", out, "--only", "press")
    assert status == 0 and f"{len(press) - 1} badges" in printed
    codes = {qr_codes(pdfium.PdfDocument(str(out)), i)[0][0] for i in range(len(press) - 1)}
    assert press[0].code not in codes


def test_an_empty_selection_writes_nothing_and_says_so(sample_event_path, tmp_path, capsys):
    assert cli(capsys, "badges", sample_event_path, "-o", tmp_path / "m.pdf", "--only", "Moderator")[0] == 0
    out = tmp_path / "empty.pdf"
    status, printed, err = cli(capsys, "badges", sample_event_path, "-o", out, "--only", "Moderator", "--not-printed")
    assert (status, err) == (1, "")
    assert printed.strip() == (f"nothing to print: no one matches (in Moderator and without a printed badge); "
                               f"no badges were made and {out} was not written")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["geneva.checkin", "m.pdf"]


def test_overflows_and_missing_glyphs_are_one_line_per_badge(sample_event_path, tmp_path, capsys):
    with open_event(sample_event_path) as store:
        # Runes: a script no bundled font draws.
        runes = Attendee(id=None, code="", given_name="Ragnar ᚱᚨᚷᚾᚨᚱ", family_name="Lodbrok")
        EventSession(store).add_attendees([runes])
    status, printed, _ = cli(capsys, "badges", sample_event_path, "-o", tmp_path / "b.pdf", "--verbose")
    assert status == 0
    people = expected_order(sample_event_path)
    maria = next(i for i, a in enumerate(people) if a.family_name.startswith("Fernández de la Cruz"))
    line = next(line for line in printed.splitlines() if line.startswith(f"badge {maria + 1}, "))
    assert line.startswith(f"badge {maria + 1}, María de los Ángeles Fernández de la Cruz y Goicoechea: ")
    assert "family name shrunk" in line
    ragnar = next(i for i, a in enumerate(people) if a.family_name == "Lodbrok")
    line = next(line for line in printed.splitlines() if line.startswith(f"badge {ragnar + 1}, "))
    assert line == f"badge {ragnar + 1}, Ragnar ᚱᚨᚷᚾᚨᚱ Lodbrok: no bundled font has 'ᚨᚱᚷᚾ', left out"
    status, quiet, _ = cli(capsys, "badges", sample_event_path, "-o", tmp_path / "b.pdf", "--no-mark")
    assert len(quiet.splitlines()) < len(printed.splitlines())
    assert re.search(r"^\d+ more badges have text shrunk to fit", quiet.splitlines()[-1])


def test_calibration_and_crop_marks_move_and_grow_the_page(sample_event_path, tmp_path, capsys):
    plain, shifted, marked = tmp_path / "p.pdf", tmp_path / "s.pdf", tmp_path / "c.pdf"
    base = ("badges", sample_event_path, "--only", "Moderator", "--no-mark", "-o")
    assert cli(capsys, *base, plain)[0] == 0
    assert cli(capsys, *base, shifted, "--calibrate=5,-3,100")[0] == 0
    assert cli(capsys, *base, marked, "--crop-marks")[0] == 0
    (_, x0, y0), = qr_codes(pdfium.PdfDocument(str(plain)), 0, dpi=300)
    (_, x1, y1), = qr_codes(pdfium.PdfDocument(str(shifted)), 0, dpi=300)
    assert (x1 - x0, y1 - y0) == (pytest.approx(5, abs=0.3), pytest.approx(-3, abs=0.3))
    assert page_sizes_mm(pdfium.PdfDocument(str(marked))) == {(119.0, 162.0)}


def test_namecards_for_the_speakers_table(sample_event_path, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    status, printed, _ = cli(capsys, "namecards", sample_event_path, "-o", out, "--only", "Speaker")
    assert status == 0 and printed.startswith(f"wrote {out}: 6 name cards on 6 pages")
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 6 and page_sizes_mm(pdf) == {(297.0, 210.0)}
    speakers = expected_order(sample_event_path, categories=["Speaker"])
    for index, speaker in enumerate(speakers):
        text = page_text(pdf, index)
        assert text.count(speaker.family_name) == 2, text  # both faces of the tent
        assert speaker.extra["Country"] in text
    assert all(a.badge_printed_at is None for a in stored(sample_event_path))  # cards are not badges


def test_namecards_small_line_can_be_the_job_title_or_nothing(sample_event_path, tmp_path, capsys):
    speakers = expected_order(sample_event_path, categories=["Speaker"])
    for extra_line in ("job_title", "none"):
        out = tmp_path / f"{extra_line}.pdf"
        assert cli(capsys, "namecards", sample_event_path, "-o", out, "--only", "speaker",
                   "--extra-line", extra_line)[0] == 0
        pdf = pdfium.PdfDocument(str(out))
        for index, speaker in enumerate(speakers):
            text = page_text(pdf, index).replace(speaker.organisation, "")
            assert speaker.extra["Country"] not in text, text
            assert (speaker.job_title in text) == (extra_line == "job_title"), text


# -- failures: one line, exit 2, no file, the event untouched ----------------------------------


def _broken_layout(tmp_path: Path) -> Path:
    data = json.loads((Path(__file__).parents[1] / "resources" / "badges" / "a6.json").read_text(encoding="utf-8"))
    data["front"][3]["type"] = "hologram"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _logo_layout(tmp_path: Path) -> Path:
    data = json.loads((Path(__file__).parents[1] / "resources" / "badges" / "a6.json").read_text(encoding="utf-8"))
    data["front"].append({"type": "image", "name": "sponsor logo", "path": "sponsor.png",
                          "x": 5, "y": 5, "width": 20, "height": 10})
    path = tmp_path / "with-logo.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--layout", "hexagon"], "hexagon.json"),
        (["--sheet", "a3-99up"], "a3-99up"),
        (["--layout", "a6", "--sheet", "avery-l7418"], "avery-l7418"),
        (["--layout", "{broken}"], "element 4"),
        (["--layout", "{logo_layout}"], "sponsor.png"),
        (["--logo", "{folder}/no-such-logo.png"], "no-such-logo.png"),
        (["--calibrate", "1,2"], "--calibrate"),
        (["--only", "Astronaut"], "Astronaut"),
        (["-o", "{folder}/missing-folder/out.pdf"], "missing-folder"),
        (["-o", "{folder}/badges.txt"], "badges.txt"),
    ],
)
def test_failures_say_one_line_and_leave_no_file(sample_event_path, tmp_path, capsys, options, words):
    existing = tmp_path / "out.pdf"
    existing.write_bytes(b"an older PDF")
    values = {"broken": _broken_layout(tmp_path), "logo_layout": _logo_layout(tmp_path), "folder": tmp_path}
    options = [o.format(**values) for o in options]
    before = sorted(p.name for p in tmp_path.iterdir())
    status, printed, err = cli(capsys, "badges", sample_event_path, "-o", existing, *options)
    assert status == 2 and printed == ""
    assert len(err.strip().splitlines()) == 1 and words in err and "Traceback" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary file left behind
    assert existing.read_bytes() == b"an older PDF"
    assert all(a.badge_printed_at is None for a in stored(sample_event_path))


def test_a_folder_without_write_permission_is_named(sample_event_path, capsys):
    with shared_folder() as shared, read_only_folder(shared) as folder:
        event = shared / "event.checkin"
        shutil.copyfile(sample_event_path, event)
        event.chmod(0o666)
        cli(capsys, "badges", event, "-o", shared / "warm-up.pdf", "--no-mark")  # load every module as root
        with without_root():
            status, _, err = cli(capsys, "badges", event, "-o", folder / "b.pdf")
        assert status == 2 and "permission denied" in err and str(folder) in err, err
        assert list(folder.iterdir()) == []
