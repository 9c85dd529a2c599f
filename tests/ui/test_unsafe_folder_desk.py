"""The desk refuses an event in a synced folder and moves it to this computer in one click."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checkin.core.models import Attendee, Event
from checkin.store import create_event, locations


def test_the_desk_offers_the_move_in_one_click(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    onedrive = tmp_path / "Users" / "ada" / "OneDrive"
    path = onedrive / "Desktop" / "geneva.checkin"
    path.parent.mkdir(parents=True)
    store = create_event(tmp_path / "made.checkin", Event(title="Synced", starts_on=date(2018, 10, 18)))
    store.add_attendees([Attendee(None, "", family_name="Lovelace")])
    store.close()
    (tmp_path / "made.checkin").rename(path)  # the laptop's sync client brought it there
    monkeypatch.setattr(locations, "_platform", "win32")
    monkeypatch.setattr(locations, "_environ", {"OneDrive": str(onedrive)})
    monkeypatch.setattr(locations, "_drive_type", lambda p: 3)
    monkeypatch.setattr(locations, "local_events_folder", lambda: tmp_path / "local")
    asked: list[str] = []
    window.ask_move_to_this_computer = lambda location, where: asked.append(where) or True
    assert window.open_location(str(path))
    assert asked == ["OneDrive"]
    assert window.context.session.event.title == "Synced"
    assert Path(window.context.session.store.location) == tmp_path / "local" / "geneva.checkin"
    assert not path.exists()


def test_declining_the_move_opens_nothing(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    onedrive = tmp_path / "OneDrive"
    path = onedrive / "geneva.checkin"
    path.parent.mkdir(parents=True)
    create_event(tmp_path / "made.checkin", Event(title="Synced", starts_on=date(2018, 10, 18))).close()
    (tmp_path / "made.checkin").rename(path)
    monkeypatch.setattr(locations, "_platform", "win32")
    monkeypatch.setattr(locations, "_environ", {"OneDrive": str(onedrive)})
    monkeypatch.setattr(locations, "_drive_type", lambda p: 3)
    before = window.context.session.event.title
    window.ask_move_to_this_computer = lambda location, where: False
    assert not window.open_location(str(path))
    assert path.exists() and window.context.session.event.title == before
