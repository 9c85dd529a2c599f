"""Replacing a file on Windows while another program holds it for a moment.

Windows refuses a rename onto (or of) a file another program has open without sharing its deletion:
Defender or the search indexer reading a report just written, for a fraction of a second; Excel with
the old report, for as long as it is open. POSIX systems never refuse, so the refusal is simulated at
the rename: PermissionError with `winerror` 32 (ERROR_SHARING_VIOLATION), 33 (ERROR_LOCK_VIOLATION)
or 5 (ERROR_ACCESS_DENIED, what MoveFileEx answers when the target is open), as Python raises it there.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import badges.streaming
from checkin.io import atomic_write
from checkin.io.atomic_write import OutputError, OutputProblem, atomic_output, replace_file
from checkin.ui.app import fresh_sample


class HeldFile:
    """os.replace as Windows answers while another program holds the file, `times` times, then lets go."""

    def __init__(self, times: int, winerror: int = 32) -> None:
        self.times, self.winerror, self.calls = times, winerror, 0

    def __call__(self, source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        self.calls += 1
        if self.calls <= self.times:
            error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                                  "by another process", str(target))
            error.winerror = self.winerror  # type: ignore[attr-defined]
            raise error
        os_replace(source, target)


os_replace = os.replace


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses between attempts, recorded instead of slept; the clock moves by each one."""
    slept: list[float] = []
    now = [1000.0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    for module in (atomic_write, badges.streaming):
        monkeypatch.setattr(module, "_sleep", sleep)
        monkeypatch.setattr(module, "_clock", lambda: now[0])
    return slept


@pytest.mark.parametrize("winerror", [32, 33, 5])
def test_a_file_held_for_a_moment_is_replaced_once_it_is_let_go(tmp_path: Path, monkeypatch, waits, winerror):
    held = HeldFile(times=3, winerror=winerror)
    monkeypatch.setattr(atomic_write, "_rename", held)
    target = tmp_path / "attendance.xlsx"
    target.write_bytes(b"yesterday's report")
    with atomic_output(target) as temporary:
        temporary.write_bytes(b"today's report")
    assert target.read_bytes() == b"today's report"
    assert held.calls == 4 and len(waits) == 3 and sum(waits) < 1
    assert [p.name for p in tmp_path.iterdir()] == ["attendance.xlsx"]


def test_a_file_held_open_in_excel_is_reported_locked_and_kept(tmp_path: Path, monkeypatch, waits):
    held = HeldFile(times=1_000)
    monkeypatch.setattr(atomic_write, "_rename", held)
    target = tmp_path / "attendance.xlsx"
    target.write_bytes(b"the organiser's open copy")
    with pytest.raises(OutputError) as caught, atomic_output(target) as temporary:
        temporary.write_bytes(b"today's report")
    assert caught.value.problem is OutputProblem.LOCKED
    assert target.read_bytes() == b"the organiser's open copy"
    assert [p.name for p in tmp_path.iterdir()] == ["attendance.xlsx"]
    assert 1.5 <= sum(waits) <= 3  # a couple of seconds, then the desk says so
    assert held.calls > 3


def test_a_refusal_that_will_not_pass_is_not_waited_for(tmp_path: Path, monkeypatch, waits):
    """A read-only medium or a missing permission answers the same on every try."""
    calls = []

    def read_only(source: object, target: object) -> None:
        calls.append(target)
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic_write, "_rename", read_only)
    with pytest.raises(OutputError) as caught, atomic_output(tmp_path / "out.csv") as temporary:
        temporary.write_text("x")
    assert caught.value.problem is OutputProblem.NOT_WRITABLE
    assert len(calls) == 1 and waits == []


def test_replace_file_is_the_plain_rename_where_nothing_holds_the_file(tmp_path: Path, waits):
    source, target = tmp_path / "new", tmp_path / "old"
    source.write_text("new")
    target.write_text("old")
    replace_file(source, target)
    assert target.read_text() == "new" and not source.exists() and waits == []


def test_a_badge_pdf_written_by_the_badges_package_waits_for_a_held_file(tmp_path: Path, monkeypatch, waits):
    held = HeldFile(times=2)
    monkeypatch.setattr(badges.streaming, "_rename", held)
    target = tmp_path / "badges.pdf"
    with badges.streaming.open_output(target) as handle:
        handle.write(b"%PDF-1.4 badges")
    assert target.read_bytes() == b"%PDF-1.4 badges"
    assert held.calls == 3 and len(waits) == 2


def test_the_sample_event_cache_waits_for_a_held_file(tmp_path: Path, monkeypatch, waits):
    """Defender reads the sample event the desk just built before it is renamed into the cache."""
    held = HeldFile(times=2)
    monkeypatch.setattr(atomic_write, "_rename", held)
    copy = fresh_sample(tmp_path)
    assert copy.stat().st_size > 0 and held.calls == 3
    assert [p.suffix for p in (tmp_path / "cache").iterdir()] == [".checkin"]
