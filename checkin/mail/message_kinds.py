"""What kind of message this is: a registration, a cancellation, an auto-reply, bulk mail or a question.

Headers first, as RFC 3834 asks of automatic replies (Auto-Submitted other than "no", X-Autoreply,
X-Autorespond, Precedence auto_reply/bulk/junk/list, a delivery report's content type) and as mailing
lists mark themselves (List-Unsubscribe, List-Id). Then the words of the sender's own lines, in the
message's language and the others: out-of-office phrases, cancellations, registrations; a message that
registers no one and cancels nothing is a question for the organiser.
"""

from __future__ import annotations

import re

from checkin.mail.message_text import ParsedMessage
from checkin.mail.readings import Kind

_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autorespond-", "x-auto-response-suppress-none")
_OUT_OF_OFFICE = re.compile(
    r"\b(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|away from (?:the|my) "
    r"office|on (?:annual |parental )?leave until|limited access to (?:my )?e-?mail|"
    r"absent du bureau|r[ée]ponse automatique|message d'absence|je suis absente?\b|"
    r"abwesenheitsnotiz|automatische antwort|ich bin (?:bis|vom)\b.{0,60}\babwesend|nicht im b[üu]ro|"
    r"risposta automatica|fuori ufficio|sono assente)", re.IGNORECASE)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|out of office|r[ée]ponse automatique|absence|"
    r"abwesenheitsnotiz|automatische antwort|risposta automatica|fuori ufficio|undeliverable|"
    r"delivery status notification|mail delivery failed|non remis|unzustellbar)\b", re.IGNORECASE)
_CANCELLATION = re.compile(
    r"(?:can ?no longer attend|cannot attend after all|(?:can't|cannot|won't be able to|will not be able to|"
    r"am unable to|unable to) (?:attend|come|make it|participate|join)|cancel (?:my|our|the|his|her) "
    r"(?:registration|participation|place|seat)|withdraw (?:my|our|his|her) (?:registration|participation)|"
    r"please (?:cancel|remove|unregister)|"
    r"ne (?:pourrai|pourrons|pourra) (?:plus|pas) (?:venir|participer|assister|[êe]tre pr[ée]sente?s?)|"
    r"annuler (?:mon|ma|notre|son|sa|l')\s*(?:inscription|participation|place)|"
    r"(?:me |nous )?d[ée]sinscrire|(?:je |nous )?dois (?:malheureusement )?annuler|"
    r"(?:kann|k[öo]nnen) (?:leider )?(?:doch )?nicht (?:teilnehmen|kommen|dabei sein)|"
    r"(?:meine|unsere) anmeldung (?:zu )?(?:stornieren|zur[üu]ckziehen|absagen)|(?:muss|m[üu]ssen) "
    r"(?:leider )?absagen|melde mich (?:hiermit )?ab|"
    r"non (?:potr[òo]|potremo|posso) (?:pi[ùu] )?(?:partecipare|venire|esserci)|"
    r"annullare (?:la mia|la nostra) (?:iscrizione|partecipazione)|disdire)", re.IGNORECASE)
_REGISTRATION = re.compile(
    r"(?:\bregister\b|\bregistration\b|sign (?:me|us|him|her) up|(?:like|wish|want) to (?:attend|participate|"
    r"join)|confirm (?:my|our|his|her) (?:attendance|participation|presence)|will attend|will participate|"
    r"\binscri(?:re|ption|s|te|vez|t)\b|m'inscrire|participer|confirme (?:ma|notre|sa) (?:participation|"
    r"pr[ée]sence)|\banmeld|teilnehmen|teilnahme|nehme .{0,30}teil|"
    r"iscri(?:vermi|zione|vere|tto|tta|vo)|partecipare|partecipazione|conferm(?:o|are) (?:la mia|la nostra) "
    r"(?:presenza|partecipazione))", re.IGNORECASE)
_QUESTION_MARK = re.compile(r"\?\s*$", re.MULTILINE)
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
_AUTO_PRECEDENCE = frozenset({"auto_reply", "auto-reply"})


def classify(parsed: ParsedMessage, language: str) -> tuple[Kind, str]:
    """(the kind, the words or header that decided it)."""
    headers = parsed.headers
    auto = headers.get("auto-submitted", "").strip().lower()
    if auto and auto != "no":
        return Kind.AUTO_REPLY, f"Auto-Submitted: {headers['auto-submitted']}"
    for name in _AUTO_HEADERS:
        if name in headers:
            return Kind.AUTO_REPLY, f"{name}: {headers[name]}"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return Kind.AUTO_REPLY, f"Precedence: {headers['precedence']}"
    if any(kind in ("message/delivery-status", "message/disposition-notification") for kind in parsed.content_types):
        return Kind.AUTO_REPLY, "delivery report"
    if (subject := _AUTO_SUBJECT.search(parsed.subject)) is not None:
        return Kind.AUTO_REPLY, subject.group()
    own = parsed.own_text
    if (absence := _OUT_OF_OFFICE.search(own[:1500])) is not None and not _REGISTRATION.search(own[:1500]):
        return Kind.AUTO_REPLY, absence.group()
    if "list-unsubscribe" in headers:
        return Kind.BULK, f"List-Unsubscribe: {headers['list-unsubscribe'][:80]}"
    if precedence in _BULK_PRECEDENCE:
        return Kind.BULK, f"Precedence: {headers['precedence']}"
    if "list-id" in headers:
        return Kind.BULK, f"List-Id: {headers['list-id'][:80]}"
    cancelled = _CANCELLATION.search(own) or _CANCELLATION.search(parsed.subject)
    if cancelled is not None:
        return Kind.CANCELLATION, cancelled.group()
    registered = _REGISTRATION.search(parsed.subject) or _REGISTRATION.search(own)
    if registered is not None:
        return Kind.REGISTRATION, registered.group()
    return Kind.QUESTION, ""
