"""Sentences of the command line: what failed, named by file, row or code."""

from __future__ import annotations

import errno
import os
import sqlite3

from checkin.store import errors


class CommandError(Exception):
    """A failure the command already put into words; `status` is the exit code."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def describe_store_error(error: errors.StoreError) -> str:
    where = error.location
    if isinstance(error, errors.EventNotFound):
        if error.detail == "folder":
            return f"the folder {where} does not exist"
        return f"no event at {where} (create one with `checkin new`)"
    if isinstance(error, errors.EventExists):
        return f"{where} already exists; choose another name or open it instead"
    if isinstance(error, errors.NotAnEvent):
        if error.detail == "folder":
            return f"{where} is a folder, not an event file; give the .checkin file inside it"
        return f"{where} is not a checkin event file"
    if isinstance(error, errors.UnsafeFolder):
        return (f"{where} is in {error.where}: a sync client or a network drive can damage an event file "
                "that is open; move it to a folder on this computer (the desk app does it in one click) "
                "or share it with `checkin publish`. Nothing was changed")
    if isinstance(error, errors.EventDamaged):
        return (f"{where} is damaged ({error.detail}); nothing was changed. Open your last copy of it, "
                "or a desk's rescued copy")
    if isinstance(error, errors.DiskFull):
        return f"{where}: the disk is full; nothing was changed. Free some space, then try again"
    if isinstance(error, errors.EventLocked):
        return (f"{where} is locked by another program (a sync client, an antivirus, another window of "
                "checkin); close it there, then try again")
    if isinstance(error, errors.NewerSchema):
        return (f"{where} was saved by a newer version of checkin (format {error.found}, this one reads up to "
                f"{error.known}); update checkin to open it")
    if isinstance(error, errors.EventReadOnly):
        return f"{where} is read-only; copy it to a folder where you can write"
    if isinstance(error, errors.EventBusy):
        return f"{where} is busy: another program is writing to it; try again in a moment"
    if isinstance(error, errors.EventReplaced):
        kept = (f"; what this program saved is in {error.rescued}" if error.rescued
                else "; nothing of this program's was lost")
        return (f"{where}: {error.detail}; nothing more was written to it{kept}. "
                "Close the desk before copying or moving an event file")
    if isinstance(error, errors.EventUnavailable):
        return f"{where} cannot be reached ({error.detail or 'removed, disconnected or down'})"
    return f"{where}: {error.detail}"


def describe_os_error(error: OSError) -> str:
    """The operating system's refusal by its real cause: a folder, a full disk, another program's lock."""
    name = error.filename or "a file"
    if isinstance(error, IsADirectoryError) or (error.filename and os.path.isdir(error.filename)):
        return f"{name} is a folder, not a file"
    if getattr(error, "winerror", None) in (32, 33):
        return f"{name} is open in another program; close it there, then try again"
    if error.errno == errno.ENOSPC:
        return f"the disk is full while writing {name}; free some space, then try again"
    if isinstance(error, FileNotFoundError):
        return f"{name}: no such file"
    if isinstance(error, PermissionError):
        return f"{name}: permission denied"
    return f"{name}: {error.strerror or error}"


def describe_failure(error: BaseException) -> str:
    """Words for any failure that reached the command line."""
    if isinstance(error, errors.StoreError):
        return describe_store_error(error)
    if isinstance(error, OSError):
        return describe_os_error(error)
    if isinstance(error, sqlite3.Error):
        return f"the event file failed: {error}"
    return f"unexpected failure ({type(error).__name__}: {error}); nothing was changed by the failed step"
