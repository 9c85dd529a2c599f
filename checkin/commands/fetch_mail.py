"""`checkin fetch-mail EVENT --imap imaps://USER@HOST/FOLDER`: registration e-mails straight from the mailbox.

The new messages are copied into the event's mail copy (a Maildir beside the event file), then that
copy is imported exactly as `checkin import EVENT MAILDIR` would. The password comes from an
environment variable or is asked; it is never stored. `--watch` keeps looking until Ctrl+C.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path
from typing import NoReturn

from checkin.commands.common import EVENT_HELP, opened_session, print_json
from checkin.commands.import_ import describe_failure as describe_import_failure
from checkin.commands.import_mail import describe_message, describe_person, print_mail_report
from checkin.commands.messages import CommandError
from checkin.io import imap_address, imap_fetch
from checkin.io.imap_address import AddressError, MailboxAddress, parse_mailbox_address
from checkin.io.imap_fetch import FetchFailure, FetchOptions, FetchResult, MailboxSession
from checkin.io.import_report import ImportFailure
from checkin.io.mail_copy import MailCopy, copy_folder_for
from checkin.mail.plan_values import MailImportReport
from checkin.mail.registration_plan import apply_mail_import, plan_mail_import
from checkin.store import open_event

DEFAULT_INTERVAL = 60.0
DEFAULT_TIMEOUT = 60.0
# Failures that waiting will not mend: a watch stops on them instead of trying again.
LASTING = {imap_fetch.UNKNOWN_HOST, imap_fetch.CERTIFICATE_UNTRUSTED, imap_fetch.CAFILE_UNREADABLE,
           imap_fetch.NO_TLS, imap_fetch.NOT_IMAP, imap_fetch.LOGIN_FAILED, imap_fetch.NO_SUCH_FOLDER,
           imap_fetch.TLS_FAILED}

ADDRESS_WORDS = {
    imap_address.NOT_IMAP: "--imap {address}: write the mailbox as imaps://USER@HOST/FOLDER",
    imap_address.NO_USER: "--imap {address}: name the mailbox's user, as in imaps://USER@HOST/FOLDER",
    imap_address.NO_HOST: "--imap {address}: name the mail server, as in imaps://USER@HOST/FOLDER",
    imap_address.BAD_PORT: "--imap {address}: the port after the server's name must be a number (993 for imaps)",
    # The address is not repeated: it holds the password.
    imap_address.PASSWORD_IN_ADDRESS: "--imap: put no password in the mailbox's address (it would stay in the "
                                      "shell's history); give it with --password-env VAR, or let checkin ask",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fetch-mail", help="take the registration e-mails of an IMAP mailbox into the event",
        description="Copy the new messages of an IMAP mailbox into the event's mail copy (a folder beside the "
                    "event file, removed by `checkin purge`), then import them as `checkin import` imports a "
                    "Maildir. Messages are not marked as read. Fetching again takes only what is new, and a "
                    "fetch cut short goes on where it stopped.")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("--imap", required=True, metavar="URL",
                        help="the mailbox: imaps://USER@HOST[:PORT]/FOLDER (or imap://, which must offer STARTTLS)")
    parser.add_argument("--password-env", metavar="VAR",
                        help="read the password from this environment variable (default: ask for it)")
    parser.add_argument("--cafile", type=Path, metavar="FILE",
                        help="trust the server's certificate when this CA file (PEM) vouches for it: for a "
                             "server with a certificate of its own organisation")
    parser.add_argument("--allow-plaintext", action="store_true",
                        help="log in even when an imap:// server offers no encryption (the password travels "
                             "in clear: only for a server on this computer)")
    parser.add_argument("--accept-unsure", action="store_true",
                        help="import the people the reader is unsure of too (check them afterwards)")
    parser.add_argument("--dry-run", action="store_true",
                        help="fetch, then show what the import would change, changing nothing in the event")
    parser.add_argument("--watch", action="store_true",
                        help="keep fetching as messages arrive (IMAP IDLE, else every --interval) until Ctrl+C")
    parser.add_argument("--interval", type=float, default=DEFAULT_INTERVAL, metavar="SECONDS",
                        help=f"with --watch: how often to look when the server cannot say (default "
                             f"{DEFAULT_INTERVAL:g})")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"give up on a server silent this long (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--json", action="store_true",
                        help="print the report as one JSON document (with --watch, one line per round)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    address = _address(args)
    open_event(args.event).close()  # a wrong event is said before the password is asked for
    for option, value in (("--interval", args.interval), ("--timeout", args.timeout)):
        if not value > 0:
            _refuse(f"{option} must be a positive number of seconds", "bad_option", args.json)
    password = _password(args, address)
    options = FetchOptions(cafile=args.cafile, allow_plaintext=args.allow_plaintext, timeout=args.timeout)
    copy = MailCopy(copy_folder_for(args.event))
    session = MailboxSession(address, password, options)  # connects on its first fetch
    try:
        if args.watch:
            return _watch(args, session, copy)
        result = _fetch(args, session, copy)
    except BaseException:
        session.abandon()  # Ctrl+C mid-answer: a polite LOGOUT would wait behind the rest of it
        raise
    finally:
        session.close()  # before the import, which may take a while: the server need not wait for it
    _import_and_report(args, address, copy, result)
    return 0


def _watch(args: argparse.Namespace, session: MailboxSession, copy: MailCopy) -> int:
    first = True
    taken_before: list[Path] = []  # by a round cut short: imported with the next one
    try:
        while True:
            try:
                result = session.fetch_into(copy)
            except FetchFailure as failure:
                taken_before += failure.paths
                if failure.code in LASTING:
                    raise _failure(failure, args, session.address) from failure
                line = f"{_words(failure, args, session.address)}; trying again in {args.interval:g} s"
                if args.json:
                    print_json({"error": line, "code": failure.code, "fetched": failure.fetched,
                                "retry_in": args.interval}, compact=True)
                print(line, file=sys.stderr, flush=True)
                session.close()
                time.sleep(args.interval)
                continue
            if taken_before:
                result.paths = [*taken_before, *result.paths]
                result.fetched += len(taken_before)
                taken_before = []
            if first or result.fetched:
                # After the first round, only what came in is told: the mailbox's whole plan again would bury it.
                _import_and_report(args, session.address, copy, result, compact=True, only_new=not first)
            first = False
            try:
                session.wait_for_news(args.interval)
            except FetchFailure:
                session.close()  # the next round reconnects
    except KeyboardInterrupt:
        session.abandon()
        if not args.json:
            print(f"{session.address.label}: stopped watching")
        return 0


def _fetch(args: argparse.Namespace, session: MailboxSession, copy: MailCopy) -> FetchResult:
    try:
        return session.fetch_into(copy)
    except FetchFailure as failure:
        raise _failure(failure, args, session.address) from failure


def _import_and_report(args: argparse.Namespace, address: MailboxAddress, copy: MailCopy, result: FetchResult,
                       compact: bool = False, only_new: bool = False) -> None:
    fetched = _fetch_json(address, copy, result)
    report: MailImportReport | None = None
    if len(copy):
        try:
            with opened_session(args.event) as session:
                plan = plan_mail_import(session, copy.folder)
                if args.accept_unsure:
                    plan.accept_unsure()
                report = MailImportReport(plan, dry_run=True) if args.dry_run else apply_mail_import(session, plan)
        except ImportFailure as failure:
            line = describe_import_failure(failure)
            if args.json:
                print_json({"error": line, "code": failure.code, "file": failure.path}, compact=compact)
            raise CommandError(line) from failure
    if args.json:
        print_json({**fetched, "import": report.to_json() if report else None}, compact=compact)
        return
    print(_fetch_line(address, copy, result), flush=True)
    if report is not None and only_new:
        _print_new_messages(report, {path.name for path in result.paths})
    elif report is not None:
        print_mail_report(report)
    sys.stdout.flush()


def _print_new_messages(report: MailImportReport, names: set[str]) -> None:
    for message in report.plan.messages:
        if message.where.rsplit("/", 1)[-1] in names:
            print("  " + describe_message(message))
            for person in message.people:
                print("    " + describe_person(person))


def _fetch_json(address: MailboxAddress, copy: MailCopy, result: FetchResult) -> dict:
    return {"mailbox": address.label, "fetched": result.fetched, "recognised": result.recognised,
            "renumbered": result.renumbered, "on_server": result.on_server, "copy": str(copy.folder),
            "in_copy": len(copy)}


def _fetch_line(address: MailboxAddress, copy: MailCopy, result: FetchResult) -> str:
    new = f"{result.fetched} new message" + ("" if result.fetched == 1 else "s")
    line = f"{address.label}: {new} ({result.on_server} in the folder, {len(copy)} in the event's copy)"
    if result.renumbered:
        line += (f"; the server renumbered the folder, so it was read again: {result.recognised} messages "
                 "already here were recognised")
    return line


def _address(args: argparse.Namespace) -> MailboxAddress:
    try:
        return parse_mailbox_address(args.imap)
    except AddressError as error:
        _refuse(ADDRESS_WORDS[error.code].format(address=args.imap), error.code, args.json)


def _password(args: argparse.Namespace, address: MailboxAddress) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            _refuse(f"--password-env {args.password_env}: that environment variable is not set (or empty); set it "
                    "to the mailbox's password", "no_password", args.json)
        return value
    if not sys.stdin.isatty():
        _refuse(f"{address.label}: no password; give it in an environment variable with --password-env VAR, or "
                "run the command in a terminal to be asked", "no_password", args.json)
    try:
        return getpass.getpass(f"Password for {address.user} on {address.host}: ")
    except EOFError:
        _refuse(f"{address.label}: no password given", "no_password", args.json)


def _refuse(line: str, code: str, as_json: bool) -> NoReturn:
    if as_json:
        print_json({"error": line, "code": code})
    raise CommandError(line)


def _failure(failure: FetchFailure, args: argparse.Namespace, address: MailboxAddress) -> CommandError:
    line = _words(failure, args, address)
    if args.json:
        print_json({"error": line, "code": failure.code, "fetched": failure.fetched})
    return CommandError(line)


def _lost_because(detail: str, timeout: float) -> str:
    if "timeout" in detail.lower() or "timed out" in detail:
        return f"no answer for {timeout:g} s"
    if "EOF" in detail or "closed" in detail:
        return "the server closed it"
    return detail


def _words(failure: FetchFailure, args: argparse.Namespace, address: MailboxAddress) -> str:
    host, detail, label = address.host, failure.detail, address.label
    server = f"{host}:{address.port}"
    kept = (f"the {failure.fetched} new message{'s' if failure.fetched != 1 else ''} taken before are kept in "
            "the event's copy, and running it again goes on from there" if failure.fetched
            else "running it again goes on from where it stopped")
    words = {
        imap_fetch.UNKNOWN_HOST: f"{host}: no such mail server; check the spelling of the address, and that this "
                                 "computer is online",
        imap_fetch.UNREACHABLE: f"{server}: the mail server does not answer ({detail}); check the address and "
                                "port and the network, or try again later",
        imap_fetch.CERTIFICATE_UNTRUSTED: f"{host}: the server's certificate is not trusted ({detail}); nothing "
                                          "was fetched. If the server has a certificate of your organisation's "
                                          "own, ask for its CA file and give it with --cafile FILE",
        imap_fetch.CAFILE_UNREADABLE: f"--cafile {args.cafile}: not a certificate file that can be read (a PEM "
                                      "file, as your IT gives it)",
        imap_fetch.TLS_FAILED: f"{server}: no secure connection could be made ({detail}); check the port (993 "
                               "for imaps://, 143 for imap://)",
        imap_fetch.NO_TLS: f"{server}: the server offers no encryption (no STARTTLS), so the password would "
                           "travel in clear; use imaps://, or add --allow-plaintext for a server on this computer",
        imap_fetch.NOT_IMAP: f"{server}: what answers there is not a mail (IMAP) server ({detail})",
        imap_fetch.LOGIN_FAILED: f"{address.user} on {host}: the server refused the user name or the password "
                                 f"({detail}); check them (some providers want an app password)",
        imap_fetch.NO_SUCH_FOLDER: f"{label}: this mailbox has no folder '{address.folder}'; its folders are: "
                                   f"{detail}",
        imap_fetch.CONNECTION_LOST: f"{label}: the connection to the server was lost "
                                    f"({_lost_because(detail, args.timeout)}); {kept}",
        imap_fetch.SERVER_REFUSED: f"{label}: the server refused to hand over the messages ({detail}); {kept}",
    }
    line = words.get(failure.code, f"{label}: {failure.code} ({detail})")
    if failure.code in (imap_fetch.CONNECTION_LOST, imap_fetch.SERVER_REFUSED) and not args.watch:
        line += "; nothing was imported"
    return line
