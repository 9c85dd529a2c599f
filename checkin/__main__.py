"""`python -m checkin` and the `checkin` command."""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    # In the frozen bundle a ticket worker process is this same program started again: this makes it
    # run the worker and exit instead of opening the app (a no-op when not frozen).
    multiprocessing.freeze_support()
    from checkin.cli import run
    from checkin.console import use_utf8_streams

    use_utf8_streams()

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
