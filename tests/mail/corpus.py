"""Registration e-mails as organisers receive them, with the people and statuses the event must end up with.

Each message is written byte by byte the way mail programs send them (Outlook's quoted-printable
windows-1252 labelled ISO-8859-1, Apple Mail's base64 UTF-8, Gmail's multipart/alternative, an HTML-only
message from a webmail, RFC 2047 encoded-word headers), with a Received header stamped by the
organiser's server. The event: capacity 18, registrations "received no later than 11 October 2018" in
Geneva's time zone, as the 2018 Geneva conference asked.

`write_mbox`, `write_maildir` and `write_eml_folder` put the same messages in each container, in an
order other than their arrival, so first come, first served must come from the Received headers.
"""

from __future__ import annotations

import base64
import mailbox
import quopri
from dataclasses import dataclass, field
from datetime import date
from email.header import Header
from pathlib import Path

from checkin.core.models import Event, Status

REGISTERED, WAITLISTED, CANCELLED = Status.REGISTERED, Status.WAITLISTED, Status.CANCELLED
ORGANISER = "registration@conference.example"
EVENT = Event(title="Migration and Development", starts_on=date(2018, 10, 18), capacity=18,
              registration_deadline=date(2018, 10, 11), timezone="Europe/Zurich", languages=("en", "fr"))


@dataclass(frozen=True)
class Expected:
    """One person as the event must hold them after reading the whole mailbox."""

    given_name: str
    family_name: str
    status: Status
    honorific: str = ""
    job_title: str = ""
    organisation: str = ""
    email: str = ""
    language: str = "en"
    grouped: bool = False  # registered together with others of the same message
    late: bool = False


@dataclass(frozen=True)
class Mail:
    name: str  # what the message is, for a failing test's message
    raw: bytes
    kind: str  # the reading's kind
    people: tuple[str, ...] = ()  # "Given Family" of the people the message names
    message_id: str = ""


@dataclass
class Corpus:
    mails: list[Mail] = field(default_factory=list)
    expected: list[Expected] = field(default_factory=list)

    def add(self, mail: Mail) -> None:
        self.mails.append(mail)


def _headers(sender: str, subject: str, received: str, date_header: str | None, message_id: str,
             extra: tuple[tuple[str, str], ...] = ()) -> bytes:
    lines = []
    if received:
        lines.append(f"Received: from mail.sender.example (mail.sender.example [192.0.2.10])\r\n"
                     f"\tby mx.conference.example (Postfix) with ESMTPS id 4F1X2Y3Z\r\n"
                     f"\tfor <{ORGANISER}>; {received}")
        lines.append("Received: from [10.0.0.5] by mail.sender.example with ESMTPSA; Mon, 1 Jan 2001 00:00:00 +0000")
    subject = subject if subject.isascii() else encoded(subject)
    lines += [f"From: {sender}", f"To: {ORGANISER}", f"Subject: {subject}"]
    if date_header:
        lines.append(f"Date: {date_header}")
    lines.append(f"Message-ID: {message_id}")
    lines += [f"{name}: {value}" for name, value in extra]
    lines.append("MIME-Version: 1.0")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def plain(sender: str, subject: str, received: str, body: str, *, date_header: str | None = None,
          message_id: str, charset: str = "utf-8", encoding: str = "8bit", declared: str | None = None,
          extra: tuple[tuple[str, str], ...] = ()) -> bytes:
    """A text/plain message; `declared` is the charset the header claims when it differs from the real one."""
    data = body.replace("\n", "\r\n").encode(charset)
    if encoding == "quoted-printable":
        data = quopri.encodestring(data).replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")
    elif encoding == "base64":
        data = base64.encodebytes(data).replace(b"\n", b"\r\n")
    head = _headers(sender, subject, received, date_header or received, message_id, extra)
    head += (f"Content-Type: text/plain; charset={declared or charset}; format=flowed\r\n"
             f"Content-Transfer-Encoding: {encoding}\r\n\r\n").encode("ascii")
    return head + data


def alternative(sender: str, subject: str, received: str, text: str, html: str, *, message_id: str) -> bytes:
    boundary = "----=_Part_1234_5678.1537000000000"
    head = _headers(sender, subject, received, received, message_id)
    head += f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'.encode("ascii")
    text_part = quopri.encodestring(text.encode("utf-8")).replace(b"\n", b"\r\n")
    html_part = base64.encodebytes(html.encode("utf-8")).replace(b"\n", b"\r\n")
    return (head + f"--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n".encode("ascii") + text_part
            + f"\r\n--{boundary}\r\nContent-Type: text/html; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n".encode("ascii") + html_part
            + f"\r\n--{boundary}--\r\n".encode("ascii"))


