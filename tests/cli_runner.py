"""Running the `checkin` command in-process, as the command-line tests do."""

from __future__ import annotations

import pytest

from checkin.cli import run


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `checkin ARGS…`."""
    status = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err
