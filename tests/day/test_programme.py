"""The programme: sessions and speakers read from a sheet, the speakers' board, arrival notices, the command."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook

from checkin.core.models import Attendee, CheckInRecord, PresenceState, RecordKind
from checkin.core.programme import (
    ProgrammeSession,
    Role,
    SessionPerson,
    arrival_notice,
    board,
    next_part,
)
from checkin.core.session import EventSession
from checkin.io import programme_sheet as sheet
from checkin.io.import_report import ImportFailure
from checkin.store import open_event
from tests.cli_runner import cli

GENEVA = ZoneInfo("Europe/Zurich")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2018, 10, 18, hour, minute, tzinfo=GENEVA)


def people(session: EventSession) -> dict[str, Attendee]:
    return {a.name: a for a in session.attendees()}


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


# -- the board ---------------------------------------------------------------------------------------
def _speakers(session: EventSession) -> tuple[Attendee, Attendee, Attendee]:
    ann, ben, cleo = session.add_attendees([
        Attendee(None, "", given_name="Ann", family_name="Alpha", category="Speaker"),
        Attendee(None, "", given_name="Ben", family_name="Beta", category="Moderator"),
        Attendee(None, "", given_name="Cleo", family_name="Gamma", category="Speaker")])
    return ann, ben, cleo


def test_a_session_starting_soon_with_a_speaker_not_arrived_is_flagged(empty_session: EventSession) -> None:
    ann, ben, cleo = _speakers(empty_session)
    opening = ProgrammeSession(None, at(9, 10), "Opening address", at(9, 20),
                               people=(SessionPerson(ann.id, Role.SPEAKER), SessionPerson(ben.id, Role.MODERATOR)))
    later = ProgrammeSession(None, at(11, 0), "Panel", at(12, 0), people=(SessionPerson(cleo.id, Role.PANELLIST),))
    by_id = {a.id: a for a in empty_session.attendees()}
    ben_in = {ben.id: PresenceState(True, CheckInRecord(ben.id, RecordKind.ENTRY, at(8, 40)))}

    rows = board([later, opening], by_id, ben_in, now=at(8, 55))
    assert [r.session.title for r in rows] == ["Opening address", "Panel"]
    assert rows[0].flagged and [p.attendee.name for p in rows[0].missing] == ["Ann Alpha"]
    assert rows[0].people[1].arrived_at == at(8, 40)
    assert not rows[1].flagged  # two hours away
    # 25 minutes before, the 20-minute warning does not fire yet; a 30-minute one does.
    assert not board([opening], by_id, ben_in, now=at(8, 45))[0].flagged
    assert board([opening], by_id, ben_in, now=at(8, 45), warning_minutes=30)[0].flagged
    # Begun and still missing someone: still flagged; over: not any more.
    assert board([opening], by_id, ben_in, now=at(9, 15))[0].flagged
    over = board([opening], by_id, ben_in, now=at(9, 25))[0]
    assert over.over and not over.flagged
    # Once she arrives the flag goes.
    both = {**ben_in, ann.id: PresenceState(True, CheckInRecord(ann.id, RecordKind.ENTRY, at(9, 0)))}
    assert not board([opening], by_id, both, now=at(8, 55))[0].flagged


def test_a_speaker_by_video_is_never_awaited(empty_session: EventSession) -> None:
    ann, _, _ = _speakers(empty_session)
    video = ProgrammeSession(None, at(9, 40), "Tech4Good", at(9, 50), people=(SessionPerson(ann.id, in_person=False),))
    [row] = board([video], {ann.id: ann}, {}, now=at(9, 35))
    assert not row.flagged and row.people[0].awaited is False


def test_an_arrival_notice_names_the_next_session_or_the_vip(empty_session: EventSession) -> None:
    ann, ben, cleo = _speakers(empty_session)
    vip = empty_session.add_attendees([Attendee(None, "", given_name="Dee", family_name="Delta", category="VIP")])[0]
    nobody = empty_session.add_attendees([Attendee(None, "", given_name="Eve", family_name="Eps")])[0]
    sessions = [ProgrammeSession(1, at(9, 10), "Opening address", at(9, 20), people=(SessionPerson(ann.id),)),
                ProgrammeSession(2, at(11, 10), "Panel", at(12, 30),
                                 people=(SessionPerson(ann.id, Role.PANELLIST), SessionPerson(ben.id, Role.MODERATOR)))]
    notice = arrival_notice(ann, at(8, 50), sessions)
    assert notice is not None and notice.session.title == "Opening address" and notice.role is Role.SPEAKER
    # After her first session, her next one is what matters.
    assert next_part(ann.id, sessions, at(10, 0))[0].title == "Panel"
    assert arrival_notice(ann, at(10, 0), sessions).role is Role.PANELLIST
    vip_notice = arrival_notice(vip, at(8, 50), sessions)
    assert vip_notice is not None and vip_notice.vip and vip_notice.session is None
    assert arrival_notice(nobody, at(8, 50), sessions) is None
    assert arrival_notice(cleo, at(8, 50), sessions) is None  # a Speaker by category but on no session


# -- the sheet ------------------------------------------------------------------------------------------
def test_the_sample_carries_the_geneva_programme(sample_session: EventSession) -> None:
    sessions = sample_session.store.programme()
    by_title = {s.title: s for s in sessions}
    opening = by_title["Opening Address: The importance of considering digitalisation"]
    assert opening.starts_at == at(9, 10) and opening.ends_at == at(9, 20)
    names = people(sample_session)
    assert opening.people == (SessionPerson(names["Jovan Kurbalija"].id, Role.SPEAKER),)
    panel = next(s for s in sessions if s.title.startswith("Panel Discussion"))
    roles = {sample_session.attendee(p.attendee_id).name: p.role for p in panel.people}
    assert roles == {"Eric Anderson": Role.PANELLIST, "Anh Nguyen": Role.PANELLIST, "Jean-Yves Art": Role.PANELLIST,
                     "Sébastien Kulling": Role.PANELLIST, "Philipp Zahn": Role.MODERATOR}
    video = by_title["Tech4Good: hackathon “Bluehack Free Steps Against Human Trafficking”"]
    assert not video.people[0].in_person
    assert by_title["Coffee break"].people == ()
    assert len(sessions) == 12


def test_people_are_matched_by_address_or_by_name_in_any_order(tmp_path: Path, sample_session: EventSession) -> None:
    path = write_sheet(tmp_path / "programme #1 (final).xlsx", [
        ["Programme — draft 3"], [],
        ["Heure", "Titre", "Salle", "Intervenants", "Rôle"],
        ["09:00-09:10", "Bienvenue", "Salle 1", "SCHEDLER FISCHER Barbara", "Oratrice"],
        ["9h10", "Allocution", "", "Jovan.Kurbalija@UN-DIGITAL.example.org", "orateur"],
        [None, None, None, "Mme Anh Nguyen; kulling sebastien", "Paneliste"],
        ["9.40", "Vidéo", "", "Carlos Andrés Pérez (vidéo)", "Intervenant"],
        ["10:00", "Panel", "", "Moderator: Philipp Zahn\nNobody Atall", "panelist"],
    ])
    plan = sheet.plan_programme(path, sample_session.event, sample_session.attendees())
    names = {s.title: [(sample_session.attendee(p.attendee_id).name, p.role, p.in_person) for p in s.people]
             for s in plan.sessions}
    assert names["Bienvenue"] == [("Barbara Schedler Fischer", Role.SPEAKER, True)]
    assert names["Allocution"] == [("Jovan Kurbalija", Role.SPEAKER, True), ("Anh Nguyen", Role.PANELLIST, True),
                                   ("Sébastien Kulling", Role.PANELLIST, True)]
    assert names["Vidéo"] == [("Carlos Andrés Pérez", Role.SPEAKER, False)]
    assert names["Panel"] == [("Philipp Zahn", Role.MODERATOR, True)]
    assert [(p.row, p.code, p.value) for p in plan.problems] == [(8, sheet.UNKNOWN_PERSON, "Nobody Atall")]
    bienvenue = next(s for s in plan.sessions if s.title == "Bienvenue")
    assert (bienvenue.starts_at, bienvenue.ends_at, bienvenue.room) == (at(9, 0), at(9, 10), "Salle 1")


def test_a_csv_in_windows_1252_with_two_people_of_one_name(tmp_path: Path, empty_session: EventSession) -> None:
    empty_session.add_attendees([
        Attendee(None, "", given_name="Maria", family_name="Müller", email="maria.mueller@example.org"),
        Attendee(None, "", given_name="Maria", family_name="Müller", email="m.mueller@example.org"),
        Attendee(None, "", given_name="René", family_name="Égger")])
    path = tmp_path / "programme.csv"
    path.write_bytes("Time;Title;People;Role\r\n"
                     "9:00 - 9:30;Begrüssung;Maria Müller;Referentin\r\n"
                     "9:30;Q&A;René Égger;Rolle unbekannt\r\n"
                     "25:99;Kaputt;René Égger;Speaker\r\n"
                     ";;m.mueller@example.org;Moderator\r\n".encode("cp1252"))
    plan = sheet.plan_programme(path, empty_session.event, empty_session.attendees())
    assert [(p.row, p.code) for p in plan.problems] == [
        (2, sheet.AMBIGUOUS_PERSON), (3, sheet.UNKNOWN_ROLE), (4, sheet.BAD_TIME), (5, sheet.NO_SESSION)]
    assert [s.title for s in plan.sessions] == ["Begrüssung", "Q&A"]
    assert plan.sessions[1].people[0].role is Role.SPEAKER


def test_a_file_without_a_programme_is_refused_and_changes_nothing(tmp_path: Path,
                                                                  sample_event_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    registrations = Path(__file__).parents[2] / "resources" / "sample" / "geneva-2018-registrations.xlsx"
    fake = tmp_path / "programme.xlsx"
    fake.write_bytes(b"%PDF-1.4 not a workbook")
    for bad in (registrations, fake, tmp_path / "missing.xlsx"):
        status, out, err = cli(capsys, "programme", sample_event_path, "--import", bad)
        assert status == 2 and out == ""
        assert err.count("\n") == 1 and str(bad) in err and "left as it was" in err
    with open_event(sample_event_path) as store:
        assert len(store.programme()) == 12
    with pytest.raises(ImportFailure):
        sheet.plan_programme(registrations, EventSession(open_event(sample_event_path)).event, [])


# -- the command ------------------------------------------------------------------------------------------
def test_the_programme_command_shows_who_has_arrived_and_flags_the_next_session(
        sample_event_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_event(sample_event_path) as store:
        kurbalija = next(a for a in store.attendees() if a.family_name == "Kurbalija")
    assert cli(capsys, "scan", sample_event_path, kurbalija.code, "--at", "2018-10-18T08:50")[0] == 0
    status, out, _ = cli(capsys, "programme", sample_event_path, "--at", "2018-10-18T08:55")
    assert status == 0
    lines = out.splitlines()
    welcome = lines.index("09:00–09:10  Welcome")
    assert "starts in 5 min" in lines[welcome + 1] and "Barbara Schedler Fischer" in lines[welcome + 1]
    opening = next(i for i, line in enumerate(lines) if "Opening Address" in line)
    assert "arrived 08:50" in lines[opening + 1] and "!" not in lines[opening + 1]
    assert "by video" in out

    status, out, _ = cli(capsys, "programme", sample_event_path, "--at", "2018-10-18T08:55", "--json", "--warn", "60")
    document = json.loads(out)
    flagged = [s["title"] for s in document["sessions"] if s["flagged"]]
    assert flagged == ["Welcome", "Using technology to fight human trafficking – turning liability into an asset",
                       "Questions and Answers"]
    opening = next(s for s in document["sessions"] if s["title"].startswith("Opening"))
    assert opening["people"][0]["arrived"] and opening["people"][0]["arrived_at"].startswith("2018-10-18T08:50")
    assert opening["starts_at"] == "2018-10-18T09:10:00+02:00"


def test_importing_replaces_the_programme_and_dry_run_changes_nothing(
        tmp_path: Path, sample_event_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_sheet(tmp_path / "Programm ä.xlsx", [
        ["Zeit", "Titel", "Raum", "Personen", "Rolle"],
        ["14:00 – 15:00", "Workshop", "Raum 2", "Sara Crowe", "Referentin"],
        [None, None, None, "Unbekannte Person", "Moderator"]])
    status, out, _ = cli(capsys, "programme", sample_event_path, "--import", path, "--dry-run")
    assert status == 0 and out.startswith("would import 1 sessions with 1 people")
    assert "row 3: nobody on the list is 'Unbekannte Person'" in out
    with open_event(sample_event_path) as store:
        assert len(store.programme()) == 12
    status, out, _ = cli(capsys, "programme", sample_event_path, "--import", path, "--json")
    assert json.loads(out)["sessions"] == 1
    with open_event(sample_event_path) as store:
        [workshop] = store.programme()
        assert (workshop.title, workshop.room, workshop.starts_at.astimezone(UTC).hour) == ("Workshop", "Raum 2", 12)


def test_sessions_are_edited_one_by_one(empty_session: EventSession) -> None:
    ann, ben, _ = _speakers(empty_session)
    store = empty_session.store
    stored = store.save_session(ProgrammeSession(None, at(9), "Welcome", at(9, 10), "Room A",
                                                 (SessionPerson(ann.id), SessionPerson(ann.id, Role.MODERATOR))))
    assert stored.id is not None and len(stored.people) == 1  # one part per person and session
    moved = store.save_session(ProgrammeSession(stored.id, at(9, 5), "Welcome!", None, "Room B",
                                                (SessionPerson(ben.id, Role.MODERATOR),)))
    assert store.programme() == [moved]
    with pytest.raises(KeyError):
        store.save_session(ProgrammeSession(999, at(9), "Ghost"))
    store.delete_session(stored.id)
    assert store.programme() == []
    assert at(9) + timedelta(minutes=5) == moved.starts_at


def test_a_refused_import_with_json_still_answers_in_json(tmp_path: Path, sample_event_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"Time;Title\r\n")
    status, out, err = cli(capsys, "programme", sample_event_path, "--import", empty, "--json")
    assert status == 2 and json.loads(out)["error"] == err.strip().removeprefix("checkin: ")
    status, _, err = cli(capsys, "scan", sample_event_path, "-", "--group")
    assert status == 2 and "--group takes one CODE" in err


def test_the_event_keeps_its_warning_time_and_vip_categories(sample_event_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "programme", sample_event_path, "--set-warn", "45", "--set-vip", "VIP, Press ",
                         "--at", "2018-10-18T08:30", "--json")
    assert status == 0 and json.loads(out)["warning_minutes"] == 45
    assert [s["title"] for s in json.loads(out)["sessions"] if s["flagged"]] == ["Welcome", "Opening Address: The "
                                                                                 "importance of considering "
                                                                                 "digitalisation"]
    with open_event(sample_event_path) as store:
        assert store.get_setting("programme.vip_categories") == ["VIP", "Press"]
        press = next(a for a in store.attendees() if a.category == "Press")
        assert arrival_notice(press, at(9), store.programme(), store.get_setting("programme.vip_categories")).vip
    status, _, err = cli(capsys, "programme", sample_event_path, "--set-warn", "-5")
    assert status == 2 and "--set-warn -5" in err
