"""What kind of message: the headers automatic mail carries, and the words people write, in four languages."""

from __future__ import annotations

import pytest

from checkin.mail.readings import Kind
from checkin.mail.registration_reading import read_message

from .corpus import encoded, plain

WHEN = "Mon, 1 Oct 2018 10:00:00 +0200"


def mail(body: str, subject: str = "Conference", headers: tuple[tuple[str, str], ...] = (),
         sender: str = "Sam Taylor <sam.taylor@example.org>") -> bytes:
    return plain(sender, subject, WHEN, body, message_id="<kind@example.org>", extra=headers)


@pytest.mark.parametrize(("headers", "subject", "body"), [
    ((("Auto-Submitted", "auto-generated"),), "Conference", "I would like to register."),
    ((("X-Autoreply", "yes"),), "Re: Conference", "Thank you for your message."),
    ((("X-Autorespond", "Out of office"),), "Conference", "Thank you."),
    ((("Precedence", "auto_reply"),), "Conference", "Thank you for your e-mail."),
    ((), "Automatic reply: Conference", "I am travelling."),
    ((), "Réponse automatique : Conférence", "Merci pour votre message."),
    ((), "Abwesenheitsnotiz: Konferenz", "Vielen Dank für Ihre Nachricht."),
    ((), "Conference", "Sono fuori ufficio fino al 15 ottobre con accesso limitato alla posta."),
    ((), "Conference", "Ich bin bis zum 15. Oktober abwesend und habe keinen Zugriff auf meine E-Mails."),
])
def test_automatic_replies_register_nobody(headers, subject, body) -> None:
    reading = read_message(mail(body, subject, headers))
    assert reading.kind is Kind.AUTO_REPLY and reading.people == ()
    assert reading.kind_words


@pytest.mark.parametrize("headers", [
    (("List-Unsubscribe", "<https://news.example/u?id=1>"),),
    (("Precedence", "bulk"),),
    (("List-Id", "Migration news <news.lists.example>"),),
    (("X-Spam-Flag", "YES"),),
    (("X-Spam-Status", "Yes, score=12.3 required=5.0"),),
])
def test_newsletters_and_lists_register_nobody(headers) -> None:
    reading = read_message(mail("Register now for our summer school! Places are limited.", "News", headers))
    assert reading.kind is Kind.BULK and reading.people == ()


def test_outlooks_request_to_suppress_auto_replies_is_no_auto_reply() -> None:
    reading = read_message(mail("I would like to register.\n\nRegards,\nSam Taylor\n",
                                headers=(("X-Auto-Response-Suppress", "All"),)))
    assert reading.kind is Kind.REGISTRATION and [p.name for p in reading.people] == ["Sam Taylor"]


@pytest.mark.parametrize(("body", "kind", "language"), [
    ("I would like to register for the conference.", Kind.REGISTRATION, "en"),
    ("Je souhaite m'inscrire à la conférence du 18 octobre.", Kind.REGISTRATION, "fr"),
    ("Hiermit melde ich mich für die Konferenz an.", Kind.REGISTRATION, "de"),
    ("Vorrei iscrivermi alla conferenza.", Kind.REGISTRATION, "it"),
    ("Please confirm my participation in the conference.", Kind.REGISTRATION, "en"),
    ("I can no longer attend the conference, sorry.", Kind.CANCELLATION, "en"),
    ("Je ne pourrai plus venir à la conférence.", Kind.CANCELLATION, "fr"),
    ("Merci d'annuler mon inscription.", Kind.CANCELLATION, "fr"),
    ("Leider kann ich nicht an der Konferenz teilnehmen.", Kind.CANCELLATION, "de"),
    ("Ich muss meine Anmeldung leider stornieren.", Kind.CANCELLATION, "de"),
    ("Purtroppo non potrò partecipare alla conferenza.", Kind.CANCELLATION, "it"),
    ("Vorrei annullare la mia iscrizione.", Kind.CANCELLATION, "it"),
    ("Is there interpretation into Spanish?", Kind.QUESTION, "en"),
    ("Comment puis-je inscrire ma collègue ?", Kind.QUESTION, "fr"),
    ("Wie kann ich mich anmelden?", Kind.QUESTION, "de"),
    ("I would like to register. If I cannot attend, I will tell you.", Kind.REGISTRATION, "en"),
])
def test_the_words_decide_and_the_language_is_found(body, kind, language) -> None:
    reading = read_message(mail(f"{body}\n\nSam Taylor\n", subject="Conference"))
    assert (reading.kind, reading.language) == (kind, language)


@pytest.mark.parametrize(("sender", "signature", "given", "family"), [
    ("Анна Петрова <anna.petrova@example.ru>", "С уважением,\nАнна Петрова", "Анна", "Петрова"),
    ("=?utf-8?b?546L6Iqz?= <wang.fang@example.cn>", "", "", "王芳"),
    ("Nguyễn Văn An <an.nguyen@example.vn>", "Best regards,\nNguyễn Văn An", "Nguyễn Văn", "An"),
    ("Οδυσσέας Παπαδόπουλος <o.papadopoulos@example.gr>", "Regards,\nΟδυσσέας Παπαδόπουλος", "Οδυσσέας",
     "Παπαδόπουλος"),
])
def test_names_in_other_scripts_are_names(sender, signature, given, family) -> None:
    name, _, address = sender.rpartition(" ")
    sender = f"{encoded(name) if not name.isascii() else name} {address}"
    reading = read_message(mail(f"I would like to register for the conference.\n\n{signature}\n", sender=sender))
    (person,) = reading.people
    assert (person.value("given_name"), person.value("family_name")) == (given, family)


def test_the_persons_own_address_in_the_body_wins_over_the_senders() -> None:
    reading = read_message(mail("Please register me.\n\nName: Sam Taylor\nE-mail: s.taylor@home.example\n",
                                sender="Office <office@example.org>"))
    (person,) = reading.people
    assert person.fields["email"].value == "s.taylor@home.example" and person.fields["email"].start >= 0
