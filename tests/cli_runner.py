"""Running the `checkin` command in-process, as the command-line tests do."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.cli import run
from checkin.core.models import Attendee
from checkin.store import open_event


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `checkin ARGS…`."""
    status = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def stored_attendees(path: Path) -> list[Attendee]:
    """Everyone in the event file, read back as another program would after the command."""
    store = open_event(path)
    try:
        return store.attendees()
    finally:
        store.close()