def html_only(sender: str, subject: str, received: str, html: str, *, message_id: str) -> bytes:
    head = _headers(sender, subject, received, received, message_id)
    head += b"Content-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    return head + quopri.encodestring(html.encode("iso-8859-1")).replace(b"\n", b"\r\n")


def encoded(text: str) -> str:
    """An RFC 2047 encoded-word, as mail programs write a name or subject with accents."""
    return Header(text, "utf-8").encode()


def build() -> Corpus:
    corpus = Corpus()
    add = corpus.add
    E = Expected

    add(Mail("English form with labels", plain(
        '"Ada Lovelace" <ada@engines.example>', "Registration - Migration and Development conference",
        "Thu, 20 Sep 2018 09:00:00 +0200",
        "Dear organisers,\n\nPlease find my registration below.\n\nName: Dr. Ada LOVELACE\n"
        "Position: Senior Analyst\nOrganisation: Analytical Engines Ltd\nE-mail: ada.lovelace@engines.example\n\n"
        "Best regards,\nAda\n", message_id="<form-ada@engines.example>"), "registration", ("Ada Lovelace",)))

    add(Mail("French form, quoted-printable ISO-8859-1, encoded subject", plain(
        f"{encoded('Élodie Favre')} <elodie.favre@unige.example>", encoded("Inscription à la conférence"),
        "Fri, 21 Sep 2018 10:15:00 +0200",
        "Madame, Monsieur,\n\nJe souhaite m'inscrire à la conférence du 18 octobre.\n\nCivilité : Mme\n"
        "Prénom : Élodie\nNom : Favre\nFonction : Cheffe de projet\nOrganisation : Université de Genève\n\n"
        "Avec mes meilleures salutations,\nÉlodie Favre\n",
        message_id="<elodie-1@unige.example>", charset="iso-8859-1", encoding="quoted-printable"),
        "registration", ("Élodie Favre",)))

    add(Mail("German free sentence and signature, base64", plain(
        f"{encoded('Weiß, Jürgen')} <juergen.weiss@sem.example>", "Anmeldung Konferenz 18. Oktober",
        "Sat, 22 Sep 2018 11:30:00 +0200",
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für die Konferenz am 18. Oktober an.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Jürgen Weiß\nAbteilungsleiter\nStaatssekretariat für Migration\n"
        "Quellenweg 6, 3003 Bern\nTel. +41 58 465 11 11\n",
        message_id="<CAJ0weiss@sem.example>", encoding="base64"), "registration", ("Jürgen Weiß",)))

    add(Mail("Italian sentence, windows-1252 text labelled ISO-8859-1", plain(
        "Giulia Rossi <giulia.rossi@esteri.example>", "Iscrizione conferenza", "Sun, 23 Sep 2018 08:45:00 +0200",
        "Gentili Signore e Signori,\n\nvorrei iscrivermi alla conferenza del 18 ottobre.\n\nCordiali saluti\n"
        "Giulia Rossi\nConsigliera\nRappresentanza permanente d’Italia\n",
        message_id="<rossi@esteri.example>", charset="cp1252", declared="iso-8859-1", encoding="quoted-printable"),
        "registration", ("Giulia Rossi",)))

    add(Mail("HTML-only French delegation as a table", html_only(
        f"{encoded('Mission permanente du Sénégal')} <secretariat@mission-sn.example>",
        "Inscription délégation", "Mon, 24 Sep 2018 14:00:00 +0200",
        "<html><head><style>td {font-family: Arial}</style></head><body><p>Madame, Monsieur,</p>"
        "<p>Nous souhaitons inscrire la délégation suivante&nbsp;:</p><table border=1>"
        "<tr><th>Nom</th><th>Prénom</th><th>Fonction</th><th>Organisation</th><th>Courriel</th></tr>"
        "<tr><td>DIALLO</td><td>Aminata</td><td>Ambassadrice</td><td>Mission permanente du Sénégal</td>"
        "<td>aminata.diallo@mission-sn.example</td></tr>"
        "<tr><td>NDIAYE</td><td>Moussa</td><td>Conseiller</td><td>Mission permanente du Sénégal</td>"
        "<td>moussa.ndiaye@mission-sn.example</td></tr></table>"
        "<p>Veuillez agréer nos salutations distinguées.</p><p>Le Secrétariat</p></body></html>",
        message_id="<delegation-sn@mission-sn.example>"), "registration", ("Aminata Diallo", "Moussa Ndiaye")))

    add(Mail("An assistant registers her ambassador (multipart/alternative)", alternative(
        "Ama Owusu <ama.owusu@ghana-mission.example>", "Registration of H.E. the Ambassador",
        "Tue, 25 Sep 2018 09:30:00 +0200",
        "Dear Sir/Madam,\n\nOn behalf of H.E. Mr. Kwame MENSAH, Ambassador and Permanent Representative of Ghana, "
        "I would like to register him for the conference on 18 October.\n\nKind regards,\nAma Owusu\n"
        "Personal Assistant to the Ambassador\nPermanent Mission of Ghana\n",
        "<div>Dear Sir/Madam,</div><div><br></div><div>On behalf of H.E. Mr. Kwame MENSAH, Ambassador and "
        "Permanent Representative of Ghana, I would like to register him for the conference on 18 October."
        "</div><div><br></div><div>Kind regards,<br>Ama Owusu<br>Personal Assistant to the Ambassador<br>"
        "Permanent Mission of Ghana</div>", message_id="<ghana-1@ghana-mission.example>"),
        "registration", ("Kwame Mensah",)))

    add(Mail("An assistant registers her ambassador and herself", plain(
        "Sofia Lopes <sofia.lopes@portugal-mission.example>", "Registration", "Wed, 26 Sep 2018 16:20:00 +0200",
        "Dear colleagues,\n\nI would like to register Ambassador Maria FERNANDES and myself for the "
        "conference.\n\nBest regards,\nSofia Lopes\nSecond Secretary\nPermanent Mission of Portugal\n",
        message_id="<lopes@portugal-mission.example>"), "registration", ("Maria Fernandes", "Sofia Lopes")))

    add(Mail("A delegation as a numbered list", plain(
        "Lars Berg <lars.berg@norway-mission.example>", "Registration of the Norwegian delegation",
        "Thu, 27 Sep 2018 10:05:00 +0200",
        "Dear organisers,\n\nPlease register the following members of our delegation:\n\n"
        "1. H.E. Ms. Ingrid HANSEN, Ambassador\n2. Mr. Lars Berg, Counsellor, lars.berg@norway-mission.example\n"
        "3. Ms. Kari NORDMANN, Attaché\n\nBest regards,\nLars Berg\nCounsellor\nPermanent Mission of Norway\n",
        message_id="<norway@norway-mission.example>"), "registration",
        ("Ingrid Hansen", "Lars Berg", "Kari Nordmann")))

    add(Mail("German form for two people", plain(
        "Karl Braun <karl.braun@diplo.example>", "Anmeldung", "Fri, 28 Sep 2018 13:40:00 +0200",
        "Guten Tag,\n\nhiermit melde ich folgende Personen an:\n\nName: Herr Thomas Müller\n"
        "Funktion: Botschaftsrat\nOrganisation: Ständige Vertretung Deutschlands\n"
        "E-Mail: thomas.mueller@diplo.example\n\nName: Frau Anna Schmidt\nFunktion: Attachée\n"
        "Organisation: Ständige Vertretung Deutschlands\nE-Mail: anna.schmidt@diplo.example\n\n"
        "Freundliche Grüße\nKarl Braun\n", message_id="<braun@diplo.example>"),
        "registration", ("Thomas Müller", "Anna Schmidt")))

    add(Mail("Outlook reply from an iPhone, with the invitation quoted and a disclaimer", plain(
        "Radu Cucos <rcucos@iom.example>", "RE: Invitation - Migration and Development",
        "Sat, 29 Sep 2018 07:55:00 +0200",
        "I would like to register.\n\nName: Radu Cucos\nTitle: Programme Officer\nOrganisation: IOM\n\n"
        "Sent from my iPhone\n\n________________________________\nFrom: Conference Secretariat "
        f"<{ORGANISER}>\nSent: Monday, 24 September 2018 10:00\nTo: Radu Cucos\nSubject: Invitation\n\n"
        "Dear colleague,\n\nTo register, please reply with:\nName: Jane Example\nFunction:\nOrganisation:\n\n"
        "Best regards,\nConference Secretariat\n\nThis e-mail and any attachments are confidential and intended "
        "solely for the addressee.\n", message_id="<iphone-cucos@iom.example>"),
        "registration", ("Radu Cucos",)))

    add(Mail("The same person again with new details", plain(
        '"Ada Lovelace" <ada@engines.example>', "Updated registration", "Sun, 30 Sep 2018 18:00:00 +0200",
        "Dear organisers,\n\nplease update my registration: I have a new position.\n\nName: Dr. Ada Lovelace\n"
        "Position: Chief Analyst\nOrganisation: Analytical Engines Ltd\nE-mail: ada.lovelace@engines.example\n\n"
        "Thanks,\nAda\n", message_id="<form-ada-2@engines.example>"), "registration", ("Ada Lovelace",)))

    add(Mail("French reply with the organiser's message quoted", plain(
        "Pierre Dubois <pierre.dubois@eda.example>", "Re: Invitation", "Mon, 1 Oct 2018 11:11:00 +0200",
        "Bonjour,\n\nJe souhaite m'inscrire à la conférence.\n\nCordialement,\nPierre Dubois\n"
        "Conseiller juridique\nDépartement fédéral des affaires étrangères\n\n"
        f"Le 24 sept. 2018 à 10:00, Secrétariat <{ORGANISER}> a écrit :\n> Madame, Monsieur,\n"
        "> Nom : Exemple\n> Fonction : Secrétaire\n", message_id="<dubois@eda.example>"),
        "registration", ("Pierre Dubois",)))

    add(Mail("A cancellation in English", plain(
        "Radu Cucos <rcucos@iom.example>", "Cancellation", "Tue, 2 Oct 2018 15:00:00 +0200",
        "Dear organisers,\n\nunfortunately I can no longer attend the conference.\n\nBest regards,\nRadu Cucos\n",
        message_id="<cancel-cucos@iom.example>"), "cancellation", ("Radu Cucos",)))

    add(Mail("An out-of-office reply with RFC 3834 headers", plain(
        "Peter Gray <peter.gray@example.org>", "Automatic reply: Invitation", "Wed, 3 Oct 2018 09:00:00 +0200",
        "I am out of the office until 15 October with limited access to e-mail.\n",
        message_id="<ooo-gray@example.org>", extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))),
        "auto_reply"))

    add(Mail("An out-of-office reply with no header, in French", plain(
        "Claire Petit <claire.petit@example.fr>", "Absence du bureau", "Wed, 3 Oct 2018 09:05:00 +0200",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 15 octobre. Pour toute urgence, veuillez contacter "
        "mon collègue.\n\nCordialement,\nClaire Petit\n", message_id="<absence-petit@example.fr>"), "auto_reply"))

    add(Mail("A newsletter", plain(
        "Migration Weekly <news@newsletter.example>", "Register now for our webinar!",
        "Thu, 4 Oct 2018 06:00:00 +0200",
        "Register now for our webinar on migration data. Click here to register.\n\nUnsubscribe\n",
        message_id="<news-42@newsletter.example>",
        extra=(("List-Unsubscribe", "<mailto:unsubscribe@newsletter.example>"), ("Precedence", "bulk"))), "bulk"))

    add(Mail("Spam that the organiser's server flagged", plain(
        "Prize Desk <winner@lottery.example>", "Congratulations! Register now to claim your prize",
        "Thu, 4 Oct 2018 03:12:00 +0200",
        "Dear friend,\n\nYou have been selected. Register now with your name and bank details to claim "
        "your prize.\n\nBest regards,\nJohn Winner\n", message_id="<spam-1@lottery.example>",
        extra=(("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=14.2 required=5.0"))), "bulk"))

    add(Mail("The organiser's own reply, exported with the inbox", plain(
        f"Conference Secretariat <{ORGANISER}>", "Re: Registration", "Thu, 4 Oct 2018 11:00:00 +0200",
        "Dear Ms Lovelace,\n\nThank you for your registration, which is confirmed.\n\nBest regards,\n"
        "Conference Secretariat\n", message_id="<reply-ada@conference.example>",
        extra=(("In-Reply-To", "<form-ada@engines.example>"),)).replace(
            f"To: {ORGANISER}".encode(), b"To: Ada Lovelace <ada@engines.example>"), "registration",
        ("Conference Secretariat",)))

    add(Mail("A question that registers nobody", plain(
        "Tom Baker <tom.baker@example.net>", "Question about interpretation", "Fri, 5 Oct 2018 12:00:00 +0200",
        "Hello,\n\nWill there be interpretation into Spanish? Is there parking at the venue?\n\nThanks,\n"
        "Tom Baker\n", message_id="<question-baker@example.net>"), "question"))

    add(Mail("A cancellation in French", plain(
        f"{encoded('Élodie Favre')} <elodie.favre@unige.example>", "Annulation", "Sat, 6 Oct 2018 10:00:00 +0200",
        "Madame, Monsieur,\n\nMalheureusement, je ne pourrai plus venir à la conférence.\n\n"
        "Meilleures salutations,\nÉlodie Favre\n", message_id="<elodie-2@unige.example>"),
        "cancellation", ("Élodie Favre",)))

    add(Mail("The sender's clock is twelve years ahead", plain(
        "Siddharth Rao <s.rao@graduateinstitute.example>", "Registration", "Sun, 7 Oct 2018 20:00:00 +0200",
        "Hello,\n\nI would like to register for the conference.\n\nBest,\nSiddharth Rao\nResearch Fellow\n"
        "Graduate Institute Geneva\n", date_header="Tue, 7 Oct 2030 20:00:00 +0200",
        message_id="<rao@graduateinstitute.example>"), "registration", ("Siddharth Rao",)))

    add(Mail("Forwarded by an assistant", plain(
        "Paul Smith <paul.smith@ilo.example>", "Fwd: Registration", "Mon, 8 Oct 2018 09:00:00 +0200",
        "Please see below the registration of our Director.\n\n---------- Forwarded message ---------\n"
        "From: Hélène Martin <helene.martin@ilo.example>\nDate: Mon, 8 Oct 2018 at 08:30\n"
        "Subject: Registration\nTo: Paul Smith <paul.smith@ilo.example>\n\n"
        "Dear Paul,\n\nplease register me for the conference in Geneva.\n\nBest regards,\nHélène Martin\n"
        "Director, Labour Migration Branch\nInternational Labour Organization\n",
        message_id="<fwd-martin@ilo.example>"), "registration", ("Hélène Martin",)))

    add(Mail("The sender's clock is years behind", plain(
        "Noor Haddad <noor.haddad@example.jo>", "Registration", "Tue, 9 Oct 2018 08:00:00 +0200",
        "Dear organisers,\n\nI would like to register for the conference.\n\nKind regards,\nNoor Haddad\n"
        "Migration Officer\nMinistry of Labour\n", date_header="Mon, 1 Jan 2001 00:00:00 +0000",
        message_id="<haddad@example.jo>"), "registration", ("Noor Haddad",)))

    add(Mail("Italian form with a language line", plain(
        "Marco Bianchi <marco.bianchi@esteri.example>", "Iscrizione", "Wed, 10 Oct 2018 10:00:00 +0200",
        "Buongiorno,\n\nvorrei iscrivermi alla conferenza.\n\nNome: Marco\nCognome: Bianchi\n"
        "Funzione: Primo Segretario\nOrganizzazione: Rappresentanza permanente d'Italia\nLingua: francese\n\n"
        "Cordiali saluti\nMarco Bianchi\n", message_id="<bianchi@esteri.example>"),
        "registration", ("Marco Bianchi",)))

    add(Mail("On the deadline's last evening in Geneva (21:30 UTC)", plain(
        "Lena Vogel <lena.vogel@example.ch>", "Anmeldung", "Thu, 11 Oct 2018 21:30:00 +0000",
        "Guten Abend,\n\nich möchte mich für die Konferenz anmelden.\n\nBeste Grüße\nLena Vogel\n"
        "Projektleiterin\nSchweizerisches Rotes Kreuz\n", message_id="<vogel@example.ch>"),
        "registration", ("Lena Vogel",)))

    add(Mail("After midnight in Geneva, still 11 October in UTC: late", plain(
        "Olivia Brown <olivia.brown@swissinfo.example>", "Registration", "Thu, 11 Oct 2018 22:30:00 +0000",
        "Hello,\n\nI would like to register for the conference.\n\nRegards,\nOlivia Brown\nJournalist\n"
        "Swissinfo\n", message_id="<brown@swissinfo.example>"), "registration", ("Olivia Brown",)))

    add(Mail("A cancellation of someone never registered", plain(
        "Nobody Known <nobody@example.com>", "Cancel my registration", "Fri, 12 Oct 2018 09:00:00 +0200",
        "Please cancel my registration.\n\nRegards,\nNobody Known\n", message_id="<nobody@example.com>"),
        "cancellation", ("Nobody Known",)))

    add(Mail("Late, in Italian", plain(
        "Luca Ferrari <luca.ferrari@example.it>", "Iscrizione", "Sat, 13 Oct 2018 09:00:00 +0200",
        "Buongiorno,\n\nvorrei iscrivermi alla conferenza.\n\nCordiali saluti\nLuca Ferrari\nRicercatore\n"
        "Università di Bologna\n", message_id="<ferrari@example.it>"), "registration", ("Luca Ferrari",)))

    add(Mail("A delegation as a plain-text table", plain(
        "Permanent Mission of Austria <office@austria-mission.example>", "Registration",
        "Wed, 19 Sep 2018 16:00:00 +0200",
        "Dear Sir or Madam,\n\nWe would like to register the following participants:\n\n"
        "| Name | Function | E-mail |\n|------|----------|--------|\n"
        "| Mag. Eva HUBER | Minister Counsellor | eva.huber@austria-mission.example |\n"
        "| Dr. Stefan Gruber | Attaché | stefan.gruber@austria-mission.example |\n\n"
        "Kind regards,\nOffice of the Permanent Mission of Austria\n", message_id="<table@austria-mission.example>"),
        "registration", ("Eva Huber", "Stefan Gruber")))

    add(Mail("Registration words inside a question", plain(
        "Mia Wong <mia.wong@example.hk>", "Registration question", "Fri, 5 Oct 2018 12:30:00 +0200",
        "Hello,\n\ncould you tell me how I can register my colleague? Is there a deadline?\n\nThanks,\nMia Wong\n",
        message_id="<wong@example.hk>"), "question"))

    add(Mail("A registration that mentions cancelling only as a condition", plain(
        "Anders Lund <anders.lund@norden.example>", "Registration", "Fri, 28 Sep 2018 17:00:00 +0200",
        "Dear organisers,\n\nI would like to register for the conference. Should I be unable to attend, I will "
        "let you know.\n\nBest regards,\nAnders Lund\nPolicy Adviser\nNordic Council\n",
        message_id="<lund@norden.example>"), "registration", ("Anders Lund",)))

    add(Mail("A delegate cancels in German, from their own address", plain(
        f"{encoded('Thomas Müller')} <thomas.mueller@diplo.example>", "Absage", "Thu, 4 Oct 2018 16:00:00 +0200",
        "Sehr geehrte Damen und Herren,\n\nleider kann ich nicht teilnehmen.\n\nMit freundlichen Grüßen\n"
        "Thomas Müller\n", message_id="<absage-mueller@diplo.example>"), "cancellation", ("Thomas Müller",)))

    add(Mail("A cancellation in Italian", plain(
        "Giulia Rossi <giulia.rossi@esteri.example>", "Annullamento", "Fri, 5 Oct 2018 09:30:00 +0200",
        "Gentili Signori,\n\npurtroppo non potrò partecipare alla conferenza.\n\nCordiali saluti\nGiulia Rossi\n",
        message_id="<annullamento-rossi@esteri.example>", charset="iso-8859-1", encoding="quoted-printable"),
        "cancellation", ("Giulia Rossi",)))

    add(Mail("The first message again (a copy in another folder)", corpus.mails[0].raw, "registration",
             ("Ada Lovelace",)))

    corpus.expected = [
        E("Eva", "Huber", REGISTERED, "Mag.", "Minister Counsellor", "", "eva.huber@austria-mission.example",
          grouped=True),
        E("Stefan", "Gruber", REGISTERED, "Dr.", "Attaché", "", "stefan.gruber@austria-mission.example",
          grouped=True),
        E("Anders", "Lund", REGISTERED, "", "Policy Adviser", "Nordic Council", "anders.lund@norden.example"),
        E("Ada", "Lovelace", REGISTERED, "Dr.", "Chief Analyst", "Analytical Engines Ltd",
          "ada.lovelace@engines.example"),
        E("Élodie", "Favre", CANCELLED, "Mme", "Cheffe de projet", "Université de Genève",
          "elodie.favre@unige.example", "fr"),
        E("Jürgen", "Weiß", REGISTERED, "Dr.", "Abteilungsleiter", "Staatssekretariat für Migration",
          "juergen.weiss@sem.example", "de"),
        E("Giulia", "Rossi", CANCELLED, "", "Consigliera", "Rappresentanza permanente d’Italia",
          "giulia.rossi@esteri.example", "it"),
        E("Aminata", "Diallo", REGISTERED, "", "Ambassadrice", "Mission permanente du Sénégal",
          "aminata.diallo@mission-sn.example", "fr", grouped=True),
        E("Moussa", "Ndiaye", REGISTERED, "", "Conseiller", "Mission permanente du Sénégal",
          "moussa.ndiaye@mission-sn.example", "fr", grouped=True),
        E("Kwame", "Mensah", REGISTERED, "H.E. Mr.", "Ambassador and Permanent Representative of Ghana", "",
          "ama.owusu@ghana-mission.example"),
        E("Maria", "Fernandes", REGISTERED, "Ambassador", "", "", "sofia.lopes@portugal-mission.example",
          grouped=True),
        E("Sofia", "Lopes", REGISTERED, "", "Second Secretary", "Permanent Mission of Portugal",
          "sofia.lopes@portugal-mission.example", grouped=True),
        E("Ingrid", "Hansen", REGISTERED, "H.E. Ms.", "Ambassador", "", "lars.berg@norway-mission.example",
          grouped=True),
        E("Lars", "Berg", REGISTERED, "Mr.", "Counsellor", "Permanent Mission of Norway",
          "lars.berg@norway-mission.example", grouped=True),
        E("Kari", "Nordmann", REGISTERED, "Ms.", "Attaché", "", "lars.berg@norway-mission.example", grouped=True),
        E("Thomas", "Müller", CANCELLED, "Herr", "Botschaftsrat", "Ständige Vertretung Deutschlands",
          "thomas.mueller@diplo.example", "de", grouped=True),
        E("Anna", "Schmidt", REGISTERED, "Frau", "Attachée", "Ständige Vertretung Deutschlands",
          "anna.schmidt@diplo.example", "de", grouped=True),
        E("Radu", "Cucos", CANCELLED, "", "Programme Officer", "IOM", "rcucos@iom.example"),
        E("Pierre", "Dubois", REGISTERED, "", "Conseiller juridique", "Département fédéral des affaires étrangères",
          "pierre.dubois@eda.example", "fr"),
        E("Siddharth", "Rao", REGISTERED, "", "Research Fellow", "Graduate Institute Geneva",
          "s.rao@graduateinstitute.example"),
        E("Hélène", "Martin", REGISTERED, "", "Director, Labour Migration Branch",
          "International Labour Organization", "helene.martin@ilo.example"),
        E("Noor", "Haddad", REGISTERED, "", "Migration Officer", "Ministry of Labour", "noor.haddad@example.jo"),
        E("Marco", "Bianchi", WAITLISTED, "", "Primo Segretario", "Rappresentanza permanente d'Italia",
          "marco.bianchi@esteri.example", "fr"),
        E("Lena", "Vogel", WAITLISTED, "", "Projektleiterin", "Schweizerisches Rotes Kreuz", "lena.vogel@example.ch",
          "de"),
        E("Olivia", "Brown", WAITLISTED, "", "Journalist", "Swissinfo", "olivia.brown@swissinfo.example",
          late=True),
        E("Luca", "Ferrari", WAITLISTED, "", "Ricercatore", "Università di Bologna", "luca.ferrari@example.it",
          "it", late=True),
    ]
    return corpus


# The order the messages are put in the containers: not their arrival order.
def shuffled(corpus: Corpus) -> list[Mail]:
    mails = list(corpus.mails)
    return mails[1::2][::-1] + mails[0::2]


def write_mbox(corpus: Corpus, path: Path) -> Path:
    box = mailbox.mbox(path)
    for mail in shuffled(corpus):
        box.add(mail.raw)
    box.flush()
    box.close()
    return path


def write_maildir(corpus: Corpus, path: Path) -> Path:
    box = mailbox.Maildir(path, create=True)
    for mail in shuffled(corpus):
        box.add(mail.raw)
    return path


def write_eml_folder(corpus: Corpus, path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for number, mail in enumerate(shuffled(corpus), 1):
        (path / f"{number:02d} {mail.name[:40].replace('/', '-')}.eml").write_bytes(mail.raw)
    return path
