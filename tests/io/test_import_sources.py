"""Where the list is: the right sheet of a workbook, a mailing list's dump, a Mac's CSV, two header lines, records."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import opened_event
from openpyxl import Workbook

from checkin.core.models import Status
from checkin.io import import_report as codes
from checkin.io.registrations import apply_import, import_file, plan_import, plan_records

ORDERS = ["Event slug", "Order code", "Order total", "Status", "Email", "Phone number", "Order date", "Order time",
          "Company", "Name", "Address"]
POSITIONS = ["Event slug", "Order code", "Position ID", "Status", "Email", "Order date", "Product",
             "Attendee name", "Attendee email", "Company"]


@pytest.fixture
def session(tmp_path: Path):
    with opened_event(tmp_path) as opened:
        yield opened


def workbook(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title in hidden:
            sheet.sheet_state = "veryHidden" if title.endswith("(very)") else "hidden"
    book.save(path)
    return path


def combined(path: Path, hidden: tuple[str, ...] = ()) -> Path:
    """pretix's "Combined Excel" of the order data: orders (buyers), positions (attendees), fees."""
    return workbook(path, {
        "Orders": [ORDERS, ["geneva", "ABC12", 300, "paid", "office@mission.example", "", "2018-09-03", "09:15:00",
                            "Mission of Ghana", "Kwame Mensah", ""]],
        "Order positions": [POSITIONS,
                            ["geneva", "ABC12", 1, "paid", "office@mission.example", "2018-09-03", "Delegate",
                             "Kwame Mensah", "kwame@mission.example", "Mission of Ghana"],
                            ["geneva", "ABC12", 2, "paid", "office@mission.example", "2018-09-03", "Delegate",
                             "Ama Owusu", "", "Mission of Ghana"]],
        "Order fees": [["Event slug", "Order code", "Status", "Email", "Fee type", "Price"],
                       ["geneva", "ABC12", "paid", "office@mission.example", "Payment fee", 2]],
    }, hidden)


def test_the_sheet_of_attendees_is_chosen_and_the_others_named(session, tmp_path: Path) -> None:
    plan = plan_import(session, combined(tmp_path / "pretix.xlsx"))
    assert plan.sheet == "Order positions"
    assert plan.other_sheets == ["Orders"]
    assert [draft.values["email"] for draft in plan.rows] == ["kwame@mission.example", "office@mission.example"]


def test_a_hidden_sheet_is_never_chosen(session, tmp_path: Path) -> None:
    path = workbook(tmp_path / "hidden.xlsx", {
        "Everyone (old)": [["First name", "Last name", "Attendee email"], ["Old", "Person", "old@example.org"]],
        "List": [["First name", "Last name", "Email"], ["Ada", "Lovelace", "ada@example.org"]],
    }, hidden=("Everyone (old)",))
    assert plan_import(session, path).sheet == "List"
    assert plan_import(session, path, sheet="Everyone (old)").sheet == "Everyone (old)"  # asked for by name


def test_a_very_hidden_sheet_is_never_chosen(session, tmp_path: Path) -> None:
    path = workbook(tmp_path / "very.xlsx", {
        "Old list (very)": [["First name", "Last name", "Attendee email"], *([f"G{n}", f"F{n}", f"{n}@x.org"]
                                                                            for n in range(50))],
        "List": [["First name", "Last name", "Email"], ["Ada", "Lovelace", "ada@example.org"]],
    }, hidden=("Old list (very)",))
    assert plan_import(session, path).sheet == "List"


def test_a_reimport_of_the_same_workbook_keeps_its_sheet(session, tmp_path: Path) -> None:
    sheets = {"Orders": [ORDERS, ["geneva", "ABC12", 300, "paid", "office@mission.example", "", "2018-09-03",
                                  "09:15:00", "Mission of Ghana", "Kwame Mensah", ""]],
              "Order positions": [POSITIONS, ["geneva", "ABC12", 1, "paid", "office@mission.example", "2018-09-03",
                                              "Delegate", "Kwame Mensah", "kwame@mission.example", "Ghana"]],
              "Speakers": [["Name", "Email"], ["Ada Lovelace", "ada@example.org"], ["Alan Turing", "a@x.org"]]}
    path = workbook(tmp_path / "pretix.xlsx", sheets)
    assert plan_import(session, path).sheet == "Order positions"
    import_file(session, path, sheet="Speakers")  # the organiser chose the speakers, once
    sheets["Speakers"].append(["Grace Hopper", "grace@example.org"])
    again = plan_import(session, workbook(tmp_path / "pretix.xlsx", sheets))  # the file grew
    assert again.sheet == "Speakers"
    assert again.preview.cancelled == [] and len(again.preview.added) == 1


