"""What a crash leaves behind (half-written exports and badge runs, printed badges in the temporary
folder) holds names and working QR codes: the next start and a purge remove it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.cli_runner import cli


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)
    return home


def minutes_ago(*paths: Path) -> None:
    """As they are found at the next start, some minutes after the crash."""
    then = time.time() - 600
    for path in paths:
        os.utime(path, (then, then))


def killed_mid_run(args: list[str], folder: Path, env: dict[str, str]) -> list[Path]:
    """Run `checkin ARGS` and kill -9 it once its temporary .part file is there."""
    process = subprocess.Popen([sys.executable, "-m", "checkin", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    parts: list[Path] = []
    while time.monotonic() < deadline and not parts and process.poll() is None:
        parts = [p for p in folder.iterdir() if p.name.endswith(".part")]
        time.sleep(0.005)  # a subprocess, not a qtbot wait: polling the file system is the point
    process.send_signal(signal.SIGKILL)
    process.wait()
    return parts


def test_a_killed_badge_run_and_export_leave_nothing_after_the_next_start(
        sample_event_path: Path, tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ}
    left = killed_mid_run(["badges", str(sample_event_path), "-o", str(out / "badges.pdf")], out, env)
    left += killed_mid_run(["export", str(sample_event_path), "-o", str(out / "all.pdf")], out, env)
    assert left, "the runs were killed before they wrote anything"
    assert [p for p in out.iterdir() if p.name.endswith(".part")]
    printing = Path(tempfile.mkdtemp(prefix="checkin-print-"))
    (printing / "badge-7.pdf").write_bytes(b"%PDF- a badge with a name and a QR code")
    minutes_ago(*out.iterdir(), printing)
    status, _out, _err = cli(capsys, "stats", sample_event_path)  # any next start
    assert status == 0
    assert [p.name for p in out.iterdir()] == []
    assert not printing.exists()


def test_purge_removes_leftovers_too(sample_event_path: Path, tmp_path: Path, data_home: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from checkin.io.leftovers import remember_output_folder

    out = tmp_path / "exports"
    out.mkdir()
    remember_output_folder(out)
    stale = out / ".all-ab12cd34.xlsx.part"
    stale.write_bytes(b"names")
    minutes_ago(stale)
    assert cli(capsys, "purge", sample_event_path, "--yes")[0] == 0
    assert not stale.exists()


def test_a_running_export_keeps_its_part_file(tmp_path: Path, data_home: Path) -> None:
    from checkin.io.atomic_write import atomic_output
    from checkin.io.leftovers import clean_leftovers

    with atomic_output(tmp_path / "report.csv") as part:
        part.write_text("being written")
        clean_leftovers()  # another program starting meanwhile
        assert part.exists()
    assert (tmp_path / "report.csv").read_text() == "being written"


def test_a_badge_run_of_another_program_keeps_its_pages_while_a_command_starts(tmp_path: Path,
                                                                              data_home: Path) -> None:
    """Two programs on one laptop: the badge renderer's own page file is in use, not a crash's leftover."""
    from badges.streaming import open_output
    from checkin.io.leftovers import clean_leftovers, remember_output_folder

    remember_output_folder(tmp_path)
    with open_output(tmp_path / "badges.pdf") as handle:
        handle.write(b"%PDF- the first pages")
        clean_leftovers()  # `checkin stats` started by the organiser meanwhile
        handle.write(b" and the rest")
    assert (tmp_path / "badges.pdf").read_bytes() == b"%PDF- the first pages and the rest"


def test_a_part_file_just_made_is_not_taken_before_its_writer_holds_it(tmp_path: Path, data_home: Path) -> None:
    from checkin.io.leftovers import clean_leftovers, remember_output_folder

    remember_output_folder(tmp_path)
    fresh = tmp_path / ".report-ab12cd34.csv.part"
    fresh.write_bytes(b"")  # created a moment ago; its writer is about to lock it
    clean_leftovers()
    assert fresh.exists()
    stale = tmp_path / ".old-ab12cd34.csv.part"
    stale.write_bytes(b"names")
    minutes_ago(stale)
    clean_leftovers()
    assert not stale.exists() and fresh.exists()
