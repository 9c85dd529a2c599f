"""Folders an event file must not be written in: synced folders and network drives.

SQLite keeps a write-ahead log and a shared-memory index beside the event. A sync client
(OneDrive, which holds Desktop and Documents by default on Windows 11; iCloud Drive; Dropbox;
Google Drive) uploads and replaces these files on its own schedule, and network file systems
(UNC paths, mapped drives, NFS or SMB mounts) do not keep SQLite's locks: either may damage an
event or lose check-ins. Such a location is refused for writing; the desk offers to move the
file to this computer. The platform facts are seams (`_platform`, `_environ`, `_drive_type`,
`_mounts`) so that each system's behaviour is tested on any of them.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath

_platform = sys.platform
_environ: Mapping[str, str] = os.environ

# Folder names the sync clients give their roots (and macOS's ~/Library/CloudStorage entries start with).
_SYNCED_NAMES = {"onedrive": "OneDrive", "icloud drive": "iCloud Drive", "iclouddrive": "iCloud Drive",
                 "com~apple~clouddocs": "iCloud Drive", "dropbox": "Dropbox", "google drive": "Google Drive",
                 "my drive": "Google Drive", "googledrive": "Google Drive", "pcloud drive": "pCloud"}
_NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afpfs", "webdav", "davfs",
                         "fuse.rclone", "9p", "ncpfs", "fuse.gvfsd-fuse"}
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _drive_type(path: PurePath) -> int:
    """Windows' type of the drive holding `path` (4: a network drive)."""
    if not sys.platform.startswith("win"):
        return 0
    import ctypes

    root = f"{path.drive}\\" if path.drive else None
    return int(ctypes.windll.kernel32.GetDriveTypeW(root)) if root else 0  # type: ignore[attr-defined]


def _mounts() -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount (Linux)."""
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            return [(fields[1].replace("\\040", " "), fields[2]) for fields in
                    (line.split() for line in handle) if len(fields) >= 3]
    except OSError:
        return []


def synced_or_network(path: Path) -> str | None:
    """What makes `path` unsafe for an event file ("OneDrive", "a network drive"…), or None."""
    absolute = PurePath(os.path.abspath(path)) if _platform == sys.platform else PurePath(path)
    text = str(absolute)
    if _platform.startswith("win"):
        if text.startswith(("\\\\", "//")):
            return "a network folder"
        if _drive_type(absolute) == _DRIVE_REMOTE:
            return "a network drive"
        for variable in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
            root = _environ.get(variable)
            if root and _inside(text, root):
                return "OneDrive"
    elif _platform == "darwin":
        home = _environ.get("HOME", "")
        for root, name in ((f"{home}/Library/Mobile Documents", "iCloud Drive"),
                           (f"{home}/Library/CloudStorage", "a cloud storage folder")):
            if home and _inside(text, root):
                return _service_in(absolute) or name
        if text.startswith("/Volumes/") and _is_network_mount(text):
            return "a network drive"
        # iCloud's "Desktop & Documents Folders" keeps the usual paths but syncs them.
        synced_desktop = home and Path(home, "Library/Mobile Documents/com~apple~CloudDocs/Desktop").exists()
        if synced_desktop and (_inside(text, f"{home}/Desktop") or _inside(text, f"{home}/Documents")):
            return "iCloud Drive"
    elif _is_network_mount(text):
        return "a network folder"
    return _service_in(absolute)


def _inside(text: str, root: str) -> bool:
    folded, root = text.casefold().replace("\\", "/"), root.casefold().replace("\\", "/").rstrip("/")
    return folded == root or folded.startswith(root + "/")


def _service_in(path: PurePath) -> str | None:
    for part in path.parts[:-1]:
        folded = part.casefold()
        for name, service in _SYNCED_NAMES.items():
            if folded == name or folded.startswith(f"{name} - ") or folded.startswith(f"{name}-"):
                return service
    return None


def _is_network_mount(text: str) -> bool:
    best = ("", "")
    for point, kind in _mounts():
        if _inside(text, point) and len(point) > len(best[0]):
            best = (point, kind)
    return best[1] in _NETWORK_FILE_SYSTEMS


def local_events_folder() -> Path:
    """A folder on this computer that no sync client watches (not Documents: OneDrive holds it)."""
    import platformdirs

    return platformdirs.user_data_path("checkin") / "events"


def move_to_this_computer(path: Path, folder: Path | None = None) -> Path:
    """Copy the event whole (log included) into `folder`, then remove the synced original.

    Returns the new path. The original is kept if it cannot be removed (another program holds it).
    """
    from checkin.store.file_identity import sqlite_uri

    folder = folder or local_events_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem} ({number}){path.suffix}"
    source = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            break
    return target
