"""People as registration lists really hold them: shared mailboxes, statuses, buyers' e-mails, names as typed."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from import_support import opened_event, write_xlsx

from checkin.core.models import Attendee, Status
from checkin.core.outcomes import Outcome
from checkin.io import import_report as codes
from checkin.io.registrations import CATEGORIES_SETTING, import_file, plan_import

START = datetime(2018, 9, 3, 9, 0)


@pytest.fixture
def session(tmp_path: Path):
    with opened_event(tmp_path) as opened:
        yield opened


def people(session) -> dict[str, Attendee]:
    session.reload()
    return {person.name: person for person in session.attendees()}


def problems(report_or_plan) -> set[tuple[int, str]]:
    return {(p.row, p.code) for p in report_or_plan.problems}


# -- a person is not an e-mail ------------------------------------------------------------------
MISSION = ["First name", "Last name", "Email", "Organisation", "Job title", "Registered at"]


def test_a_delegation_under_its_mission_mailbox_is_three_people_in_one_group(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "mission.xlsx", [
        MISSION,
        ["Kwame", "Mensah", "mission.ghana@example.ch", "Permanent Mission of Ghana", "Ambassador", START],
        ["Ama", "Owusu", "mission.ghana@example.ch", "Permanent Mission of Ghana", "First Secretary", START],
        ["Kofi", "Boateng", "Mission.Ghana@example.ch", "Permanent Mission of Ghana", "Attaché", START],
        ["Sara", "Zahn", "sara.zahn@example.org", "Swiss Red Cross", "Delegate", START],
    ])
    report = import_file(session, path)
    assert report.counts()["added"] == 4 and report.counts()["skipped"] == 0
    found = people(session)
    delegation = [found[name] for name in ("Kwame Mensah", "Ama Owusu", "Kofi Boateng")]
    assert {person.group for person in delegation} == {"Permanent Mission of Ghana"}
    assert {person.email.casefold() for person in delegation} == {"mission.ghana@example.ch"}
    assert found["Sara Zahn"].group == ""  # on her own
    assert not report.problems


def test_an_assistant_registering_her_ambassador_and_herself(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "assistant.xlsx", [
        MISSION,
        ["Margarethe", "Keller", "office@example.admin.ch", "Mission of Switzerland", "Ambassador", START],
        ["Julia", "Brunner", "office@example.admin.ch", "", "Assistant", START],
    ])
    import_file(session, path)
    found = people(session)
    # No organisation common to both: the group is known by the mailbox they share.
    assert found["Margarethe Keller"].group == found["Julia Brunner"].group == "office@example.admin.ch"


def test_the_same_person_sent_twice_is_one_person_and_the_later_row_wins(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "twice.xlsx", [
        MISSION,
        ["Radu", "Cucos", "radu@example.org", "OSCE", "Advisor", START],
        ["Pier", "Art", "pier@example.org", "ILO", "Officer", START + timedelta(hours=1)],
        ["RADU", "Cucoș", "radu@example.org", "OSCE", "Senior Advisor", START + timedelta(days=2)],
    ])
    report = import_file(session, path)
    found = people(session)
    assert len(found) == 2
    radu = next(person for person in found.values() if person.email == "radu@example.org")
    assert (radu.given_name, radu.family_name, radu.job_title) == ("RADU", "Cucoș", "Senior Advisor")
    assert radu.registered_at == START.replace(tzinfo=ZoneInfo("Europe/Zurich"))  # keeps his place in the queue
    [problem] = report.problems
    assert (problem.row, problem.code, problem.other_row, problem.skipped) == (4, codes.DOUBLE_SUBMISSION, 2, False)


def test_reimport_matches_by_mailbox_and_name_and_keeps_check_ins(session, tmp_path: Path) -> None:
    rows = [MISSION,
            ["Kwame", "Mensah", "mission.ghana@example.ch", "Permanent Mission of Ghana", "Ambassador", START],
            ["Ama", "Owusu", "mission.ghana@example.ch", "Permanent Mission of Ghana", "First Secretary", START],
            ["Ada", "Lovelase", "ada@example.org", "AE", "Countess", START]]
    import_file(session, write_xlsx(tmp_path / "v1.xlsx", rows))
    before = people(session)
    assert session.check_in(before["Ama Owusu"].code).outcome is Outcome.CHECKED_IN
    rows[2][4] = "Counsellor"  # Ama's new title
    rows[3][1] = "Lovelace"  # a typo fixed: her own mailbox still tells who she is
    report = import_file(session, write_xlsx(tmp_path / "v2.xlsx", rows))
    counts = report.counts()
    assert (counts["added"], counts["updated"], counts["unchanged"], counts["cancelled"]) == (0, 2, 1, 0)
    after = people(session)
    assert after["Ama Owusu"].id == before["Ama Owusu"].id and after["Ama Owusu"].job_title == "Counsellor"
    assert after["Ada Lovelace"].id == before["Ada Lovelase"].id
    assert session.presence()[before["Ama Owusu"].id].checked_in


def test_an_explicit_delegation_column_sets_the_group(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "groups.xlsx", [
        ["Name", "E-mail", "Delegation"],
        ["Ana Pérez", "ana@example.es", "Spain"],
        ["Luis Gómez", "luis@example.es", "Spain"],
        ["Ines Costa", "ines@example.pt", ""],
    ])
    import_file(session, path)
    found = people(session)
    assert (found["Ana Pérez"].group, found["Luis Gómez"].group, found["Ines Costa"].group) == ("Spain", "Spain", "")


# -- the status in the file ---------------------------------------------------------------------
def test_statuses_in_four_languages_are_read(session, tmp_path: Path) -> None:
    values = {"Paid": Status.REGISTERED, "canceled": Status.CANCELLED, "Refunded": Status.CANCELLED,
              "Not Attending": Status.CANCELLED, "Awaiting approval": Status.WAITLISTED, "annulé": Status.CANCELLED,
              "Warteliste": Status.WAITLISTED, "lista d'attesa": Status.WAITLISTED, "storniert": Status.CANCELLED,
              "Attending": Status.REGISTERED, "Confirmé": Status.REGISTERED, "denied": Status.CANCELLED,
              "Liste d'attente": Status.WAITLISTED, "annullato": Status.CANCELLED, "Withdrawn": Status.CANCELLED}
    rows = [["Last name", "Status"], *([f"Person{n}", value] for n, value in enumerate(values))]
    report = import_file(session, write_xlsx(tmp_path / "statuses.xlsx", rows))
    assert report.plan.mapping["status"] == "Status"
    found = {person.family_name: person.status for person in session.attendees()}
    assert found == {f"Person{n}": status for n, status in enumerate(values.values())}
    assert not report.problems


def test_an_unknown_status_is_reported_once_and_kept(session, tmp_path: Path) -> None:
    rows = [["Last name", "Registration state"], ["A", "Completed"], ["B", "On hold"], ["C", "On hold"]]
    report = import_file(session, write_xlsx(tmp_path / "odd.xlsx", rows))
    [problem] = report.problems
    assert (problem.row, problem.code, problem.value, problem.more_rows) == (3, codes.UNKNOWN_STATUS, "On hold", (4,))
    found = {person.family_name: person for person in session.attendees()}
    assert found["B"].status is Status.REGISTERED and found["B"].extra["Registration state"] == "On hold"


def test_cancelled_people_are_told_so_at_the_desk_and_never_take_a_seat(tmp_path: Path) -> None:
    with opened_event(tmp_path, capacity=2) as session:
        rows = [["Last name", "Attendee Status", "Order Date"],
                ["Early", "Not Attending", START],
                ["First", "Attending", START + timedelta(hours=1)],
                ["Waiting", "Waitlist", START + timedelta(hours=2)],
                ["Second", "Attending", START + timedelta(hours=3)],
                ["Third", "Attending", START + timedelta(hours=4)]]
        import_file(session, write_xlsx(tmp_path / "eventbrite.xlsx", rows))
        found = {person.family_name: person for person in session.attendees()}
        assert {name: person.status for name, person in found.items()} == {
            "Early": Status.CANCELLED, "First": Status.REGISTERED, "Waiting": Status.WAITLISTED,
            "Second": Status.REGISTERED, "Third": Status.WAITLISTED}
        assert session.check_in(found["Early"].code).outcome is Outcome.CANCELLED
        # Cancelled later in the source system: the re-import cancels her, and her seat goes to the next.
        rows[2][1] = "Refunded"
        report = import_file(session, write_xlsx(tmp_path / "eventbrite2.xlsx", rows))
        assert [person.family_name for person in report.changes.cancelled] == ["First"]
        found = {person.family_name: person for person in session.store.attendees()}
        assert found["First"].status is Status.CANCELLED and found["Third"].status is Status.REGISTERED
        assert found["Waiting"].status is Status.WAITLISTED  # the source's own waitlist stays


# -- attendee columns over buyer columns --------------------------------------------------------
def test_the_attendee_email_wins_and_the_order_email_stands_in(session, tmp_path: Path) -> None:
    header = ["Order code", "Status", "Email", "Attendee name", "Attendee email", "Product"]
    path = write_xlsx(tmp_path / "positions.xlsx", [
        header,
        ["ABC12", "paid", "buyer@example.org", "Ada Lovelace", "ada@example.org", "Regular"],
        ["ABC12", "paid", "buyer@example.org", "Alan Turing", "", "Regular"],
    ])
    plan = plan_import(session, path)
    assert (plan.mapping["email"], plan.mapping["order_email"]) == ("Attendee email", "Email")
    assert [draft.values["email"] for draft in plan.rows] == ["ada@example.org", "buyer@example.org"]


def test_microsoft_forms_respondent_columns_give_way_to_the_questions(session, tmp_path: Path) -> None:
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Full name", "Email address", "Organisation"]
    path = write_xlsx(tmp_path / "forms.xlsx", [
        header,
        [1, START, START, "anonymous", "", "Ada Lovelace", "ada@example.org", "AE"],
        [2, START, START, "alan@uni.example", "Alan Turing", "Alan Turing", "", "Bletchley"],
    ])
    report = import_file(session, path)
    assert report.plan.mapping["email"] == "Email address" and report.plan.mapping["full_name"] == "Full name"
    found = people(session)
    assert found["Ada Lovelace"].email == "ada@example.org"
    assert found["Alan Turing"].email == "alan@uni.example"  # the signed-in account stands in
    assert not report.problems  # "anonymous" is no e-mail, and no malformed one either


# -- names as people type them ------------------------------------------------------------------
@pytest.mark.parametrize(("given", "family", "expected"), [
    ("H.E. Ambassador Margarethe", "Keller", ("H.E. Ambassador", "Margarethe", "Keller")),
    ("S.E. M.", "Dupont", ("S.E. M.", "", "Dupont")),
    ("Prof. Dr. Hans", "Müller", ("Prof. Dr.", "Hans", "Müller")),
    ("Mme Claire", "Favre", ("Mme", "Claire", "Favre")),
    ("Herr Jürg", "Gasser", ("Herr", "Jürg", "Gasser")),
    ("Dott.ssa Chiara", "Rossi", ("Dott.ssa", "Chiara", "Rossi")),
    ("Ada Lovelace", "", ("", "Ada", "Lovelace")),  # the whole name in the first-name column
    ("M.", "Dupont", ("", "M.", "Dupont")),  # an initial alone is a name
])
def test_honorifics_and_whole_names_in_the_given_name_column(session, tmp_path: Path, given, family,
                                                             expected) -> None:
    import_file(session, write_xlsx(tmp_path / "names.xlsx", [["First name", "Last name"], [given, family]]))
    [person] = session.attendees()
    assert (person.honorific, person.given_name, person.family_name) == expected


def test_family_name_first_names_keep_their_order(session, tmp_path: Path) -> None:
    import_file(session, write_xlsx(tmp_path / "full.xlsx", [
        ["Name", "Email"],
        ["WANG Xiaoming", "wang@example.cn"],
        ["Kovács János", "janos@example.hu"],
        ["Nguyễn Văn An", "an@example.vn"],
        ["Ada Lovelace", "ada@example.org"],
    ]))
    import_file(session, write_xlsx(tmp_path / "two.xlsx", [
        ["First name", "Last name", "Email"],
        ["芳", "王", "fang@example.cn"],
        ["민준", "김", "minjun@example.kr"],
        ["花子", "山田", "hanako@example.jp"],
    ]), cancel_missing=False)
    found = {person.email: person for person in session.attendees()}
    expected = {"wang@example.cn": ("Xiaoming", "WANG", "WANG Xiaoming"),
                "janos@example.hu": ("János", "Kovács", "Kovács János"),
                "an@example.vn": ("Văn An", "Nguyễn", "Nguyễn Văn An"),
                "ada@example.org": ("Ada", "Lovelace", "Ada Lovelace"),
                "fang@example.cn": ("芳", "王", "王芳"),
                "minjun@example.kr": ("민준", "김", "김민준"),
                "hanako@example.jp": ("花子", "山田", "山田花子")}
    assert {email: (p.given_name, p.family_name, p.name) for email, p in found.items()} == expected


def test_a_double_surname_from_one_column_is_flagged_for_checking(session, tmp_path: Path) -> None:
    report = import_file(session, write_xlsx(tmp_path / "es.xlsx", [
        ["Full name", "Email"], ["María José García López", "mj@example.es"], ["Ada Lovelace", "a@x.org"]]))
    found = {person.email: person for person in session.attendees()}
    assert (found["mj@example.es"].given_name, found["mj@example.es"].family_name) == ("María José", "García López")
    assert problems(report) == {(2, codes.CHECK_NAME_SPLIT)}


# -- categories ---------------------------------------------------------------------------------
def test_an_unknown_category_is_a_new_category_reported_once(session, tmp_path: Path) -> None:
    rows = [["Last name", "Category"], ["A", "Délégation officielle"], ["B", "Speaker"],
            ["C", "délégation officielle"], ["D", "Observer"]]
    report = import_file(session, write_xlsx(tmp_path / "categories.xlsx", rows))
    found = {person.family_name: person.category for person in session.attendees()}
    assert found == {"A": "Délégation officielle", "B": "Speaker", "C": "Délégation officielle", "D": "Observer"}
    assert {(p.row, p.code, p.value, p.more_rows) for p in report.problems} == {
        (2, codes.NEW_CATEGORY, "Délégation officielle", (4,)), (5, codes.NEW_CATEGORY, "Observer", ())}
    assert report.plan.categories == {"Délégation officielle": 2, "Speaker": 1, "Observer": 1}
    stored = session.store.get_setting(CATEGORIES_SETTING)
    assert stored[-2:] == ["Délégation officielle", "Observer"] and "Participant" in stored


def test_categories_found_can_be_merged_before_importing(session, tmp_path: Path) -> None:
    rows = [["Last name", "Category"], ["A", "Delegate"], ["B", "Délégué"], ["C", "Observer"]]
    report = import_file(session, write_xlsx(tmp_path / "merge.xlsx", rows),
                         category_merges={"Délégué": "Participant", "Observer": "Guest"})
    found = {person.family_name: person.category for person in session.attendees()}
    assert found == {"A": "Participant", "B": "Participant", "C": "Guest"}
    assert not report.problems


def test_a_column_of_job_titles_is_not_taken_as_the_category(session, tmp_path: Path) -> None:
    titles = ["Programme Officer", "Director", "Head of Unit", "Senior Advisor", "Ambassador", "Counsellor",
              "Policy Officer", "Legal Adviser"]
    rows = [["Name", "Role", "Email"], *([f"Person {n} Family", title, f"p{n}@example.org"]
                                          for n, title in enumerate(titles))]
    plan = plan_import(session, write_xlsx(tmp_path / "roles.xlsx", rows))
    assert "category" not in plan.mapping and plan.mapping["job_title"] == "Role"


# -- field names as systems spell them ----------------------------------------------------------
@pytest.mark.parametrize(("header", "expected"), [
    (["firstName", "lastName", "emailAddress", "company", "jobTitle"],
     {"given_name": "firstName", "family_name": "lastName", "email": "emailAddress", "organisation": "company",
      "job_title": "jobTitle"}),
    (["first_name", "last_name", "email", "organization", "job_title", "dietary_requirements"],
     {"given_name": "first_name", "family_name": "last_name", "email": "email", "organisation": "organization",
      "job_title": "job_title", "needs": "dietary_requirements"}),
    # alf.io's attendee export (alfio-event/alf.io, EventApiController FIXED_FIELDS)
    (["ID", "Category", "Event", "Status", "OriginalPrice", "PaidPrice", "Discount", "VAT", "ReservationID",
      "Full Name", "First Name", "Last Name", "E-Mail", "Locked", "Language", "Confirmation", "Billing Address",
      "Country Code", "Payment ID", "Payment Method"],
     {"given_name": "First Name", "family_name": "Last Name", "email": "E-Mail", "category": "Category",
      "language": "Language", "status": "Status", "order_code": "ReservationID"}),
    # Open Event's attendee fields (fossasia/open-event-server, app/api/helpers/csv_jobs_util.py)
    (["Order#", "Order Date", "Status", "Payment Type", "Ticket Name", "Ticket ID", "Ticket Type", "Company",
      "Email", "firstname", "lastname", "job-title"],
     {"order_code": "Order#", "registered_at": "Order Date", "status": "Status", "category": "Ticket Name",
      "organisation": "Company", "email": "Email", "given_name": "firstname", "family_name": "lastname",
      "job_title": "job-title", "external_code": "Ticket ID"}),
    # Indico's personal data fields (indico/indico, modules/events/registration/models/items.py)
    (["ID", "Name", "Title", "First Name", "Last Name", "Email Address", "Affiliation", "Position",
      "Registration date", "Registration state"],
     {"honorific": "Title", "given_name": "First Name", "family_name": "Last Name", "email": "Email Address",
      "organisation": "Affiliation", "job_title": "Position", "registered_at": "Registration date",
      "status": "Registration state"}),
    (["Vorname", "Nachname", "E-Mail", "Barrierefreiheit", "Besondere Bedürfnisse"],
     {"given_name": "Vorname", "family_name": "Nachname", "email": "E-Mail",
      "needs": "Barrierefreiheit\nBesondere Bedürfnisse"}),
])
def test_field_names_as_systems_spell_them(header, expected) -> None:
    from checkin.io.column_mapping import detect_mapping

    assert detect_mapping(header) == expected


def test_every_needs_column_lands_in_needs(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "needs.xlsx", [
        ["Prénom", "Nom", "Besoins particuliers", "Interpretation language", "Dietary requirements"],
        ["Élodie", "Favre", "fauteuil roulant", "French", "vegetarian"],
        ["Jean", "Dupont", "", "", ""],
        ["Zoë", "Bell", "", "", "halal"],
    ])
    import_file(session, path)
    found = {person.family_name: person.needs for person in session.attendees()}
    assert found == {"Favre": "Besoins particuliers: fauteuil roulant; Interpretation language: French; "
                              "Dietary requirements: vegetarian",
                     "Dupont": "", "Bell": "Dietary requirements: halal"}


# -- the report ---------------------------------------------------------------------------------
def test_the_report_lists_rows_left_out_first_then_values_to_look_at(session, tmp_path: Path) -> None:
    path = tmp_path / "order.csv"
    path.write_text("First name,Last name,Email,Category\n"
                    "Ana\x07,Silva,ana@example.org,Participant\n"  # only tidied
                    "Bo,Li,bo@example.org,Observers\n"  # a new category to look at
                    ",,nobody@example.org,Participant\n"  # left out: no name
                    "Di,Ro,not-an-address,Participant\n", encoding="utf-8")  # a value to look at
    report = import_file(session, path)
    assert [(p.row, p.code) for p in report.problems] == [
        (4, codes.MISSING_NAME), (3, codes.NEW_CATEGORY), (5, codes.BAD_EMAIL), (2, codes.CONTROL_CHARACTERS)]
