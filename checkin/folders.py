"""Where the desk keeps its own files: one folder per user, and its log.

Windows: %LOCALAPPDATA%\\checkin (logs in its Logs folder); macOS: ~/Library/Application Support/checkin
(logs in ~/Library/Logs/checkin, where Console finds them); Linux: ~/.local/share/checkin (logs in
~/.local/state/checkin/log). Event files live wherever the organiser saves them, never here.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from checkin import APP_NAME


def _dirs(appauthor: str | bool | None = False) -> platformdirs.PlatformDirs:
    # Without appauthor=False, platformdirs puts a publisher folder of the same name in between on
    # Windows: %LOCALAPPDATA%\checkin\checkin.
    return platformdirs.PlatformDirs(APP_NAME, appauthor=appauthor)


def data_folder() -> Path:
    folder = _dirs().user_data_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_folder() -> Path:
    return _dirs().user_log_path


def data_subfolder(name: str) -> Path:
    """`name` in the data folder, where the desk keeps it since it has one folder on Windows; what an
    earlier version left in %LOCALAPPDATA%\\checkin\\checkin moves there (queued check-ins included)."""
    folder = data_folder() / name
    earlier = _dirs(appauthor=None).user_data_path / name
    if earlier != folder and earlier.is_dir() and not folder.exists():
        try:
            earlier.rename(folder)
        except OSError:  # held open by a desk of the earlier version still running: use it where it is
            return earlier
        try:
            earlier.parent.rmdir()  # the publisher folder, when it held nothing else
        except OSError:
            pass
    return folder
