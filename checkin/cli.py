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
from pathlib import Path

from checkin import APP_NAME, __version__
from checkin.commands.messages import CommandError, describe_failure
from checkin.commands.secrets import redacted_output
from checkin.store import EVENT_SUFFIX, is_server_url

# Command name → the module that implements it. Order is the order of `checkin --help`.
COMMANDS = {
    "desk": "checkin.commands.desk",
    "demo": "checkin.commands.desk",
    "new": "checkin.commands.new",
    "import": "checkin.commands.import_",
    "fetch-mail": "checkin.commands.fetch_mail",
    "badges": "checkin.commands.badges",
    "namecards": "checkin.commands.namecards",
    "scan": "checkin.commands.scan",
    "undo": "checkin.commands.undo",
    "search": "checkin.commands.search",
    "stats": "checkin.commands.stats",
    "programme": "checkin.commands.programme",
    "loan": "checkin.commands.loan",
    "loans": "checkin.commands.loan",
    "tickets": "checkin.commands.tickets",
    "invite": "checkin.commands.invite",
    "export": "checkin.commands.export",
    "signin-sheet": "checkin.commands.signin_sheet",
    "signin-import": "checkin.commands.signin_import",
    "purge": "checkin.commands.purge",
    "publish": "checkin.commands.publish",
    "sync": "checkin.commands.sync",
    "selftest": "checkin.commands.selftest",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def desk_arguments(argv: list[str]) -> list[str]:
    """How the file manager opens a document: Explorer runs `checkin.exe "C:\\...\\Geneva.checkin"`, and
    older macOS adds its process number (`-psn_0_123`) to an app started from the Finder."""
    argv = [argument for argument in argv if not argument.startswith("-psn_")]
    if argv and argv[0] not in COMMANDS and _names_an_event(argv[0]):
        return ["desk", *argv]
    return argv


def _names_an_event(argument: str) -> bool:
    if argument.startswith("-"):
        return False
    return argument.lower().endswith(EVENT_SUFFIX) or is_server_url(argument) or Path(argument).is_file()


def modules_needed(argv: list[str]) -> tuple[str, ...]:
    """Only the module of the command asked for: the others pull in ReportLab, openpyxl and the
    mail stack, which a desk start or a scan should not wait for. Help and typos get them all."""
    if not argv:
        return (COMMANDS["desk"],)
    if argv[0] in COMMANDS:
        return (COMMANDS[argv[0]],)
    if argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        return ()
    return COMMAND_MODULES


def build_parser(modules: tuple[str, ...] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="The registration desk of a conference. Without a command, opens the desk app.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in modules:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            # A command whose optional parts are not installed stays out of the menu.
            if error.name and error.name.startswith("checkin"):
                raise
            continue
        module.register(subparsers)
    return parser


def _clean_leftovers() -> None:
    """Half-written exports and printed badges of a crashed run hold names: gone at the next start."""
    try:
        from checkin.io.leftovers import clean_leftovers

        clean_leftovers()
    except Exception:  # never a reason for a command to fail
        pass


def run(argv: list[str]) -> int:
    with redacted_output(argv):
        return _run(desk_arguments(argv))


def _run(argv: list[str]) -> int:
    parser = build_parser(modules_needed(argv))
    args = parser.parse_args(argv)
    _clean_leftovers()
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
