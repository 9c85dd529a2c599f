"""`checkin tickets EVENT -o DIR`: the mail-merge folder (a ticket PDF and a QR picture per person + a sheet)."""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin.commands.common import EVENT_HELP, opened_session, print_json
from checkin.commands.invite import SENDER_SETTING, load_templates
from checkin.commands.messages import CommandError
from checkin.mail.merge_export import export_merge_folder
from checkin.mail.messages import MessageBuilder, Sender
from checkin.mail.ticket_words import SETTING_KEY as WORDS_SETTING


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tickets", help="write each person's ticket PDF and QR picture, and a sheet for a Word/Outlook mail merge")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="the folder to write")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="ticket page size")
    parser.add_argument("--templates", type=Path, metavar="DIR", help="templates for the subjects in the sheet")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    folder: Path = args.output
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder} is a file; give a folder for the tickets")
    with opened_session(args.event) as session:
        store = session.store
        templates = load_templates(store, args.templates)
        saved = store.get_setting(SENDER_SETTING) or {}
        sender = Sender(saved.get("address", ""), saved.get("name", ""))
        builder = MessageBuilder(session.event, templates, sender, paper=args.paper,
                                 ticket_words=store.get_setting(WORDS_SETTING))
        attendees = store.attendees()
        if not attendees:
            raise CommandError(f"{args.event} has no attendees yet; import the registrations first")
        result = export_merge_folder(attendees, session.event, builder, folder)
    if args.json:
        print_json({"folder": str(folder), "sheet": str(result.sheet), "tickets": result.tickets,
                    "waitlisted": result.waitlisted,
                    "without_email": [a.code for a in result.without_email]})
        return 0
    print(f"{folder}: {result.tickets} tickets (PDF + QR picture), {result.waitlisted} waitlisted, "
          f"recipients in {result.sheet.name}")
    for person in result.without_email:
        print(f"  no e-mail address: {person.name} [{person.code}] (print their ticket)")
    return 0
