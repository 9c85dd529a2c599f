"""`checkin import EVENT MAILBOX`: registration e-mails (mbox, Maildir, a folder of .eml) into the event.

The plan is shown message by message; people the reader is unsure of are left out and listed, unless
--accept-unsure takes them too. Words for the codes of checkin.mail live here.
"""

from __future__ import annotations

import argparse

from checkin.commands.common import opened_session, print_json
from checkin.commands.messages import CommandError
from checkin.io import import_report as codes
from checkin.io import mailboxes
from checkin.mail import readings
from checkin.mail.plan_values import (
    ALREADY_READ,
    CANCELLED,
    DROPPED,
    LATE,
    LEFT_OUT,
    MERGED,
    NOT_FOUND,
    REGISTERED,
    SKIP_AUTO_REPLY,
    SKIP_BULK,
    SKIP_DUPLICATE,
    SKIP_NOBODY,
    SKIP_OWN,
    SKIP_QUESTION,
    UNCHANGED,
    UPDATED,
    WAITLISTED,
    MailImportPlan,
    MailImportReport,
    PlannedMessage,
    PlannedPerson,
)
from checkin.mail.registration_plan import apply_mail_import, plan_mail_import

SKIP_WORDS = {
    SKIP_AUTO_REPLY: "an automatic reply ({detail}); nobody registered",
    SKIP_BULK: "a newsletter or bulk mail ({detail}); nobody registered",
    SKIP_QUESTION: "a message that registers nobody (a question?); answer it yourself",
    SKIP_DUPLICATE: "the same message (same Message-ID) as {detail}; read once",
    SKIP_NOBODY: "a registration in which no person could be found; register them by hand",
    SKIP_OWN: "sent from this mailbox itself ({detail}): a reply or a sent copy; nobody registered",
    mailboxes.MESSAGE_TOO_LARGE: "larger than any registration; left out",
    mailboxes.MESSAGE_UNREADABLE: "could not be read from the disk; left out",
    readings.NOT_A_MESSAGE: "not an e-mail (binary data or no headers); left out",
    readings.TOO_MANY_HEADERS: "a header far too long ({detail}); left out",
    readings.EMPTY_MESSAGE: "an empty message; left out",
    readings.READER_FAILED: "could not be understood (a fault of this version: {detail}); read it yourself",
}
MESSAGE_PROBLEM_WORDS = {
    readings.UNKNOWN_CHARSET: "written in a character set this version does not know; odd letters may show",
    readings.BROKEN_STRUCTURE: "damaged (cut short, or a broken part); read as far as it goes",
    readings.NO_TEXT: "no text in it",
    readings.NO_MESSAGE_ID: "no Message-ID; recognised by its content instead",
    readings.NO_DATE: "no arrival time; put last in the queue",
    readings.CLOCK_DISAGREES: "the sender's clock is far off; the time it arrived counts",
    readings.TEXT_CUT: "a very long text; only its beginning was read",
}
OUTCOME_WORDS = {
    REGISTERED: "registered", WAITLISTED: "waitlisted (capacity reached)",
    LATE: "after the deadline: waitlisted and marked late", UPDATED: "already registered: details updated",
    UNCHANGED: "already registered, unchanged", CANCELLED: "cancelled", NOT_FOUND: "cancellation of nobody known",
    LEFT_OUT: "left out: unsure of {fields}; check it (or --accept-unsure)", DROPPED: "dropped",
    MERGED: "the same person again: the later details are used",
    ALREADY_READ: "read by an earlier import; left as it is in the event",
}


def is_mail(path: object) -> bool:
    return mailboxes.is_mail_source(str(path))


def run_mail(args: argparse.Namespace) -> int:
    spreadsheet_only = [option for option, given in (("--sheet", args.sheet), ("--map", args.map),
                                                     ("--no-header", args.no_header),
                                                     ("--cancel-missing", args.cancel_missing),
                                                     ("--keep-missing", args.keep_missing)) if given]
    if spreadsheet_only:
        line = (f"{args.file}: {', '.join(spreadsheet_only)} "
                f"{'is' if len(spreadsheet_only) == 1 else 'are'} for spreadsheets; e-mails are read without it")
        if args.json:
            print_json({"error": line, "code": "bad_option"})
        raise CommandError(line)
    with opened_session(args.event) as session:
        plan = plan_mail_import(session, args.file)
        if args.accept_unsure:
            plan.accept_unsure()
        report = MailImportReport(plan, dry_run=True) if args.dry_run else None
        if report is None:
            report = apply_mail_import(session, plan)
    if args.json:
        print_json(report.to_json())
    else:
        print_mail_report(report)
    return 0


def describe_message(message: PlannedMessage) -> str:
    reading = message.reading
    head = message.where
    if reading is not None:
        when = reading.received_at.isoformat(timespec="minutes") if reading.received_at else "no time"
        head += f" ({when}, {reading.sender or 'no sender'}: {reading.subject[:60]!r})"
    if message.skipped:
        words = SKIP_WORDS.get(message.skipped, message.skipped)
        return f"{head}: {words.format(detail=message.detail)}"
    return head


# Why the merge left someone out or merged them, by the import's problem codes (the other person's number).
NOTE_WORDS = {
    codes.DUPLICATE_NAME: "the same name and organisation as #{other}; left out",
    codes.DUPLICATE_EMAIL: "the same e-mail as #{other}; left out",
    codes.SAME_PERSON: "the same person as #{other}; left out",
    codes.MISSING_NAME: "no given or family name; left out",
}


def describe_person(person: PlannedPerson, other: int | None = None) -> str:
    """One line for a person: number, name, details and what happens (`other`: the number a problem names)."""
    values = person.values()
    name = " ".join(filter(None, (values.get("honorific"), values.get("given_name"), values.get("family_name"))))
    details = ", ".join(filter(None, (values.get("job_title"), values.get("organisation"), values.get("email"))))
    if person.outcome == LEFT_OUT and person.note in NOTE_WORDS:
        words = NOTE_WORDS[person.note].format(other=other)
    else:
        words = OUTCOME_WORDS.get(person.outcome, person.outcome).format(
            fields=", ".join(name.replace("_", " ") for name in person.reading.unsure_fields))
    return f"#{person.number} {name or '(no name)'}" + (f" ({details})" if details else "") + f": {words}"


def print_mail_report(report: MailImportReport) -> None:
    plan: MailImportPlan = report.plan
    others = {problem.row: problem.other_row for problem in plan.problems if problem.other_row}
    counts = plan.counts()
    print(f"{plan.path}: {counts['messages']} messages, {counts['people']} people found")
    for message in plan.messages:
        print("  " + describe_message(message))
        if message.reading is not None:
            for problem in message.reading.problems:
                print("    " + MESSAGE_PROBLEM_WORDS.get(problem, problem))
        for person in message.people:
            print("    " + describe_person(person, others.get(person.number)))
    print(("  would be: " if report.dry_run else "  ")
          + f"registered {counts[REGISTERED]}, waitlisted {counts[WAITLISTED]}, late {counts[LATE]}, "
          f"updated {counts[UPDATED]}, cancelled {counts[CANCELLED]}, left out {counts[LEFT_OUT]}"
          + (f", read by an earlier import {counts[ALREADY_READ]}" if counts[ALREADY_READ] else ""))
    if counts[LEFT_OUT]:
        print("  people left out are listed above: check them, then run again with --accept-unsure, or register "
              "them by hand")
    if report.dry_run:
        print("  dry run: nothing was changed")
