"""Row-by-row problems: valid rows import, the others are listed with row, column and reason."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from import_support import by_email, by_family, opened_event, write_xlsx

from checkin.io import import_report as codes
from checkin.io.registrations import CATEGORIES_SETTING, dry_run, import_file, plan_import

ZURICH = ZoneInfo("Europe/Zurich")
HEADER = ["First name", "Last name", "Email", "Organisation", "Category", "Registered at"]


@pytest.fixture
def session(tmp_path: Path):
    with opened_event(tmp_path) as opened:
        yield opened


def problem_table(problems) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.code) for p in problems}


def test_every_kind_of_row_problem_is_reported_and_valid_rows_import(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "mixed.xlsx", [
        HEADER,
        ["Ada", "Lovelace", "ada@example.org", "AE", "Speaker", datetime(2018, 9, 3, 9, 0)],  # row 2 fine
        [None, None, "nobody@example.org", "AE", "Participant", None],  # 3 missing name
        ["Alan", "Turing", "alan@@example", "Bletchley", "Participant", None],  # 4 malformed e-mail
        ["Ada", "King", "ADA@example.org", "AE", "Speaker", None],  # 5 same e-mail as 2, another person
        ["ada", "LOVELACE", "", "ae", "Speaker", None],  # 6 same folded name + organisation as 2
        ["Grace", "Hopper", "grace@example.org", "US Navy", "Astronaut", None],  # 7 a new category
        ["Katherine", "Johnson", "kj@example.org", "NASA", "Participant", "the day before"],  # 8 bad date
        ["Émilie", "du Châtelet", "emilie@example.org", "Académie", "Intervenante", None],  # 9 FR synonym
    ])
    report = import_file(session, path)
    assert problem_table(report.problems) == {
        (3, "Last name", codes.MISSING_NAME),
        (4, "Email", codes.BAD_EMAIL),
        (6, "Last name", codes.DUPLICATE_NAME),
        (7, "Category", codes.NEW_CATEGORY),
        (8, "Registered at", codes.BAD_DATE),
    }
    duplicate = next(p for p in report.problems if p.code == codes.DUPLICATE_NAME)
    assert duplicate.other_row == 2
    assert report.counts()["skipped"] == 2
    people = by_family(session)
    assert sorted(people) == ["Hopper", "Johnson", "King", "Lovelace", "Turing", "du Châtelet"]
    assert people["King"].email == "ADA@example.org" and people["King"].group == people["Lovelace"].group == "AE"
    assert people["Turing"].email == ""  # imported, without the malformed address
    assert people["Hopper"].category == "Astronaut"  # a category of its own, and said so
    assert people["Johnson"].registered_at is None
    assert people["du Châtelet"].category == "Speaker"


def test_a_full_name_column_finds_the_same_person_twice(session, tmp_path: Path) -> None:
    # The names come from splitting the one column: the same person in another word order, without
    # an e-mail, is the same folded name + organisation.
    path = write_xlsx(tmp_path / "full.xlsx", [
        ["Full name", "Organisation"],
        ["Ada Lovelace", "AE"],
        ["LOVELACE, Ada", "ae"],
        ["Ada Lovelace", "Royal Society"],
    ])
    report = import_file(session, path)
    assert problem_table(report.problems) == {(3, "Full name", codes.DUPLICATE_NAME)}
    assert next(p for p in report.problems).other_row == 2
    assert sorted(person.organisation for person in session.store.attendees()) == ["AE", "Royal Society"]


def test_event_categories_setting_decides_what_is_known(session, tmp_path: Path) -> None:
    session.store.set_setting(CATEGORIES_SETTING, ["Delegate", "Observer", "Press"])
    path = write_xlsx(tmp_path / "cats.xlsx", [
        ["Last name", "Category"], ["A", "delegate"], ["B", "Presse"], ["C", "Speaker"]])
    report = import_file(session, path)
    people = by_family(session)
    assert (people["A"].category, people["B"].category, people["C"].category) == ("Delegate", "Press", "Speaker")
    assert problem_table(report.problems) == {(4, "Category", codes.NEW_CATEGORY)}


def test_dates_as_serial_numbers_text_and_cells(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dates.xlsx", [
        ["Last name", "Registered at"],
        ["Serial", 43346.5],  # 2018-09-03 12:00 as Excel counts days
        ["Dayfirst", "03/09/2018 14:05"],
        ["Iso", "2018-09-03T08:00:00+00:00"],
        ["Dotted", "3.9.2018 09:30"],
        ["Dateonly", date(2018, 9, 4)],
    ])
    import_file(session, path)
    people = by_family(session)
    assert people["Serial"].registered_at == datetime(2018, 9, 3, 12, 0, tzinfo=ZURICH)
    assert people["Dayfirst"].registered_at == datetime(2018, 9, 3, 14, 5, tzinfo=ZURICH)
    assert people["Iso"].registered_at == datetime(2018, 9, 3, 10, 0, tzinfo=ZURICH)
    assert people["Dotted"].registered_at == datetime(2018, 9, 3, 9, 30, tzinfo=ZURICH)
    assert people["Dateonly"].registered_at == datetime(2018, 9, 4, 0, 0, tzinfo=ZURICH)


def test_month_first_column_is_recognised_by_a_day_above_twelve(session, tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    path.write_text("Timestamp,Name\n9/3/2018 9:19:45,Ada Lovelace\n9/25/2018 10:00:00,Alan Turing\n",
                    encoding="utf-8")
    import_file(session, path)
    people = by_family(session)
    assert people["Lovelace"].registered_at == datetime(2018, 9, 3, 9, 19, 45, tzinfo=ZURICH)


def test_formula_like_text_names_in_any_script_and_control_characters(session, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(
        "First name,Last name,Organisation,Email\n"
        "=cmd,+SUM(A1),@evil,-one@example.org\n"
        "小明,王,北京大学,wang@example.cn\n"
        "Лев,Толстой,Ясная Поляна,lev@example.ru\n"
        "محمد,علي,جامعة القاهرة,ali@example.eg\n"
        "Zo\x07ë,Bell\x00ini,Org\x1b,zoe@example.it\n", encoding="utf-8")
    report = import_file(session, path)
    people = by_email(session)
    formula = people["-one@example.org"]
    assert (formula.given_name, formula.family_name, formula.organisation) == ("=cmd", "+SUM(A1)", "@evil")
    assert people["wang@example.cn"].family_name == "王"
    assert people["lev@example.ru"].organisation == "Ясная Поляна"
    assert people["ali@example.eg"].given_name == "محمد"
    zoe = people["zoe@example.it"]
    assert (zoe.given_name, zoe.family_name, zoe.organisation) == ("Zoë", "Bellini", "Org")
    assert {(p.row, p.code) for p in report.problems} == {(6, codes.CONTROL_CHARACTERS)}


def test_error_cells_are_reported_and_read_as_empty(session, tmp_path: Path) -> None:
    path = tmp_path / "errors.csv"
    path.write_text("Last name,Email,Organisation\nLovelace,#REF!,#N/A\n#VALUE!,x@example.org,AE\n",
                    encoding="utf-8")
    report = import_file(session, path)
    assert problem_table(report.problems) == {
        (2, "Email", codes.ERROR_CELL), (2, "Organisation", codes.ERROR_CELL),
        (3, "Last name", codes.ERROR_CELL), (3, "Last name", codes.MISSING_NAME)}
    [ada] = session.attendees()
    assert (ada.family_name, ada.email, ada.organisation) == ("Lovelace", "", "")


def test_formulas_in_a_workbook_are_never_evaluated(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "formulas.xlsx", [
        ["Last name", "Organisation"], ["Lovelace", "=HYPERLINK(\"http://x\",\"AE\")"]])
    import_file(session, path)
    [ada] = session.attendees()
    assert ada.organisation in ("", "AE")  # the cached value if the writer left one, never the formula run


def test_dry_run_plan_writes_nothing(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dry.xlsx", [HEADER, ["Ada", "Lovelace", "ada@example.org", "AE", "", None]])
    report = dry_run(plan_import(session, path))
    assert report.dry_run and report.counts()["added"] == 1
    assert session.store.attendees() == []


def test_a_column_is_cleaned_as_each_cell_would_be() -> None:
    from checkin.io.cell_values import text_column, text_of

    # Repeated values (cleaned once each), booleans beside equal numbers, problems kept by position.
    column = ["  Programme  Officer ", "Programme Officer", True, 1, 1.0, "#REF!", "a\x07b", None, "Cafe\u0301"] * 40
    texts, problems = text_column(column)
    assert texts == [text_of(value)[0] for value in column]
    assert texts[:9] == ["Programme Officer", "Programme Officer", "TRUE", "1", "1", "", "ab", "", "Café"]
    assert problems == {at: text_of(value)[1] for at, value in enumerate(column) if text_of(value)[1]}
    assert problems[5] == codes.ERROR_CELL and problems[6] == codes.CONTROL_CHARACTERS
    unique = [f"p{n}@example.org" for n in range(300)]  # not worth a cache: cleaned one by one
    assert text_column(unique) == (unique, {})



def test_a_column_of_text_is_cleaned_as_each_cell_would_be() -> None:
    from checkin.io.cell_values import text_column, text_of

    # Columns of text only, each with one cell that needs cleaning among clean ones: a column is seen whole
    # first, and one such cell anywhere must still be cleaned as it would be alone.
    clean = ["Ada", "Lovelace", "ada@example.org", "", "Müller", "O'Brien-Smith", "王芳", "x|y"]
    for odd in (" Ada", "Ada ", "Ada  Lovelace", "#REF!", "a\x07b", "Cafe\u0301", "Ada\u00a0Lovelace", "a\tb",
                "\u0301Ada", "| Ada", "Ada |", "Ná | Me", "a\nb", "\u200bAda", "#hashtag", 7, None):
        for column in ([odd, *clean], [*clean, odd], [odd]):
            assert text_column(column) == ([text_of(value)[0] for value in column],
                                           {at: text_of(value)[1] for at, value in enumerate(column)
                                            if text_of(value)[1]}), (odd, column)
    assert text_column(clean) == (clean, {})
    assert text_column([""]) == ([""], {}) and text_column([]) == ([], {})


def test_the_name_keys_of_whole_columns_are_each_rows_own() -> None:
    from checkin.io.validation import name_key, name_keys

    givens = ["Ada", "", "Jean-Pierre", "ÉMILE", "Xiaoming", "H.E. Ambassador Margarethe", "", "  María  José "]
    families = ["Lovelace", "Nobody", "de la Tour", "Zola", "WANG", "Müller", "", "García Márquez"]
    organisations = ["Royal Society", "", "ONU  Genève", "x", "MOFA", "Mission", "", "UNHCR"]
    assert name_keys(givens, families, organisations) == list(map(name_key, givens, families, organisations))
    assert name_keys([], [], []) == []


def test_a_column_of_plain_addresses_or_of_dates_is_read_as_each_cell_would_be() -> None:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from checkin.io.cell_values import clean_email, parse_moment, plain_addresses, zoned_moments

    good = ["ada@example.org", "", "jean-pierre.o'brien@un-women.org", "x_y+z@sub.mail.example.ch"]
    for odd in ("Ada <ada@example.org>", "mailto:ada@example.org", ".ada@example.org", ";ada@example.org",
                "ada@example", "ada@@example.org", "ada @example.org", "anonymous"):
        for column in ([odd, *good], [*good, odd]):
            assert not plain_addresses(column), odd
    assert plain_addresses(good) and plain_addresses([]) and plain_addresses([""])
    assert all(clean_email(text) == (text, True) for text in good if text)

    zurich = ZoneInfo("Europe/Zurich")
    times = [datetime(2018, 9, 3, 7, 15), datetime(2018, 3, 25, 2, 30), datetime(2018, 10, 28, 2, 30)]
    assert zoned_moments(times, zurich) == [parse_moment(value, zurich) for value in times]
    assert [moment.tzinfo for moment in zoned_moments(times, zurich)] == [zurich] * 3
    for odd in ("", None, "3.9.2018 07:15", 43346.3, datetime(2018, 9, 3, tzinfo=ZoneInfo("UTC"))):
        assert zoned_moments([*times, odd], zurich) is None, odd
    # A cell at midnight, which calamine reads as a day; and a column of days only.
    for column in ([*times, date(2018, 9, 3)], [date(2018, 9, 3), date(2018, 10, 28)]):
        assert zoned_moments(column, zurich) == [parse_moment(value, zurich) for value in column]
        assert {moment.tzinfo for moment in zoned_moments(column, zurich)} == {zurich}
    assert zoned_moments([], zurich) is None
