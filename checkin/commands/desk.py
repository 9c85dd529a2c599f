"""`checkin` (the desk app, optionally on EVENT) and `checkin demo` (on a fresh sample event)."""

from __future__ import annotations

import argparse

from checkin.commands.messages import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    desk = subparsers.add_parser("desk", help="open the desk app (the default without a command)")
    desk.add_argument("event", metavar="EVENT", nargs="?", help="event to open (default: the last one)")
    demo = subparsers.add_parser("demo", help="open the desk app on a fresh copy of the sample event")
    for parser in (desk, demo):
        parser.add_argument("--camera", metavar="SOURCE",
                            help="scan with this camera (number or name) or a recorded video, for this run")
    desk.set_defaults(func=run_desk, demo=False)
    demo.set_defaults(func=run_desk, demo=True, event=None)


def run_desk(args: argparse.Namespace) -> int:
    try:
        from checkin.ui.app import run_app
        from checkin.ui.widgets.camera_pane import CameraPane
    except ImportError as error:
        raise CommandError(f"the desk app cannot start: {error}") from error
    CameraPane.run_source = getattr(args, "camera", None)
    return run_app(event=args.event, demo=args.demo)
