"""Start the desk exactly as `checkin EVENT` does, with the test probe listening (run by the desk harness).

    python tests/desk/desk_app.py [EVENT] --probe SOCKET [--set KEY=JSON ...]

Settings are written through the desk's own Settings before it starts, so the desk reads them as it would
after an organiser chose them. The environment (DISPLAY, XDG_CONFIG_HOME, XDG_DATA_HOME) comes from the harness.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
faulthandler.enable()  # a crash prints where it happened on stderr, which the harness shows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("event", nargs="?")
    parser.add_argument("--probe", required=True)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=JSON")
    args = parser.parse_args()

    from checkin.ui import settings as keys
    from checkin.ui.app import create_app, run_app
    from checkin.ui.settings import Settings

    create_app()  # run_app takes this one: the probe needs an application to listen in
    settings = Settings()
    declared = {value.key: value for value in vars(keys).values() if isinstance(value, keys.Setting)}
    for item in args.set:
        key, _, value = item.partition("=")
        settings.set(declared[key], json.loads(value))

    from tests.desk.probe import Probe

    probe = Probe(args.probe)  # noqa: F841 - listens for the lifetime of the app
    return run_app(args.event, demo=False)


if __name__ == "__main__":
    sys.exit(main())
