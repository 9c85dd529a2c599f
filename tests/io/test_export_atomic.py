"""Bad output paths give a clear refusal; no half-written file is ever left under the final name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checkin.cli import run
from checkin.core.session import EventSession
from checkin.io import atomic_write
from checkin.io.atomic_write import OutputError, OutputProblem, atomic_output
from checkin.io.export_attendance import ExportRefused, export_attendance
from tests.unprivileged import read_only_folder, shared_folder, without_root


def test_missing_folder_is_refused_before_any_work(sample_session: EventSession, tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        export_attendance(sample_session.store, tmp_path / "missing" / "out.xlsx")
    assert caught.value.problem is OutputProblem.MISSING_FOLDER


def test_a_folder_as_output_is_refused(sample_session: EventSession, tmp_path: Path) -> None:
    (tmp_path / "out.xlsx").mkdir()
    with pytest.raises(OutputError) as caught:
        export_attendance(sample_session.store, tmp_path / "out.xlsx")
    assert caught.value.problem is OutputProblem.IS_FOLDER


@pytest.mark.parametrize("marker", ["~$out.xlsx", ".~lock.out.xlsx#"])
def test_a_file_open_in_excel_or_libreoffice_is_refused_and_kept(
        sample_session: EventSession, tmp_path: Path, marker: str) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the organiser's open copy")
    (tmp_path / marker).write_text("lock")
    with pytest.raises(OutputError) as caught:
        export_attendance(sample_session.store, target)
    assert caught.value.problem is OutputProblem.LOCKED
    assert target.read_bytes() == b"the organiser's open copy"


def test_a_folder_without_write_permission_is_refused(sample_session: EventSession) -> None:
    with shared_folder() as shared, read_only_folder(shared) as folder:
        with without_root(), pytest.raises(OutputError) as caught:
            export_attendance(sample_session.store, folder / "out.csv")
        assert caught.value.problem is OutputProblem.NOT_WRITABLE
        assert list(folder.iterdir()) == []


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("disk pulled")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_cancel_from_progress_leaves_nothing(sample_session: EventSession, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        export_attendance(sample_session.store, tmp_path / "out.xlsx", progress=progress)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".xlsx", ".part"))]


def test_locked_replace_on_windows_is_reported_as_locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    error = PermissionError(13, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]

    def refuse(*args: object) -> None:
        raise error

    monkeypatch.setattr(os, "replace", refuse)
    clock = iter(range(0, 1000, 1))  # a second an attempt: the patience runs out at once
    monkeypatch.setattr(atomic_write, "_clock", lambda: next(clock))
    monkeypatch.setattr(atomic_write, "_sleep", lambda seconds: None)
    with pytest.raises(OutputError) as caught, atomic_output(tmp_path / "out.xlsx") as temporary:
        temporary.write_text("x")
    assert caught.value.problem is OutputProblem.LOCKED
    assert list(tmp_path.iterdir()) == []


def test_unknown_suffix_is_refused(sample_session: EventSession, tmp_path: Path) -> None:
    with pytest.raises(ExportRefused) as caught:
        export_attendance(sample_session.store, tmp_path / "out.docx")
    assert caught.value.reason == ExportRefused.UNKNOWN_FORMAT


def test_cli_prints_one_clear_line(sample_event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert run(["export", str(sample_event_path), "-o", str(tmp_path / "nowhere" / "a.xlsx")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "does not exist" in error and "nowhere" in error
    assert run(["export", str(sample_event_path), "-o", str(tmp_path / "a.csv"), "--delimiter", "|"]) == 2
    assert "--delimiter" in capsys.readouterr().err
    assert run(["export", str(sample_event_path), "-o", str(tmp_path / "a.csv"), "--delimiter", ";"]) == 0
    assert "attendees" in capsys.readouterr().out
    assert (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()[0].count(";") > 10
