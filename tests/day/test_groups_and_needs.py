"""Delegations checked in together, badges collected by a colleague, and people's needs understood and counted."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from checkin.core import groups
from checkin.core.models import Attendee, Status
from checkin.core.needs import Meal, Need, NeedKind, count_needs, needs_of
from checkin.core.session import EventSession
from checkin.store import open_event
from tests.cli_runner import cli

GENEVA = ZoneInfo("Europe/Zurich")
MISSION = "Permanent Mission of Ruritania"


def _delegation(session: EventSession) -> list[Attendee]:
    return session.add_attendees([
        Attendee(None, "", given_name="Awa", family_name="Ndiaye", group=MISSION),
        Attendee(None, "", given_name="Moussa", family_name="Sarr", group="permanent mission of RURITANIA "),
        Attendee(None, "", given_name="Fatou", family_name="Ba", group=MISSION),
        Attendee(None, "", given_name="Cheikh", family_name="Diop", group=MISSION, status=Status.CANCELLED),
        Attendee(None, "", given_name="Solo", family_name="Alone")])


def test_a_group_shows_registered_and_arrived_and_checks_members_in_each_on_their_own(
        empty_session: EventSession) -> None:
    awa, moussa, _fatou, cheikh, _solo = _delegation(empty_session)
    summary = groups.summary(empty_session.attendees(), MISSION, empty_session.presence())
    assert (summary.registered, summary.arrived) == (3, 0)
    assert [a.family_name for a in summary.members] == ["Ba", "Diop", "Ndiaye", "Sarr"]
    results = groups.check_in_members(empty_session, [awa, moussa, cheikh])
    assert [r.outcome.value for r in results] == ["checked_in", "checked_in", "cancelled"]
    records = empty_session.store.records()
    assert sorted(r.attendee_id for r in records) == sorted([awa.id, moussa.id])  # a record each
    assert len({r.uuid for r in records}) == 2 and len({r.door_time for r in records}) == 1
    summary = groups.summary(empty_session.attendees(), MISSION, empty_session.presence())
    assert (summary.registered, summary.arrived, summary.expected) == (3, 2, 1)
    assert [g.name for g in groups.summaries(empty_session.attendees(), empty_session.presence())] == [MISSION]
    assert groups.members(empty_session.attendees(), "") == []


def test_a_group_made_at_the_desk_joins_the_spelling_on_file(empty_session: EventSession) -> None:
    _awa, *_, solo = _delegation(empty_session)
    changed = groups.make_group(empty_session, [solo], "  PERMANENT mission of ruritania")
    assert [a.group for a in changed] == [MISSION]
    empty_session.reload()
    assert empty_session.attendee(solo.id).group == MISSION
    with pytest.raises(ValueError):
        groups.make_group(empty_session, [solo], "   ")


def test_a_badge_collected_by_a_colleague_is_not_the_owner_s_presence(empty_session: EventSession) -> None:
    _awa, moussa, *_ = _delegation(empty_session)
    when = datetime(2018, 10, 18, 8, 51, tzinfo=GENEVA)
    collection = groups.collect_badge(empty_session, moussa, " Awa   Ndiaye ", when)
    assert (collection.collected_by, collection.collected_at, collection.desk) == ("Awa Ndiaye", when, "Desk 1")
    assert empty_session.store.collections() == [collection]
    assert empty_session.presence() == {} and empty_session.stats().checked_in == 0
    with pytest.raises(ValueError):
        groups.collect_badge(empty_session, moussa, "")


def test_scan_group_checks_in_the_whole_delegation(empty_session: EventSession,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    awa, moussa, fatou, _cheikh, solo = _delegation(empty_session)
    location = empty_session.store.location
    empty_session.check_in_attendee(fatou)
    status, out, err = cli(capsys, "scan", location, moussa.code, "--group", "--at", "2018-10-18T08:40")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "checked in: Moussa Sarr"  # the badge's owner, then the others by family name
    assert lines[1].startswith("already checked in at") and lines[1].endswith("Fatou Ba")
    assert lines[2] == "checked in: Awa Ndiaye"
    assert lines[3] == "Permanent Mission of Ruritania: 3 registered, 3 arrived"
    assert "Diop" not in out  # cancelled: not checked in
    status, out, _ = cli(capsys, "scan", location, awa.code, "--group", "--json")
    document = json.loads(out)
    assert status == 1 and document["outcome"] == "already_checked_in"
    assert [m["outcome"] for m in document["group"]["members"]] == ["already_checked_in", "already_checked_in"]
    assert document["group"]["arrived"] == 3
    status, out, err = cli(capsys, "scan", location, solo.code, "--group")
    assert status == 0 and out.startswith("checked in: Solo Alone") and "not in a group" in err
    status, _, err = cli(capsys, "scan", location, "BCDEFGHJKNPRSTUVXBCD", "--group")
    assert status == 1 and "belongs to another event" in err


@pytest.mark.parametrize(("written", "expected"), [
    ("Wheelchair access", [Need(NeedKind.WHEELCHAIR, "", "Wheelchair access")]),
    ("Fauteuil roulant; repas végétarien", [Need(NeedKind.WHEELCHAIR, "", "Fauteuil roulant"),
                                           Need(NeedKind.MEAL, Meal.VEGETARIAN, "repas végétarien")]),
    ("Interpretation headset FR", [Need(NeedKind.INTERPRETATION, "fr", "Interpretation headset FR")]),
    ("Casque d'interprétation en anglais", [Need(NeedKind.INTERPRETATION, "en",
                                                 "Casque d'interprétation en anglais")]),
    ("Dolmetschen: Deutsch, Rollstuhl", [Need(NeedKind.INTERPRETATION, "de", "Dolmetschen: Deutsch"),
                                         Need(NeedKind.WHEELCHAIR, "", "Rollstuhl")]),
    ("Hearing loop, please", [Need(NeedKind.HEARING_LOOP, "", "Hearing loop, please")]),
    ("Boucle magnétique", [Need(NeedKind.HEARING_LOOP, "", "Boucle magnétique")]),
    ("Langue des signes (LSF)", [Need(NeedKind.SIGN_LANGUAGE, "", "Langue des signes (LSF)")]),
    ("Halal meal\nvegan", [Need(NeedKind.MEAL, Meal.HALAL, "Halal meal"), Need(NeedKind.MEAL, Meal.VEGAN, "vegan")]),
    ("pasto senza glutine", [Need(NeedKind.MEAL, Meal.GLUTEN_FREE, "pasto senza glutine")]),
    ("Arrives with a guide dog", [Need(NeedKind.OTHER, "Arrives with a guide dog", "Arrives with a guide dog")]),
    ("", []),
])
def test_needs_are_understood_in_the_desk_s_languages(written: str, expected: list[Need]) -> None:
    assert needs_of(written) == expected


def test_the_counters_add_up_receivers_and_meals_of_who_has_arrived(empty_session: EventSession) -> None:
    people = empty_session.add_attendees([
        Attendee(None, "", family_name="A", needs="Interpretation headset FR; vegetarian"),
        Attendee(None, "", family_name="B", needs="casque français"),
        Attendee(None, "", family_name="C", needs="Interpretation EN; Halal"),
        Attendee(None, "", family_name="D", needs="Interpretation FR"),  # not arrived
        Attendee(None, "", family_name="E", needs="wheelchair; végétarien"),
        Attendee(None, "", family_name="F", needs="headset")])
    for person in people[:3] + people[4:]:
        empty_session.check_in_attendee(person)
    counted = count_needs(empty_session.attendees(), empty_session.presence())
    assert counted.receivers == {"": 1, "en": 1, "fr": 2}
    assert counted.meals == {"halal": 1, "vegetarian": 2}
    assert counted.wheelchair == 1 and counted.hearing_loop == 0


def test_the_sample_has_delegations_and_needs(sample_session: EventSession) -> None:
    summaries = groups.summaries(sample_session.attendees(), sample_session.presence())
    assert any(g.name == "Permanent Mission of Senegal" and g.registered == 2 for g in summaries)
    needing = [a for a in sample_session.attendees() if a.needs]
    assert {n.kind for a in needing for n in needs_of(a.needs)} >= {
        NeedKind.WHEELCHAIR, NeedKind.HEARING_LOOP, NeedKind.INTERPRETATION, NeedKind.MEAL}
    assert not any("Needs" in a.extra or "Delegation" in a.extra for a in sample_session.attendees())


def test_a_group_and_needs_survive_in_the_file(sample_event_path: Path) -> None:
    with open_event(sample_event_path) as store:
        diallo = next(a for a in store.attendees() if a.family_name == "Diallo" and a.given_name == "Mamadou")
        assert diallo.group == "Permanent Mission of Senegal"
