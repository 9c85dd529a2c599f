"""Double-clicking an event file: Explorer runs `checkin.exe "C:\\...\\Geneva 2018.checkin"`, Finder
sends the running app a file-open event. Either way that event opens at the desk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from checkin.cli import COMMANDS, desk_arguments

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("path", [
    r"C:\Users\Anne Dupont\OneDrive\Documents\Geneva 2018.checkin",
    r"\\fileserver\events\geneva.CHECKIN",
    "/Users/anne/Desktop/Genève #2 %41.checkin",
    "/home/anne/Конференция.checkin",
    "postgresql://desk@192.168.1.10/geneva2018",
])
def test_a_bare_event_as_the_only_argument_opens_the_desk(path: str):
    assert desk_arguments([path]) == ["desk", path]


def test_an_existing_file_of_any_name_opens_the_desk(tmp_path: Path):
    event = tmp_path / "geneva 2018 (copy)"
    event.write_bytes(b"")
    assert desk_arguments([str(event)]) == ["desk", str(event)]


@pytest.mark.parametrize("argv", [[], ["scan", "x.checkin", "CODE"], ["serach", "x"], ["--version"], ["-h"],
                                  ["desk", "x.checkin"], ["demo"]])
def test_commands_options_and_typos_are_left_to_the_parser(argv: list[str]):
    assert desk_arguments(argv) == argv


def test_a_command_name_wins_over_a_file_of_that_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stats").write_bytes(b"")
    assert desk_arguments(["stats", "x.checkin"]) == ["stats", "x.checkin"]
    assert "stats" in COMMANDS


def test_the_process_number_older_macos_passes_is_dropped():
    assert desk_arguments(["-psn_0_1234567"]) == []
    assert desk_arguments(["-psn_0_1234567", "/Users/anne/geneva.checkin"]) == ["desk", "/Users/anne/geneva.checkin"]


def desk_environment(home: Path) -> dict[str, str]:
    """The desk in a process of its own: settings, data and log under `home`, quitting once drawn."""
    return {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
            "QT_QPA_PLATFORM": "offscreen", "CHECKIN_EXIT_WHEN_READY": "1"}


def test_the_real_command_opens_a_double_clicked_event(sample_event_path: Path, tmp_path: Path):
    folder = tmp_path / "Événements 2018 Конференция"
    folder.mkdir()
    event = folder / "Genève 2018 — desk.checkin"
    shutil.copyfile(sample_event_path, event)
    home = tmp_path / "home"
    result = subprocess.run([sys.executable, "-m", "checkin", str(event)], env=desk_environment(home), cwd=REPO,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    settings = QSettings(str(home / "config" / "checkin" / "checkin.conf"), QSettings.Format.IniFormat)
    assert settings.value("events/last") == str(event)
