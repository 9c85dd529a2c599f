"""The command's standard streams: UTF-8 whatever code page the console was given.

Windows gives a redirected or piped stream the ANSI code page (cp1252 in Western Europe): it has no
'ł', no Cyrillic, no Chinese, and printing such a name raised UnicodeEncodeError after the check-in
it reported was saved. A terminal keeps its own encoding, since it shows what it is sent; anything
a stream cannot carry becomes '?' rather than an error.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO


def use_utf8_streams() -> None:
    """Reconfigure the process's streams; called at start, before anything is read or written."""
    configure_streams(sys.stdin, sys.stdout, sys.stderr)


def configure_streams(stdin: TextIO | None, stdout: TextIO | None, stderr: TextIO | None) -> None:
    for stream in (stdout, stderr):
        if isinstance(stream, io.TextIOWrapper):  # None in a windowed program on Windows
            stream.reconfigure(encoding=stream.encoding if _is_terminal(stream) else "utf-8", errors="replace")
    if isinstance(stdin, io.TextIOWrapper) and not _is_terminal(stdin):
        # Notepad and PowerShell may start a UTF-8 file with a byte order mark: it is no part of a code.
        stdin.reconfigure(encoding="utf-8-sig", errors="replace")


def _is_terminal(stream: io.TextIOWrapper) -> bool:
    try:
        return stream.isatty()
    except ValueError:  # closed
        return False
