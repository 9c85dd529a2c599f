"""Event files in synced folders or on network drives are refused for writing, and moved in one click.

Each platform's facts are simulated at the module's seams (the platform's name, its environment,
Windows' drive type, Linux's mount table): the files themselves are real."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checkin.core.models import Attendee, Event
from checkin.store import create_event, errors, locations, open_event
from tests.cli_runner import cli

EVENT = Event(title="Geneva", starts_on=date(2018, 10, 18))


def make(path: Path, elsewhere: Path) -> None:
    """An event made elsewhere and then put at `path`, as a sync client or a copy would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    store = create_event(elsewhere, EVENT)
    store.add_attendees([Attendee(None, "", family_name="Lovelace")])
    store.close()
    elsewhere.rename(path)


@pytest.fixture
def windows_with_onedrive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    onedrive = tmp_path / "Users" / "ada" / "OneDrive - IOM"
    monkeypatch.setattr(locations, "_environ", {"OneDrive": str(onedrive)})
    return onedrive


def test_onedrive_desktop_is_refused_with_a_clear_message(tmp_path: Path, windows_with_onedrive: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = windows_with_onedrive / "Desktop" / "geneva.checkin"
    make(path, tmp_path / "made.checkin")
    monkeypatch.setattr(locations, "_platform", "win32")
    monkeypatch.setattr(locations, "_drive_type", lambda p: 3)  # a fixed disk: only the OneDrive folder counts
    before = path.read_bytes()
    status, _out, err = cli(capsys, "scan", path, "X")
    assert status == 2 and "OneDrive" in err and "move it" in err, err
    assert path.read_bytes() == before
    (windows_with_onedrive / "Documents").mkdir()
    with pytest.raises(errors.UnsafeFolder):
        create_event(windows_with_onedrive / "Documents" / "new.checkin", EVENT)
    assert not (windows_with_onedrive / "Documents" / "new.checkin").exists()


@pytest.mark.parametrize(("platform", "setup", "expected"), [
    ("win32", {"path": r"\\fileserver\events\geneva.checkin"}, "a network folder"),
    ("win32", {"path": "Z:/events/geneva.checkin", "drive": 4}, "a network drive"),
    ("darwin", {"path": "{home}/Library/Mobile Documents/com~apple~CloudDocs/geneva.checkin"}, "iCloud Drive"),
    ("darwin", {"path": "{home}/Library/CloudStorage/Dropbox/geneva.checkin"}, "Dropbox"),
    ("darwin", {"path": "{home}/Library/CloudStorage/GoogleDrive-ada@example.org/My Drive/g.checkin"},
     "Google Drive"),
    ("linux", {"path": "/mnt/share/geneva.checkin", "mounts": [("/mnt/share", "cifs")]}, "a network folder"),
    ("linux", {"path": "/home/ada/Dropbox/geneva.checkin"}, "Dropbox"),
    ("linux", {"path": "/home/ada/events/geneva.checkin", "mounts": [("/", "ext4")]}, None),
    ("win32", {"path": "C:/Users/ada/AppData/Local/checkin/events/geneva.checkin", "drive": 3}, None),
])
def test_each_system_s_synced_and_network_folders_are_recognised(monkeypatch: pytest.MonkeyPatch, platform: str,
                                                                 setup: dict, expected: str | None) -> None:
    monkeypatch.setattr(locations, "_platform", platform)
    monkeypatch.setattr(locations, "_environ", {"HOME": "/Users/ada"})
    monkeypatch.setattr(locations, "_drive_type", lambda p: setup.get("drive", 3))
    monkeypatch.setattr(locations, "_mounts", lambda: setup.get("mounts", []))
    assert locations.synced_or_network(Path(setup["path"].format(home="/Users/ada"))) == expected


def test_move_to_this_computer_takes_the_whole_event(tmp_path: Path, windows_with_onedrive: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = windows_with_onedrive / "Desktop" / "geneva.checkin"
    make(path, tmp_path / "made.checkin")
    local = tmp_path / "local"
    moved = locations.move_to_this_computer(path, local)
    assert moved == local / "geneva.checkin" and not path.exists()
    monkeypatch.setattr(locations, "_platform", "win32")
    monkeypatch.setattr(locations, "_drive_type", lambda p: 3)
    with open_event(moved) as store:
        assert [a.family_name for a in store.attendees()] == ["Lovelace"]
