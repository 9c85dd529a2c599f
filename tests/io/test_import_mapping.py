"""Finding the table and mapping its columns: titles, blank rows, totals, bilingual headers, common exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import by_email, by_family, opened_event, write_xlsx
from openpyxl import Workbook

from checkin.io import import_report as codes
from checkin.io.column_mapping import detect_mapping
from checkin.io.names import split_full_name
from checkin.io.registrations import MAPPINGS_SETTING, import_file, plan_import


@pytest.fixture
def session(tmp_path: Path):
    with opened_event(tmp_path) as opened:
        yield opened


def test_title_rows_merged_cells_blank_rows_and_totals(session, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Conference on the EU Anti-Trafficking Day — registrations"
    sheet.merge_cells("A1:D1")
    sheet["A2"] = "Updated 10 October"
    sheet.append([])
    sheet.append(["Prénom\nFirst name", "Nom / Last name", "Courriel (e-mail)", "Organisation"])
    sheet.append(["Ada", "Lovelace", "ada@example.org", "Analytical Engines"])
    sheet.append([])
    sheet.append(["Alan", "Turing", "alan@example.org", "Bletchley Park"])
    sheet.append([])
    sheet.append(["Total", None, None, 2])
    sheet.append(["Note: list closed on 11 October"])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    report = import_file(session, path)
    assert report.plan.header_row == 4
    assert report.plan.mapping == {"given_name": "Prénom / First name", "family_name": "Nom / Last name",
                                   "organisation": "Organisation", "email": "Courriel (e-mail)"}
    assert sorted(by_family(session)) == ["Lovelace", "Turing"]
    footers = [p for p in report.problems if p.code == codes.NOT_A_PERSON]
    assert [p.row for p in footers] == [9, 10]
    assert all(p.skipped for p in footers)


@pytest.mark.parametrize(("header", "expected"), [
    # Eventbrite attendee summary
    (["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Attendee #",
      "Barcode #", "Attendee Status", "Company", "Job Title"],
     {"given_name": "First Name", "family_name": "Last Name", "email": "Email", "category": "Ticket Type",
      "registered_at": "Order Date", "external_code": "Barcode #", "organisation": "Company",
      "job_title": "Job Title", "status": "Attendee Status", "order_code": "Order #"}),
    # pretix order data (positions)
    (["Order code", "Attendee name", "Attendee name: Title", "Attendee name: Given name",
      "Attendee name: Family name", "Attendee email", "Product", "Order date", "Secret", "Company"],
     {"given_name": "Attendee name: Given name", "family_name": "Attendee name: Family name",
      "honorific": "Attendee name: Title", "email": "Attendee email", "category": "Product",
      "registered_at": "Order date", "external_code": "Secret", "organisation": "Company",
      "order_code": "Order code"}),
    # Google Forms in French
    (["Horodateur", "Adresse e-mail", "Prénom", "Nom", "Organisme", "Fonction"],
     {"registered_at": "Horodateur", "email": "Adresse e-mail", "given_name": "Prénom", "family_name": "Nom",
      "organisation": "Organisme", "job_title": "Fonction"}),
    # Microsoft Forms
    (["ID", "Start time", "Completion time", "Email", "Name", "Organisation"],
     {"registered_at": "Completion time", "email": "Email", "full_name": "Name", "organisation": "Organisation"}),
    # Indico registrants
    (["Registration ID", "Title", "First Name", "Last Name", "Email Address", "Affiliation", "Position",
      "Registration date"],
     {"external_code": "Registration ID", "honorific": "Title", "given_name": "First Name",
      "family_name": "Last Name", "email": "Email Address", "organisation": "Affiliation",
      "job_title": "Position", "registered_at": "Registration date"}),
    # German and Italian lists
    (["Anrede", "Vorname", "Name", "Firma", "E-Mail-Adresse", "Kategorie", "Sprache"],
     {"honorific": "Anrede", "given_name": "Vorname", "family_name": "Name", "organisation": "Firma",
      "email": "E-Mail-Adresse", "category": "Kategorie", "language": "Sprache"}),
    (["Titolo", "Nome", "Cognome", "Azienda", "Indirizzo email", "Categoria", "Data di registrazione"],
     {"honorific": "Titolo", "given_name": "Nome", "family_name": "Cognome", "organisation": "Azienda",
      "email": "Indirizzo email", "category": "Categoria", "registered_at": "Data di registrazione"}),
])
def test_common_exports_map_automatically(header, expected) -> None:
    assert detect_mapping(header) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Barbara Schedler Fischer", ("", "Barbara Schedler", "Fischer")),  # no way to tell: last word
    ("Schedler Fischer, Barbara", ("", "Barbara", "Schedler Fischer")),  # "Family, Given" order
    ("Barbara SCHEDLER FISCHER", ("", "Barbara", "SCHEDLER FISCHER")),  # capitals mark the family name
    ("Dr. Ludwig van der Rohe", ("Dr.", "Ludwig", "van der Rohe")),
    ("María de la Cruz", ("", "María", "de la Cruz")),
    ("Mme Anne-Sophie Du Pasquier", ("Mme", "Anne-Sophie", "Du Pasquier")),
    ("Jean-Yves Art", ("", "Jean-Yves", "Art")),
    ("Pérez, Carlos Andrés", ("", "Carlos Andrés", "Pérez")),
])
def test_full_name_split_with_care(text, expected) -> None:
    honorific, given, family, display = split_full_name(text)
    assert (honorific, given, family) == expected
    assert display == ""


def test_name_in_a_script_without_spaces_is_kept_whole() -> None:
    assert split_full_name("王小明") == ("", "", "王小明", "王小明")


def test_full_name_column_is_split_and_two_column_names_stay_whole(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "names.xlsx", [
        ["Full name", "Email"],
        ["Schedler Fischer, Barbara", "barbara@example.org"],
        ["Mr Radu Cucos", "radu@example.org"],
    ])
    import_file(session, path)
    people = by_email(session)
    assert (people["barbara@example.org"].given_name, people["barbara@example.org"].family_name) == \
        ("Barbara", "Schedler Fischer")
    assert (people["radu@example.org"].honorific, people["radu@example.org"].family_name) == ("Mr", "Cucos")


def test_unknown_columns_are_kept_as_extra_fields(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "extra.xlsx", [
        ["First name", "Last name", "Country", "T-shirt size", None],
        ["Ada", "Lovelace", "United Kingdom", "M", "loose note"],
    ])
    report = import_file(session, path)
    assert report.plan.extra_columns == ["Country", "T-shirt size", "E"]
    [ada] = session.attendees()
    assert ada.extra == {"Country": "United Kingdom", "T-shirt size": "M", "E": "loose note"}


def test_map_overrides_and_the_saved_mapping_is_reused(session, tmp_path: Path) -> None:
    rows = [["Surname of participant", "Given", "Mail", "Role"], ["Lovelace", "Ada", "ada@example.org", "Speaker"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    detected = plan_import(session, path)
    assert "family_name" not in detected.mapping
    report = import_file(session, path, mapping_overrides={"family_name": "Surname of participant",
                                                           "category": ""})
    assert report.plan.mapping_source == "override"
    assert report.plan.mapping["family_name"] == "Surname of participant"
    assert "category" not in report.plan.mapping
    [ada] = session.attendees()
    assert (ada.family_name, ada.category) == ("Lovelace", "Participant")
    assert session.store.get_setting(MAPPINGS_SETTING)
    # The next file with the same columns uses the saved mapping without being told.
    write_xlsx(tmp_path / "odd2.xlsx", [*rows, ["Turing", "Alan", "alan@example.org", "Speaker"]])
    again = plan_import(session, tmp_path / "odd2.xlsx")
    assert again.mapping_source == "saved"
    assert again.mapping == report.plan.mapping


def test_map_by_column_letter_and_bad_map_arguments(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "letters.xlsx", [["A", "B"], ["Lovelace", "ada@example.org"]])
    plan = plan_import(session, path, mapping_overrides={"family_name": "A", "email": "B"})
    assert plan.rows[0].values == {"family_name": "Lovelace", "email": "ada@example.org"}
    with pytest.raises(codes.ImportFailure) as failure:
        plan_import(session, path, mapping_overrides={"shoe_size": "A"})
    assert failure.value.code == codes.UNKNOWN_FIELD
    with pytest.raises(codes.ImportFailure) as failure:
        plan_import(session, path, mapping_overrides={"email": "Courriel"})
    assert failure.value.code == codes.UNKNOWN_COLUMN


def test_no_name_column_is_a_clear_failure(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "noname.xlsx", [["Email", "Organisation"], ["ada@example.org", "AE"]])
    with pytest.raises(codes.ImportFailure) as failure:
        plan_import(session, path)
    assert failure.value.code == codes.NO_NAME_COLUMN
