"""A small inbox of registration e-mails for the desk's review: written as an mbox, a folder of .eml, a Maildir.

Messages as mail programs store them (headers, a Received line from the organiser's server, plain text and
quoted-printable French), in the forms the review must show: a sure person, a French "Nom :" form, a
signature that gives a single name (a family name the reading cannot be sure of), a mission's delegation
of two, an out-of-office reply and a later cancellation.
"""

from __future__ import annotations

from pathlib import Path

_HEAD = """Received: from mx.example.net by mail.conference.example; {received} +0200
From: {sender}
To: registration@conference.example
Subject: {subject}
Date: {received} +0200
Message-ID: <{key}@mail.example>
MIME-Version: 1.0
{extra}Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

"""

MESSAGES: list[dict[str, str]] = [
    {"key": "smith", "received": "Mon, 1 Oct 2018 09:05:00", "sender": "John Smith <john.smith@unhcr.example>",
     "subject": "Registration", "body": "Dear organisers,\n\nI would like to register for the conference on "
     "18 October.\n\nName: John Smith\nJob title: Policy Officer\nOrganisation: UNHCR\n\nBest regards,\nJohn\n"},
    {"key": "dupont", "received": "Mon, 1 Oct 2018 09:12:03", "sender": "Anne Dupont <anne.dupont@dfae.example>",
     "subject": "Inscription", "body": "Madame, Monsieur,\n\nJe souhaite m'inscrire à la conférence du "
     "18 octobre.\n\nNom : Dupont\nPrénom : Anne\nFonction : Conseillère\nInstitution : DFAE\n\nCordialement,\n"
     "Anne Dupont\n"},
    {"key": "maria", "received": "Mon, 1 Oct 2018 10:30:00", "sender": "Maria <maria@uni.example>",
     "subject": "Registration", "body": "Dear organisers,\n\nI would like to register for the conference on "
     "18 October.\n\nBest regards,\nMaria\n"},
    {"key": "kenya", "received": "Tue, 2 Oct 2018 08:45:00", "sender": "Mission of Kenya <mission@kenya.example>",
     "subject": "Registration of our delegation", "body": "Dear Sir/Madam,\n\nThe Permanent Mission would like "
     "to register the following delegates:\n\n1. H.E. Mr. Peter Mwangi, Ambassador, Permanent Mission of Kenya\n"
     "2. Ms. Grace Otieno, First Secretary, Permanent Mission of Kenya\n\nRegards\n"},
    {"key": "away", "received": "Tue, 2 Oct 2018 09:00:00", "sender": "Bob Weber <bob.weber@example.org>",
     "subject": "Automatic reply: Conference", "extra": "Auto-Submitted: auto-replied\n",
     "body": "I am out of the office until Monday 8 October.\n"},
    {"key": "smith-cancel", "received": "Wed, 3 Oct 2018 14:00:00",
     "sender": "John Smith <john.smith@unhcr.example>", "subject": "Cancellation",
     "body": "Dear organisers,\n\nunfortunately I can no longer attend.\n\nJohn Smith\n"},
]


def message_bytes(message: dict[str, str]) -> bytes:
    return (_HEAD.format(extra=message.get("extra", ""), **{k: v for k, v in message.items() if k != "extra"})
            + message["body"]).encode("utf-8")


def write_mbox(path: Path, messages: list[dict[str, str]] = MESSAGES) -> Path:
    """An mbox file as Thunderbird keeps one: a separator line, the message, an empty line."""
    with path.open("wb") as out:
        for message in messages:
            out.write(b"From - Mon Oct  1 09:05:00 2018\n" + message_bytes(message) + b"\n")
    return path


def write_eml_folder(folder: Path, messages: list[dict[str, str]] = MESSAGES) -> list[Path]:
    """One .eml file a message, as Outlook and Thunderbird drag them out."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, message in enumerate(messages, start=1):
        path = folder / f"{number:02d}-{message['key']}.eml"
        path.write_bytes(message_bytes(message))
        paths.append(path)
    return paths


def write_maildir(folder: Path, messages: list[dict[str, str]] = MESSAGES) -> Path:
    for name in ("cur", "new", "tmp"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    for number, message in enumerate(messages, start=1):
        (folder / "cur" / f"153838{number:04d}.M{number}P1.desk:2,S").write_bytes(message_bytes(message))
    return folder
