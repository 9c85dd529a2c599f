"""`checkin invite EVENT --smtp HOST[:PORT] --from ADDRESS`: e-mail every person their confirmation.

Confirmed people get the confirmation with their QR code inline and their ticket PDF attached;
waitlisted people get the waitlist notice; each in their language. Every message is logged in the
event as the server answers, so running the command again never sends anyone a second copy unless
asked (`--resend CODE`), and `--only-new` sends only to people who have not had theirs yet.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from checkin.commands.common import EVENT_HELP, opened_session, print_json
from checkin.commands.messages import CommandError
from checkin.mail import smtp_sender as smtp
from checkin.mail.campaign import ALREADY_SENT, BAD_EMAIL, NO_EMAIL, Outcome, Plan, make_plan, run_plan, test_send
from checkin.mail.credentials import NoPassword, resolve_password
from checkin.mail.messages import BadAddress, MessageBuilder, Sender, check_address, file_stem
from checkin.mail.send_log import SENT, SKIPPED, SendLog
from checkin.mail.templates import SETTING_KEY as TEMPLATES_SETTING
from checkin.mail.templates import TemplateSet
from checkin.mail.ticket_words import SETTING_KEY as WORDS_SETTING

SMTP_SETTING = "mail.smtp"
SENDER_SETTING = "mail.sender"

PREVIEW_COUNT = 5
SKIP_WORDS = {NO_EMAIL: "no e-mail address", BAD_EMAIL: "malformed e-mail address"}


def describe_smtp_error(error: smtp.SmtpError) -> str:
    where = f"{error.host}:{error.port}"
    words = {
        smtp.HOST_NOT_FOUND: f"the mail server {error.host} was not found (check the name, or the network)",
        smtp.REFUSED: f"{where} refused the connection (check the port, or whether the server is running)",
        smtp.TIMEOUT: f"{where} did not answer in time (a firewall, or the wrong port?)",
        smtp.TLS: f"the secure connection to {where} failed ({error.detail}); check --starttls / --ssl and the port",
        smtp.STARTTLS_UNSUPPORTED: f"{where} does not offer STARTTLS; try --ssl (port 465) or no encryption",
        smtp.AUTH: f"{where} refused the user name or password ({error.detail})",
        smtp.AUTH_UNSUPPORTED: f"{where} does not offer a login; leave out --user, or use --starttls",
        smtp.DISCONNECTED: f"{where} closed the connection and did not come back ({error.detail})",
    }
    return words.get(error.reason, f"{where} answered: {error.detail}")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "invite", help="e-mail confirmations with personal QR codes (and waitlist notices)",
        description="Send each registered person a confirmation with their QR code and ticket PDF, and each "
                    "waitlisted person the waitlist notice, in their language, through your own SMTP server.")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("--smtp", metavar="HOST[:PORT]", help="your mail server (default port: 25, 587 with "
                        "--starttls, 465 with --ssl)")
    parser.add_argument("--from", dest="sender", metavar="ADDRESS", help="the sender address people reply to")
    parser.add_argument("--name", default=None, help="the sender's name (default: the one used last time)")
    parser.add_argument("--user", default="", help="log in as this user")
    parser.add_argument("--password-env", metavar="VAR",
                        help="read the password from this environment variable (else the OS keyring, else asked)")
    security = parser.add_mutually_exclusive_group()
    security.add_argument("--starttls", action="store_true", help="upgrade the connection with STARTTLS")
    security.add_argument("--ssl", action="store_true", help="connect with TLS from the start (SMTPS)")
    parser.add_argument("--only-new", action="store_true",
                        help="send only to people who have not had their message yet (after a re-import)")
    parser.add_argument("--resend", nargs="+", metavar="CODE", help="send again to these people only")
    parser.add_argument("--no-waitlist", action="store_true", help="send confirmations only")
    parser.add_argument("--dry-run", action="store_true", help="show who would get what; send nothing")
    parser.add_argument("--preview", type=Path, metavar="DIR",
                        help=f"write the first {PREVIEW_COUNT} messages as .eml files to open in a mail program; "
                             "send nothing")
    parser.add_argument("--test-to", metavar="ADDRESS",
                        help="send one message of each kind and language to this address only (nothing is logged)")
    parser.add_argument("--rate", type=float, default=30.0, metavar="N", help="at most N messages a minute (30)")
    parser.add_argument("--retries", type=int, default=3, help="tries again after a temporary failure (3)")
    parser.add_argument("--timeout", type=float, default=smtp.DEFAULT_TIMEOUT, help="seconds to wait for the server")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="ticket PDF page size")
    parser.add_argument("--templates", type=Path, metavar="DIR", help="a folder of templates (see resources/mail)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def load_templates(store, folder: Path | None) -> TemplateSet:
    templates = TemplateSet.load(folder, store.get_setting(TEMPLATES_SETTING))
    problems = templates.check()
    if problems:
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        raise CommandError(f"{problems[0]}{more}; nothing was sent")
    return templates


def _sender(args: argparse.Namespace, store) -> Sender:
    saved = store.get_setting(SENDER_SETTING) or {}
    address = args.sender or saved.get("address", "")
    if not address:
        raise CommandError("give the sender address with --from ADDRESS")
    try:
        address = check_address(address)
    except BadAddress:
        raise CommandError(f"--from {address}: not an e-mail address") from None
    name = args.name if args.name is not None else saved.get("name", "")
    return Sender(address, name)


def _settings(args: argparse.Namespace) -> smtp.SmtpSettings:
    if not args.smtp:
        raise CommandError("give your mail server with --smtp HOST[:PORT]")
    try:
        host, port = smtp.parse_host(args.smtp)
    except ValueError:
        raise CommandError(f"--smtp {args.smtp}: write the server as HOST or HOST:PORT") from None
    security = smtp.Security.SSL if args.ssl else smtp.Security.STARTTLS if args.starttls else smtp.Security.NONE
    password = ""
    if args.user:
        prompt = getpass.getpass if sys.stdin.isatty() else None
        try:
            password = resolve_password(args.user, host, env_var=args.password_env, prompt=prompt)
        except NoPassword as missing:
            if missing.env_var:
                raise CommandError(f"the environment variable {missing.env_var} (--password-env) is not set") from None
            raise CommandError(f"no password for {args.user} on {host}: give --password-env VAR, save it in the "
                               "system keyring, or run the command in a terminal to be asked") from None
    return smtp.SmtpSettings(host, port, security, args.user, password, timeout=args.timeout)


def run(args: argparse.Namespace) -> int:
    if args.only_new and args.resend:
        raise CommandError("--only-new and --resend contradict each other; choose one")
    with opened_session(args.event) as session:
        store = session.store
        templates = load_templates(store, args.templates)
        sender = _sender(args, store)
        log = SendLog(store)
        plan = make_plan(store.attendees(), session.event, templates, log, resend=args.resend,
                         include_waitlist=not args.no_waitlist)
        if plan.unknown_codes:
            raise CommandError(f"--resend: no attendee has the code {', '.join(plan.unknown_codes)}; nothing was sent")
        builder = MessageBuilder(session.event, templates, sender, paper=args.paper,
                                 ticket_words=store.get_setting(WORDS_SETTING))
        already = plan.skipped(ALREADY_SENT)
        if args.preview is not None:
            return _write_preview(plan, builder, args.preview)
        if args.dry_run:
            return _dry_run(plan, args.json)
        if already and not args.only_new and not args.test_to:
            raise CommandError(
                f"{len(already)} of these people already had their message; add --only-new to send only to the "
                f"{len(plan.to_send)} others, or --resend CODE to send a chosen person again; nothing was sent")
        settings = _settings(args)
        mailer = smtp.SmtpSender(settings, per_minute=args.rate or None, retries=args.retries)
        try:
            mailer.connect()
        except smtp.SmtpError as error:
            raise CommandError(f"{describe_smtp_error(error)}; nothing was sent") from None
        store.set_setting(SMTP_SETTING, settings.public())
        store.set_setting(SENDER_SETTING, {"address": sender.address, "name": sender.name})
        try:
            if args.test_to:
                return _test_send(plan, builder, mailer, args.test_to, args.json)
            result = run_plan(plan, builder, mailer, log, progress=None if args.json else _print_outcome)
        finally:
            mailer.close()
    return _report(plan, result, args)


def _print_outcome(done: int, total: int, outcome: Outcome) -> None:
    item = outcome.item
    who = f"{item.address or '(no address)'} — {item.attendee.name} [{item.attendee.code}]"
    if outcome.status == SENT:
        print(f"{done}/{total} sent {item.kind} ({item.language}) to {who}", flush=True)
    elif outcome.status == SKIPPED:
        print(f"{done}/{total} skipped {who}: {SKIP_WORDS.get(outcome.detail, outcome.detail)}", flush=True)
    else:
        print(f"{done}/{total} FAILED {who}: {outcome.detail}", flush=True)


def _dry_run(plan: Plan, as_json: bool) -> int:
    if as_json:
        print_json({"dry_run": True, "messages": [
            {"code": i.attendee.code, "name": i.attendee.name, "address": i.address, "kind": i.kind,
             "language": i.language, "skip": i.skip} for i in plan.items]})
        return 0
    for item in plan.items:
        who = f"{item.address or '(no address)'} — {item.attendee.name} [{item.attendee.code}]"
        if item.skip is None:
            print(f"would send {item.kind} ({item.language}) to {who}")
        elif item.skip in SKIP_WORDS:
            print(f"would skip {who}: {SKIP_WORDS[item.skip]}")
    print(f"{len(plan.to_send)} to send, {len(plan.skipped(ALREADY_SENT))} already sent, "
          f"{len(plan.skipped(NO_EMAIL)) + len(plan.skipped(BAD_EMAIL))} without a usable address")
    return 0


def _write_preview(plan: Plan, builder: MessageBuilder, folder: Path) -> int:
    """The first messages as the server would get them, one .eml file each."""
    folder.mkdir(parents=True, exist_ok=True)
    items = plan.to_send[:PREVIEW_COUNT]
    if not items:
        raise CommandError("nobody to send to, so there is nothing to preview")
    for number, item in enumerate(items, start=1):
        path = folder / f"{number:02d}-{item.kind}-{item.language}-{file_stem(item.attendee)}.eml"
        path.write_bytes(builder.build(item.attendee, item.kind, item.language).as_bytes())
        print(f"{path}  ({item.kind}, {item.language}, to {item.address})")
    return 0


def _test_send(plan: Plan, builder: MessageBuilder, mailer: smtp.SmtpSender, to: str, as_json: bool) -> int:
    try:
        results = test_send(plan, builder, mailer, to)
    except BadAddress:
        raise CommandError(f"--test-to {to}: not an e-mail address") from None
    except smtp.SmtpError as error:
        raise CommandError(describe_smtp_error(error)) from None
    if as_json:
        print_json({"test_to": to, "messages": [{"kind": i.kind, "language": i.language, "sent": r.accepted,
                                                 "answer": r.detail} for i, r in results]})
    else:
        for item, sent in results:
            state = "sent" if sent.accepted else f"FAILED: {sent.detail}"
            print(f"test {item.kind} ({item.language}, as for {item.attendee.name}) to {to}: {state}")
    return 0 if all(r.accepted for _, r in results) else 1


def _report(plan: Plan, result, args: argparse.Namespace) -> int:
    failed = [o for o in result.outcomes if o.status not in (SENT, SKIPPED)]
    skipped = [o for o in result.outcomes if o.status == SKIPPED]
    not_tried = result.not_tried
    if args.json:
        print_json({"sent": result.count(SENT), "failed": len(failed), "skipped": len(skipped),
                    "not_tried": not_tried, "already_sent": len(plan.skipped(ALREADY_SENT)),
                    "stopped": describe_smtp_error(result.stopped_by) if result.stopped_by else None,
                    "outcomes": [{"code": o.item.attendee.code, "address": o.item.address, "kind": o.item.kind,
                                  "language": o.item.language, "status": o.status, "detail": o.detail,
                                  "message_id": o.message_id} for o in result.outcomes]})
    else:
        print(f"{result.count(SENT)} sent, {len(failed)} failed, {len(skipped)} without a usable address, "
              f"{len(plan.skipped(ALREADY_SENT))} already had theirs")
    if result.stopped_by is not None:
        print(f"checkin: {describe_smtp_error(result.stopped_by)}; {not_tried} not tried: run the same command "
              "with --only-new to send the rest", file=sys.stderr)
        return 2
    return 1 if failed else 0
