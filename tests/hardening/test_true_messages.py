"""Each failure names its real cause: a full disk, a damaged file, a folder, a file another program locks."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.store import open_event
from tests.cli_runner import cli


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 600 kB file system (tmpfs), so that the disk really fills up."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to mount a small tmpfs: {mounted.stderr.strip()}")
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


def new_event(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    assert cli(capsys, "new", path, "--title", "T", "--date", "2026-05-04")[0] == 0
    source = path.parent / "list.csv"
    source.write_text("Given name,Family name\nAda,Lovelace\n", encoding="utf-8")
    assert cli(capsys, "import", path, source)[0] == 0
    with open_event(path) as store:
        return store.attendees()[0].code


def test_a_full_disk_is_called_full(small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = small_disk / "e.checkin"
    code = new_event(capsys, event)
    fill(small_disk)
    for command in (["scan", event, code], ["new", small_disk / "f.checkin", "--title", "T", "--date", "2026-05-04"]):
        status, _out, err = cli(capsys, *command)
        assert status == 2
        assert "disk is full" in err and "cannot be reached" not in err, err
    (small_disk / "filler").unlink()
    status, _out, err = cli(capsys, "scan", event, code)
    assert status == 0, err  # nothing was lost or damaged by the full disk


def test_a_damaged_event_file_is_called_damaged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = tmp_path / "e.checkin"
    code = new_event(capsys, event)
    data = bytearray(event.read_bytes())
    data[100:len(data)] = os.urandom(len(data) - 100)  # the header survives, the pages do not
    event.write_bytes(bytes(data))
    status, _out, err = cli(capsys, "scan", event, code)
    assert status == 2
    assert "damaged" in err and "not a checkin event" not in err, err


def test_a_folder_is_called_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = tmp_path / "e.checkin"
    new_event(capsys, event)
    (tmp_path / "d.checkin").mkdir()
    (tmp_path / "people.xlsx").mkdir()
    for command in (["scan", tmp_path / "d.checkin", "X"], ["import", event, tmp_path / "people.xlsx"],
                    ["signin-import", event, tmp_path / "people.xlsx"], ["stats", tmp_path / "d.checkin"]):
        status, _out, err = cli(capsys, *command)
        assert status != 0
        assert "folder" in err and "no such file" not in err and "not a checkin event" not in err, (command, err)


def test_a_file_another_program_locks_is_called_locked(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to open a file another program holds (a sharing violation, winerror 32);
    simulated here at the seam where the event's header is read."""
    event = tmp_path / "e.checkin"
    code = new_event(capsys, event)
    real_open = Path.open

    def locked_open(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == event:
            error = PermissionError(13, "The process cannot access the file because it is being used by "
                                        "another process", str(self))
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    status, _out, err = cli(capsys, "scan", event, code)
    assert status == 2
    assert "another program" in err and "read-only" not in err and "cannot be reached" not in err, err


def test_an_export_onto_a_file_another_program_holds_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    event = tmp_path / "e.checkin"
    new_event(capsys, event)
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"open in Excel")

    def locked_replace(source: str, destination: str) -> None:
        error = PermissionError(13, "Access is denied", str(destination))
        error.winerror = 32  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(os, "replace", locked_replace)
    status, _out, err = cli(capsys, "export", event, "-o", target)
    assert status == 2
    assert "open in" in err and "close it" in err, err
    assert target.read_bytes() == b"open in Excel"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]