# -- a mailing list's dump ----------------------------------------------------------------------
def test_a_sympa_dump_imports_with_names(session, tmp_path: Path) -> None:
    # Sympa's "address gecos" lines (sympa-community/sympa, default/web_tt2/add_request.tt2: "email1@dom1 Name1").
    path = tmp_path / "subscribers.txt"
    path.write_text("ada@example.org Ada Lovelace\nsebastien.kulling@example.ch Sébastien Kulling\n"
                    "grace@example.org\nwang@example.cn WANG Xiaoming\n", encoding="utf-8")
    report = import_file(session, path)
    found = {person.email: person for person in session.attendees()}
    assert {email: person.name for email, person in found.items()} == {
        "ada@example.org": "Ada Lovelace", "sebastien.kulling@example.ch": "Sébastien Kulling",
        "wang@example.cn": "WANG Xiaoming"}
    assert {(p.row, p.code) for p in report.problems} == {(3, codes.MISSING_NAME)}  # Grace gave no name


def test_a_mailman_member_list_imports_with_names(session, tmp_path: Path) -> None:
    # Mailman's members command prints formataddr((display_name, email)) (src/mailman/commands/cli_members.py).
    path = tmp_path / "members.txt"
    path.write_text('Ada Lovelace <ada@example.org>\n"Turing, Alan" <alan@example.org>\n'
                    "Grace Hopper <grace@example.org>\n", encoding="utf-8")
    import_file(session, path)
    found = {person.email: (person.given_name, person.family_name) for person in session.attendees()}
    assert found == {"ada@example.org": ("Ada", "Lovelace"), "alan@example.org": ("Alan", "Turing"),
                     "grace@example.org": ("Grace", "Hopper")}


# -- text files from every desk -----------------------------------------------------------------
def test_a_csv_saved_by_excel_for_mac_keeps_its_accents(session, tmp_path: Path) -> None:
    path = tmp_path / "inscriptions.csv"
    text = ("Prénom;Nom;Courriel\nSébastien;Kulling;seb@example.ch\nJürgen;Großmann;jurgen@example.de\n"
            "François;Lefèvre;francois@example.fr\nNúria;Muñoz;nuria@example.es\nZoë;Ødegård;zoe@example.dk\n")
    path.write_bytes(text.replace("\n", "\r").encode("mac-roman"))  # Excel for Mac: Mac Roman, CR line ends
    plan = plan_import(session, path)
    assert plan.encoding == "mac-roman"
    assert [(d.values["given_name"], d.values["family_name"]) for d in plan.rows] == [
        ("Sébastien", "Kulling"), ("Jürgen", "Großmann"), ("François", "Lefèvre"), ("Núria", "Muñoz"),
        ("Zoë", "Ødegård")]


def test_a_windows_csv_with_curly_apostrophes_stays_windows(session, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes("Prénom;Nom\nZoë;D’Alessandro\nMélanie;Rosé\n".encode("cp1252"))
    plan = plan_import(session, path)
    assert plan.encoding == "cp1252"
    assert [d.values["family_name"] for d in plan.rows] == ["D’Alessandro", "Rosé"]


# -- a header on two lines ----------------------------------------------------------------------
def test_a_bilingual_second_header_line_is_read_as_a_header(session, tmp_path: Path) -> None:
    path = workbook(tmp_path / "bilingual.xlsx", {"Inscriptions": [
        ["First name", "Last name", "E-mail", "Organisation", "Status"],
        ["Prénom", "Nom", "Courriel", "Organisation", "Statut"],
        ["Élodie", "Favre", "elodie@example.ch", "UNIGE", "annulé"],
        ["Ada", "Lovelace", "ada@example.org", "AE", "confirmed"],
    ]})
    report = import_file(session, path)
    assert report.plan.header_row == 1 and report.counts()["added"] == 2 and not report.problems
    assert report.plan.mapping["given_name"] == "First name / Prénom"
    found = {person.family_name: person.status for person in session.attendees()}
    assert found == {"Favre": Status.CANCELLED, "Lovelace": Status.REGISTERED}


# -- people that come from no spreadsheet -------------------------------------------------------
def test_records_from_another_source_go_through_the_same_plan(session, tmp_path: Path) -> None:
    records = [
        {"given_name": "Kwame", "family_name": "Mensah", "email": "office@mission.example",
         "organisation": "Mission of Ghana", "Arrives by": "train"},
        {"given_name": "Ama", "family_name": "Owusu", "email": "office@mission.example",
         "organisation": "Mission of Ghana", "needs": "wheelchair", "status": "waitlisted"},
        {"full_name": "Dr. Radu Cucos", "email": "radu@example.org", "category": "Panellist"},
    ]
    plan = plan_records(session, records, source="registration e-mails (INBOX)")
    assert [draft.row for draft in plan.rows] == [1, 2, 3] and not plan.problems
    apply_import(session, plan)
    found = {person.name: person for person in session.attendees()}
    assert found["Kwame Mensah"].group == found["Ama Owusu"].group == "Mission of Ghana"
    assert found["Kwame Mensah"].extra == {"Arrives by": "train"}
    assert (found["Ama Owusu"].needs, found["Ama Owusu"].status) == ("wheelchair", Status.WAITLISTED)
    assert (found["Radu Cucos"].honorific, found["Radu Cucos"].category) == ("Dr.", "Panellist")
    with pytest.raises(codes.ImportFailure) as failure:
        plan_records(session, [{"email": "x@example.org"}], source="INBOX")
    assert failure.value.code == codes.NO_NAME_COLUMN
