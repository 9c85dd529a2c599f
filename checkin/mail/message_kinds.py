"""What kind of message this is: a registration, a cancellation, an auto-reply, bulk mail or a question.

Headers first, as RFC 3834 asks of automatic replies (Auto-Submitted other than "no", X-Autoreply,
X-Autorespond, Precedence auto_reply/bulk/junk/list, a delivery report's content type) and as mailing
lists mark themselves (List-Unsubscribe, List-Id), and a spam filter's verdict (X-Spam-Flag: YES). Then
the words of the sender's own lines, in the message's language and the others: out-of-office phrases,
cancellations, registrations, each counted only where it is said (not asked, not supposed); a message
that registers no one and cancels nothing is a question for the organiser.
"""

from __future__ import annotations

import re

from checkin.mail.message_text import ParsedMessage
from checkin.mail.readings import Kind

# (Outlook's X-Auto-Response-Suppress asks others not to answer automatically: it marks no auto-reply.)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoreply-from", "x-mail-autoreply")
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
    r"please (?:cancel|remove|unregister)|(?:have|need) to cancel|"
    r"ne (?:pourrai|pourrons|pourra) (?:plus|pas) (?:venir|participer|assister|[êe]tre pr[ée]sente?s?)|"
    r"annuler (?:mon|ma|notre|son|sa|l')\s*(?:inscription|participation|place)|"
    r"(?:me |nous )?d[ée]sinscrire|(?:je |nous )?dois (?:malheureusement )?annuler|"
    r"(?:kann|k[öo]nnen)(?: (?:ich|wir|er|sie))?(?: leider)?(?: doch)?(?: leider)? nicht (?:mehr )?"
    r"(?:an \w+ \w+ )?(?:teilnehmen|kommen|dabei sein)|"
    r"(?:meine|unsere|seine|ihre) (?:anmeldung|teilnahme) (?:\w+ )?(?:stornieren|zur[üu]ckziehen|absagen)|"
    r"(?:muss|m[üu]ssen) (?:leider )?absagen|melde mich (?:hiermit )?ab|"
    r"non (?:potr[òo]|potremo|posso) (?:pi[ùu] )?(?:partecipare|venire|esserci)|"
    r"annullare (?:la mia|la nostra) (?:iscrizione|partecipazione)|disdire)", re.IGNORECASE)
_REGISTRATION = re.compile(
    r"(?:\bregister\b|\bregistration\b|sign (?:me|us|him|her) up|(?:like|wish|want) to (?:attend|participate|"
    r"join)|confirm (?:my|our|his|her) (?:attendance|participation|presence)|will attend|will participate|"
    r"\binscri(?:re|ption|s|te|vez|t)\b|m'inscrire|participer|confirme (?:ma|notre|sa) (?:participation|"
    r"pr[ée]sence)|\banmeld|\bmelde (?:ich )?(?:mich|uns)\b[^.?!\n]{0,80}?\ban\b|teilnehmen|teilnahme|"
    r"nehme .{0,30}teil|"
    r"iscri(?:vermi|zione|vere|tto|tta|vo)|partecipare|partecipazione|conferm(?:o|are) (?:la mia|la nostra) "
    r"(?:presenza|partecipazione))", re.IGNORECASE)
# Words that make what follows a condition, not a statement: "should I be unable to attend", "si je ne peux pas".
_CONDITION = re.compile(r"\b(?:if|should|in case|unless|whether|si|au cas o[ùu]|falls|wenn|sollte|ob|se|qualora|"
                        r"nel caso)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
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
    spam = next((name for name in ("x-spam-flag", "x-spam-status", "x-spam") if
                 headers.get(name, "").strip().lower().startswith("yes")), None)
    if spam is not None:  # SpamAssassin's and others' verdict, added by the organiser's server
        return Kind.BULK, f"{spam}: {headers[spam][:80]}"
    if "list-unsubscribe" in headers:
        return Kind.BULK, f"List-Unsubscribe: {headers['list-unsubscribe'][:80]}"
    if precedence in _BULK_PRECEDENCE:
        return Kind.BULK, f"Precedence: {headers['precedence']}"
    if "list-id" in headers:
        return Kind.BULK, f"List-Id: {headers['list-id'][:80]}"
    # A cancellation said outright wins over registration words ("please cancel my registration").
    cancelled = _statement(_CANCELLATION, own)
    if cancelled is not None:
        return Kind.CANCELLATION, cancelled.group()
    registered = _statement(_REGISTRATION, own)
    if registered is not None:
        return Kind.REGISTRATION, registered.group()
    asks = "?" in own
    if not asks and (cancelled := _CANCELLATION.search(parsed.subject)) is not None:
        return Kind.CANCELLATION, cancelled.group()
    if not asks and (registered := _REGISTRATION.search(parsed.subject)) is not None:
        return Kind.REGISTRATION, registered.group()
    return Kind.QUESTION, ""


def _statement(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match that is said, not asked ("How can I register?") nor supposed ("if I cannot attend")."""
    for match in pattern.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        after = _SENTENCE_END.search(text, match.end())
        if after is not None and after.group() == "?":
            continue
        if _CONDITION.search(text, start, match.start()):
            continue
        return match
    return None
