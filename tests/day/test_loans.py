"""Items lent at the desk: receivers handed out against a deposit, refused when out, scanned back in."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from checkin.core import loans as lending
from checkin.core.loans import ItemCatalogue, ItemKind, LoanOutcome
from checkin.core.models import Attendee
from checkin.core.session import EventSession
from checkin.store import open_event
from tests.cli_runner import cli

GENEVA = ZoneInfo("Europe/Zurich")


def _two(session: EventSession) -> tuple[Attendee, Attendee]:
    ann, ben = session.add_attendees([
        Attendee(None, "", given_name="Ann", family_name="Alpha", organisation="Mission of Ruritania",
                 email="ann@example.org", extra={"Téléphone portable": "+41 79 123 45 67"}),
        Attendee(None, "", given_name="Ben", family_name="Beta")])
    return ann, ben


def test_an_item_out_is_refused_with_who_holds_it_until_it_comes_back(empty_session: EventSession) -> None:
    ann, ben = _two(empty_session)
    empty_session.store.set_setting(lending.ITEM_KINDS_SETTING, [{"kind": "Receiver", "items": "R001-R150"},
                                                                 {"kind": "Key", "items": "K1-K3, CLOAK"}])
    lent = lending.lend(empty_session, ann, " r042\r\n", "  ID   card ")
    assert lent.outcome is LoanOutcome.LENT and lent.loan.item == "R042" and lent.loan.kind == "Receiver"
    assert lent.loan.deposit == "ID card" and lent.loan.out_desk == "Desk 1"
    refused = lending.lend(empty_session, ben, "R042")
    assert refused.outcome is LoanOutcome.ALREADY_OUT and refused.attendee.name == "Ann Alpha"
    assert refused.loan.deposit == "ID card"
    # The same person scanning it again is told they already hold it, nothing doubles.
    assert lending.lend(empty_session, ann, "R042").outcome is LoanOutcome.ALREADY_OUT
    assert lending.lend(empty_session, ben, "R151").outcome is LoanOutcome.UNKNOWN_ITEM
    assert lending.lend(empty_session, ben, "cloak").loan.kind == "Key"
    back = lending.give_back(empty_session, "R042")
    assert back.outcome is LoanOutcome.RETURNED and back.attendee.name == "Ann Alpha" and back.loan.deposit == "ID card"
    assert lending.give_back(empty_session, "R042").outcome is LoanOutcome.NOT_OUT
    assert lending.give_back(empty_session, "nonsense").outcome is LoanOutcome.UNKNOWN_ITEM
    assert lending.lend(empty_session, ben, "R042").outcome is LoanOutcome.LENT
    assert [(loan.item, loan.attendee_id) for loan in empty_session.store.loans(outstanding=True)] == [
        ("CLOAK", ben.id), ("R042", ben.id)]
    assert len(empty_session.store.loans()) == 3


def test_item_numbers_typed_by_a_scanner_on_a_french_keyboard_are_repaired() -> None:
    catalogue = ItemCatalogue([ItemKind("Receiver", "R001-R150")])
    assert catalogue.resolve("R&é3") == ("R123", "Receiver")  # the scanner pressed 1 2 3 on AZERTY
    assert catalogue.resolve("r0(à") == ("R050", "Receiver")
    assert catalogue.resolve("R999") is None
    assert ItemCatalogue([]).resolve("laptop 7") == ("LAPTOP 7", "")
    assert ItemCatalogue([]).resolve("   ") is None


@pytest.mark.parametrize("spec", ["R10-R1", "R1-R99999", "A1-B4"])
def test_a_range_that_is_not_one_is_refused(spec: str) -> None:
    if spec == "A1-B4":  # two prefixes: kept as it was written, one odd item rather than a guess
        assert lending.expand_items(spec) == ["A1-B4"]
        return
    with pytest.raises(ValueError):
        lending.expand_items(spec)


def test_the_loan_commands_lend_refuse_return_and_list_what_is_out(
        sample_event_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_event(sample_event_path) as store:
        people = {a.name: a for a in store.attendees()}
    kulling, crowe = people["Sébastien Kulling"], people["Sara Crowe"]
    status, out, err = cli(capsys, "loan", sample_event_path, kulling.code, "R042", "--deposit", "Carte d'identité",
                           "--desk", "Interpretation", "--at", "2018-10-18T08:41")
    assert (status, err) == (0, "") and out.startswith("lent R042 to Sébastien Kulling — digitalswitzerland")
    status, out, err = cli(capsys, "loan", sample_event_path, crowe.code, "R042", "--json")
    assert status == 1 and err.startswith("R042 is already out: with Sébastien Kulling")
    assert "since 08:41" in err and err.count("\n") == 1
    document = json.loads(out)
    assert document["outcome"] == "already_out" and document["loan"]["name"] == "Sébastien Kulling"
    assert document["error"] == err.strip()
    status, _, err = cli(capsys, "loan", sample_event_path, "BCDEFGHJKNPRSTUVXBCD", "R043")
    assert status == 1 and "nothing was lent" in err
    status, _, err = cli(capsys, "loan", sample_event_path, crowe.code, "R200")
    assert status == 1 and "'R200' is not one of this event's items (Interpretation receiver: R001-R150)" in err
    assert cli(capsys, "loan", sample_event_path, crowe.code, "R043")[0] == 0

    status, out, _ = cli(capsys, "loans", sample_event_path, "--outstanding", "--json")
    loans = json.loads(out)["loans"]
    assert [(loan["item"], loan["name"], loan["deposit"], loan["returned_at"]) for loan in loans] == [
        ("R042", "Sébastien Kulling", "Carte d'identité", None), ("R043", "Sara Crowe", "", None)]
    assert loans[0]["email"] == kulling.email and loans[0]["out_at"].startswith("2018-10-18T08:41:00")
    assert loans[0]["out_desk"] == "Interpretation" and loans[0]["organisation"] == "digitalswitzerland"

    status, out, _ = cli(capsys, "loan", sample_event_path, "--return", "r042")
    assert status == 0 and out.strip() == ("returned R042 from Sébastien Kulling — digitalswitzerland; "
                                           "give back the deposit: Carte d'identité")
    status, _, err = cli(capsys, "loan", sample_event_path, "--return", "R042")
    assert status == 1 and err.strip() == "R042 is not out: nobody holds it"
    status, out, _ = cli(capsys, "loans", sample_event_path, "--outstanding")
    assert out.splitlines()[0] == "1 out" and "R043" in out and "R042" not in out
    status, out, _ = cli(capsys, "loans", sample_event_path, "--json")
    assert [loan["returned_at"] is None for loan in json.loads(out)["loans"]] == [False, True]


def test_the_closing_list_gives_a_phone_from_the_list_s_own_columns(
        empty_session: EventSession, capsys: pytest.CaptureFixture[str]) -> None:
    ann, _ = _two(empty_session)
    lending.lend(empty_session, ann, "laptop 7", "business card", when=datetime(2018, 10, 18, 9, tzinfo=GENEVA))
    location = empty_session.store.location
    status, out, _ = cli(capsys, "loans", location, "--outstanding")
    assert status == 0
    assert ("LAPTOP 7 Ann Alpha — Mission of Ruritania · +41 79 123 45 67 · ann@example.org · "
            "deposit: business card · out since 09:00") in " ".join(out.split())


def test_setting_the_items_of_an_event(sample_event_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "loans", sample_event_path, "--set-items", "Key=K01-K20",
                         "--set-items", "Interpretation receiver=")
    assert status == 0 and out.splitlines()[0] == "Key: K01-K20 (20 items)"
    status, _, err = cli(capsys, "loans", sample_event_path, "--set-items", "Laptop=L9-L1")
    assert status == 2 and "L9-L1" in err and err.count("\n") == 1
    with open_event(sample_event_path) as store:
        assert store.get_setting(lending.ITEM_KINDS_SETTING) == [{"kind": "Key", "items": "K01-K20"}]


def test_the_anonymised_statistics_count_loans_and_withhold_small_counts(sample_session: EventSession) -> None:
    from checkin.core.purge import compute_statistics

    people = [a for a in sample_session.attendees() if a.status.value == "registered"][:7]
    for number, person in enumerate(people, start=1):
        lending.lend(sample_session, person, f"R{number:03d}")
    lending.give_back(sample_session, "R001")
    loans = compute_statistics(sample_session.store)["loans"]
    assert loans == [{"kind": "Interpretation receiver", "lent": 7, "not_returned": 6}]
    lending.give_back(sample_session, "R002")
    lending.give_back(sample_session, "R003")
    assert compute_statistics(sample_session.store)["loans"][0]["not_returned"] is None  # 4: withheld


def test_a_careless_deposit_and_scanner_noise_as_an_item_are_kept_within_bounds(empty_session: EventSession) -> None:
    ann, ben = _two(empty_session)
    noise = "\x1b[2~" + "ID card " * 2000 + "\r\n"
    lent = lending.lend(empty_session, ann, "laptop 1", noise)
    assert lent.outcome is LoanOutcome.LENT and len(lent.loan.deposit) == lending.MAX_DEPOSIT_LENGTH
    assert "\x1b" not in lent.loan.deposit
    garbage = lending.lend(empty_session, ben, "X" * 10_000)
    assert garbage.outcome is LoanOutcome.LENT and len(garbage.item) == lending.MAX_ITEM_LENGTH
    empty_session.store.set_setting(lending.ITEM_KINDS_SETTING, [{"kind": "Receiver", "items": "R1-R5"}])
    assert lending.lend(empty_session, ben, "X" * 10_000).outcome is LoanOutcome.UNKNOWN_ITEM
    empty_session.store.set_setting(lending.ITEM_KINDS_SETTING, "not a list")  # a damaged setting: any item goes
    assert lending.catalogue(empty_session).open


def test_the_anonymised_export_counts_items_lent(sample_event_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with open_event(sample_event_path) as store:
        session = EventSession(store)
        for number, person in enumerate([a for a in store.attendees() if a.status.value == "registered"][:6], 1):
            lending.lend(session, person, f"R{number:03d}")
    out = tmp_path / "statistics.csv"
    assert cli(capsys, "export", sample_event_path, "-o", out, "--anonymised")[0] == 0
    rows = out.read_text(encoding="utf-8-sig")
    assert "Items lent,Interpretation receiver,6" in rows.replace(";", ",")
    assert "Items not returned,Interpretation receiver,6" in rows.replace(";", ",")
