"""Retention and purge: personal data gone from the file itself, anonymised statistics kept."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "io"))
from export_support import attend

from checkin.cli import run
from checkin.core.purge import PURGE_STATISTICS_SETTING, is_purged, purge_event, statistics_for
from checkin.core.retention import RETENTION_SETTING, retention_state, set_retention
from checkin.core.session import EventSession
from checkin.io.export_attendance import ExportRefused, export_attendance
from checkin.store import open_event


def _on_disk(path: Path) -> bytes:
    """Every byte of the event: the file, and its WAL and shared memory if any are left."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_retention_defaults_to_90_days_after_the_event(sample_session: EventSession) -> None:
    store = sample_session.store
    assert store.get_setting(RETENTION_SETTING) is None
    state = retention_state(store, date(2018, 12, 1))
    assert state.until == date(2019, 1, 16) and not state.passed and not state.purged
    assert retention_state(store, date(2019, 1, 17)).purge_due
    set_retention(store, date(2020, 1, 1))
    assert not retention_state(store, date(2019, 6, 1)).passed


def test_purge_removes_every_personal_field_and_code_from_the_file(sample_event_path: Path) -> None:
    with open_event(sample_event_path) as store:
        session = EventSession(store)
        attend(session)
        people = store.attendees()
        before = statistics_for(store)
        kept = purge_event(store, datetime(2019, 2, 1, tzinfo=UTC))
        assert kept["checkpoints"]["Entrance"] == before
        assert "Information bus" in kept["checkpoints"]
        assert is_purged(store)
        # Blanked rows with category, status and check-in times would still describe each person.
        assert store.attendees() == [] and store.records() == []
        # Read while the event is still open: old pages would still sit in the file or its WAL here.
        _assert_gone(people, _on_disk(sample_event_path))
    _assert_gone(people, _on_disk(sample_event_path))


def _assert_gone(people: list, raw: bytes) -> None:
    for attendee in people:
        for value in (attendee.email, attendee.code, *attendee.external_codes):
            if value:
                assert value.encode() not in raw, value
    assert b"Kurbalija" not in raw and b"un-digital.example.org" not in raw


def test_purged_event_exports_only_its_kept_statistics(sample_event_path: Path, tmp_path: Path) -> None:
    with open_event(sample_event_path) as store:
        attend(EventSession(store))
        before = statistics_for(store)
        purge_event(store, datetime(2019, 2, 1, tzinfo=UTC))
        with pytest.raises(ExportRefused) as caught:
            export_attendance(store, tmp_path / "all.xlsx")
        assert caught.value.reason == ExportRefused.PURGED
        export_attendance(store, tmp_path / "statistics.json", anonymised=True)
        assert statistics_for(store) == before
        # A second purge (say after a busy first run) keeps the first statistics, not blank recounts.
        purge_event(store, datetime(2019, 3, 1, tzinfo=UTC))
        assert store.get_setting(PURGE_STATISTICS_SETTING)["checkpoints"]["Entrance"] == before
        assert retention_state(store, date(2019, 3, 2)).purged


def test_cli_purge_asks_for_confirmation(sample_event_path: Path, capsys: pytest.CaptureFixture,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert run(["purge", str(sample_event_path)]) == 2
    assert "--yes" in capsys.readouterr().err
    with open_event(sample_event_path) as store:
        assert not is_purged(store)
    assert run(["purge", str(sample_event_path), "--status"]) == 0
    assert "has passed" in capsys.readouterr().out  # 2018 + 90 days is long gone
    assert run(["purge", str(sample_event_path), "--yes"]) == 0
    with open_event(sample_event_path) as store:
        assert is_purged(store)
    assert run(["export", str(sample_event_path), "-o", str(sample_event_path.with_suffix(".csv"))]) == 2
    assert "purged" in capsys.readouterr().err
