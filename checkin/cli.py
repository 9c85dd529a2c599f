"""The `checkin` command: a thin face over core, store, io and badges.

Each subcommand lives in its own module under `checkin.commands` and offers
`register(subparsers)`; this module only builds the parser, runs the command
and turns failures into one clear line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from checkin import APP_NAME, __version__
from checkin.commands.messages import CommandError, describe_failure

# Order is the order of `checkin --help`.
COMMAND_MODULES = (
    "checkin.commands.desk",
    "checkin.commands.new",
    "checkin.commands.import_",
    "checkin.commands.badges",
    "checkin.commands.namecards",
    "checkin.commands.scan",
    "checkin.commands.undo",
    "checkin.commands.search",
    "checkin.commands.stats",
    "checkin.commands.tickets",
    "checkin.commands.invite",
    "checkin.commands.export",
    "checkin.commands.signin_sheet",
    "checkin.commands.signin_import",
    "checkin.commands.purge",
    "checkin.commands.publish",
    "checkin.commands.selftest",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="The registration desk of a conference. Without a command, opens the desk app.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            # A command whose optional parts are not installed stays out of the menu.
            if error.name and error.name.startswith("checkin"):
                raise
            continue
        module.register(subparsers)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["desk", *argv])
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except CommandError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.status
    except Exception as error:  # no traceback reaches a user
        if os.environ.get("CHECKIN_DEBUG"):
            raise
        print(f"{APP_NAME}: {describe_failure(error)}", file=sys.stderr)
        return 2
