"""The desk's own files live in one folder per user on every system.

platformdirs answers for the system it runs on; here each system's answer is asked for by swapping in
its class (and, for Windows, the known-folder lookup), as the app would get it on that system.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from checkin.store.replica import default_replica_folder, replica_path
from checkin.ui.app import data_dir


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A Windows profile: the app data folders come from the known-folder lookup."""
    profile = tmp_path / "Users" / "Anne Dupont" / "AppData"
    folders = {"CSIDL_LOCAL_APPDATA": profile / "Local", "CSIDL_APPDATA": profile / "Roaming"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: str(folders[csidl]))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    return profile / "Local"


def test_windows_keeps_the_sample_copies_and_the_offline_copies_in_one_folder(windows: Path):
    assert data_dir() == windows / "checkin"
    assert default_replica_folder() == windows / "checkin" / "replicas"
    replica = replica_path("postgresql://desk@192.168.1.10/geneva2018", "Desk 2")
    assert replica.parent == windows / "checkin" / "replicas"


def test_offline_copies_left_in_the_old_windows_folder_move_to_the_one_folder(windows: Path):
    """A desk updated between two days of an event keeps the check-ins it queued offline."""
    old = windows / "checkin" / "checkin" / "replicas"
    old.mkdir(parents=True)
    (old / "192.168.1.10-5432-geneva2018-Desk_2.checkin").write_bytes(b"queued check-ins")
    folder = default_replica_folder()
    assert (folder / "192.168.1.10-5432-geneva2018-Desk_2.checkin").read_bytes() == b"queued check-ins"
    assert not old.exists()


def test_the_old_windows_folder_is_left_when_the_one_folder_already_holds_offline_copies(windows: Path):
    old = windows / "checkin" / "checkin" / "replicas"
    old.mkdir(parents=True)
    (old / "a.checkin").write_bytes(b"old")
    new = windows / "checkin" / "replicas"
    new.mkdir(parents=True)
    (new / "b.checkin").write_bytes(b"new")
    assert default_replica_folder() == new
    assert (old / "a.checkin").read_bytes() == b"old" and (new / "b.checkin").read_bytes() == b"new"


def test_macos_keeps_them_in_application_support(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME"):  # a Mac has none; platformdirs would follow them
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    support = tmp_path / "Library" / "Application Support" / "checkin"
    assert data_dir() == support
    assert default_replica_folder() == support / "replicas"


def test_linux_keeps_them_in_the_xdg_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.unix.Unix)
    assert data_dir() == tmp_path / "share" / "checkin"
    assert default_replica_folder() == tmp_path / "share" / "checkin" / "replicas"
