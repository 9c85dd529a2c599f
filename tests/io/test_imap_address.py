"""Mailbox addresses as organisers type them, and IMAP's spelling of folder names."""

from __future__ import annotations

import pytest

from checkin.io.imap_address import (
    BAD_PORT,
    NO_USER,
    NOT_IMAP,
    PASSWORD_IN_ADDRESS,
    AddressError,
    MailboxAddress,
    decode_folder,
    encode_folder,
    parse_mailbox_address,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("imaps://registrations@mail.example.org/Inscriptions",
     MailboxAddress("registrations", "mail.example.org", 993, "Inscriptions", True)),
    ("imaps://conference@iom.example@outlook.office365.com/INBOX",  # the user is an e-mail address
     MailboxAddress("conference@iom.example", "outlook.office365.com", 993, "INBOX", True)),
    ("imaps://conference%40iom.example@imap.example:1993",
     MailboxAddress("conference@iom.example", "imap.example", 1993, "INBOX", True)),
    ("IMAP://desk@[::1]:1143/Registrations/2018",
     MailboxAddress("desk", "::1", 1143, "Registrations/2018", False)),
    ("imap://desk@host/R%C3%A9ponses", MailboxAddress("desk", "host", 143, "Réponses", False)),
])
def test_addresses_are_read(text: str, expected: MailboxAddress) -> None:
    assert parse_mailbox_address(text) == expected


def test_the_label_names_the_mailbox_without_default_ports() -> None:
    assert parse_mailbox_address("imaps://a@b:993/X").label == "imaps://a@b/X"
    assert parse_mailbox_address("imap://a@b:1143/X").label == "imap://a@b:1143/X"
    assert parse_mailbox_address("imaps://a@[::1]:1993/X").label == "imaps://a@[::1]:1993/X"


@pytest.mark.parametrize(("text", "code"), [
    ("https://mail.example.org", NOT_IMAP),
    ("imaps://mail.example.org/INBOX", NO_USER),
    ("imaps://desk:hunter2@mail.example.org/INBOX", PASSWORD_IN_ADDRESS),
    ("imaps://desk@mail.example.org:imap/INBOX", BAD_PORT),
    ("imaps://desk@mail.example.org:70000/INBOX", BAD_PORT),
])
def test_addresses_that_name_no_mailbox(text: str, code: str) -> None:
    with pytest.raises(AddressError) as refused:
        parse_mailbox_address(text)
    assert refused.value.code == code


@pytest.mark.parametrize(("name", "wire"), [
    ("INBOX", "INBOX"),
    ("Réponses", "R&AOk-ponses"),
    ("Tom & Jerry", "Tom &- Jerry"),
    ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501's own example
    ("Anmeldungen/Größe", "Anmeldungen/Gr&APYA3w-e"),
])
def test_folder_names_go_to_the_server_in_modified_utf7_and_back(name: str, wire: str) -> None:
    assert encode_folder(name) == wire
    assert decode_folder(wire) == name

