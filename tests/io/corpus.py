"""Registration lists in the exact layouts other systems export, with the people the desk must end up with.

Each fixture writes one file as that system does (its header labels, sheet names, value words and date
formats, taken from its own source code or documentation, named in the fixture) and says, person by person,
what an import with default settings must make of it. The people are those real lists hold: delegations
under one mailbox, buyers of several tickets, cancellations and waitlists in the source's own words, a form
sent twice, honorifics typed into the given-name column, names in many scripts and written family name first.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from checkin.core.models import Status
from checkin.io import import_report as codes

REGISTERED, WAITLISTED, CANCELLED = Status.REGISTERED, Status.WAITLISTED, Status.CANCELLED


@dataclass(frozen=True)
class Person:
    """One attendee as the event must hold them after the import (fields left out are empty)."""

    name: str  # as the desk shows it (Attendee.name)
    given: str
    family: str
    email: str = ""
    honorific: str = ""
    organisation: str = ""
    job_title: str = ""
    category: str = "Participant"
    status: Status = REGISTERED
    group: str = ""
    needs: str = ""
    codes: tuple[str, ...] = ()
    registered: datetime | None = None  # local time of the event, when the export states one


@dataclass(frozen=True)
class Fixture:
    name: str  # the file name: the system and the export it copies
    source: str  # where its layout was taken from
    write: Callable[[Path], Path]
    people: Sequence[Person]
    problems: frozenset[tuple[int, str]] = field(default_factory=frozenset)  # (row, code) the report must hold
    sheet: str = ""


def _xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, rows: list[list[object]], encoding: str = "utf-8", delimiter: str = ",",
         lines: Sequence[str] = ()) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        for line in lines:
            handle.write(line + "\r\n")
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


# -- pretix ---------------------------------------------------------------------------------------
PRETIX_POSITIONS = [
    "Event slug", "Order code", "Position ID", "Status", "Email", "Phone number", "Order date", "Order time",
    "Product", "Variation", "Price", "Tax rate", "Tax rule", "Tax value", "Attendee name", "Attendee name: Title",
    "Attendee name: Given name", "Attendee name: Family name", "Attendee email", "Company", "Address",
    "ZIP code", "City", "Country", "State", "Voucher", "Pseudonymization ID", "Seat ID", "Seat name", "Seat zone",
    "Seat row", "Seat number", "Order comment", "Follow-up date", "Dietary requirements", "Company",
    "Invoice address name", "Invoice address name: Title", "Invoice address name: Given name",
    "Invoice address name: Family name", "Address", "ZIP code", "City", "Country", "State", "VAT ID",
    "Sales channel", "Order locale", "E-mail address verified", "Payment providers",
]
PRETIX_ORDERS = [
    "Event slug", "Order code", "Order total", "Status", "Email", "Phone number", "Order date", "Order time",
    "Company", "Name", "Title", "Given name", "Family name", "Address", "ZIP code", "City", "Country", "State",
    "Custom address field", "VAT ID", "Date of last payment", "Fees", "Order locale", "Invoice numbers",
    "Sales channel", "Requires special attention", "Comment", "Follow-up date", "Positions",
    "E-mail address verified", "Payment providers",
]


def _pretix_position(order: str, position: int, status: str, email: str, date: str, product: str,
                     title: str, given: str, family: str, attendee_email: str, company: str, diet: str,
                     locale: str) -> list[object]:
    attendee_name = " ".join(part for part in (title, given, family) if part)
    return ["geneva2018", order, position, status, email, "", date, "09:15:00", product, "", "0.00", "0.00", "",
            "0.00", attendee_name, title, given, family, attendee_email, company, "", "", "", "", "", "",
            f"PSEUDO{order}{position}", "", "", "", "", "", "", "", diet, company, "", "", "", "", "", "", "", "",
            "", "", "web", locale, "Yes", "Bank transfer"]


def pretix_combined(path: Path) -> Path:
    positions = [
        PRETIX_POSITIONS,
        _pretix_position("Q7XKP", 1, "paid", "office.ghana@mission.example", "2018-09-03", "Participant", "H.E.",
                         "Kwame", "Mensah", "kwame.mensah@mission.example", "Permanent Mission of Ghana", "", "en"),
        _pretix_position("Q7XKP", 2, "paid", "office.ghana@mission.example", "2018-09-03", "Participant", "",
                         "Ama", "Owusu", "", "Permanent Mission of Ghana", "vegetarian", "en"),
        _pretix_position("Q7XKP", 3, "paid", "office.ghana@mission.example", "2018-09-03", "Participant", "Mr",
                         "Kofi", "Boateng", "", "Permanent Mission of Ghana", "", "fr"),
        _pretix_position("B2RZT", 1, "canceled", "ada@analytical.example", "2018-09-04", "Speaker", "Dr",
                         "Ada", "Lovelace", "ada@analytical.example", "Analytical Engines", "", "en"),
        _pretix_position("K9PLM", 1, "pending", "fang.wang@tsinghua.example", "2018-09-05", "Participant", "",
                         "芳", "王", "fang.wang@tsinghua.example", "清华大学", "halal", "en"),
        _pretix_position("M4NNA", 1, "paid", "events@ilo.example", "2018-09-06", "Workshop pass", "",
                         "Pier", "Art", "pier.art@ilo.example", "ILO", "", "en"),
        _pretix_position("M4NNA", 2, "paid", "events@ilo.example", "2018-09-06", "Workshop pass", "Ms",
                         "Sara", "Zahn", "sara.zahn@ilo.example", "ILO", "", "en"),
        _pretix_position("Z8TTE", 1, "expired", "radu@osce.example", "2018-09-07", "Participant", "",
                         "Radu", "Cucoș", "radu@osce.example", "OSCE", "", "en"),
    ]
    orders = [PRETIX_ORDERS,
              ["geneva2018", "Q7XKP", "0.00", "paid", "office.ghana@mission.example", "", "2018-09-03", "09:15:00",
               "Permanent Mission of Ghana", "Akosua Asante", "", "Akosua", "Asante", *[""] * 9, "0.00", "en", "",
               "web", "No", "", "", 3, "Yes", "Bank transfer"]]
    fees = [["Event slug", "Order code", "Status", "Email", "Phone number", "Order date", "Order time", "Fee type",
             "Description", "Price", "Tax rate", "Tax rule", "Tax value", "Company", "Invoice address name"],
            ["geneva2018", "Q7XKP", "paid", "office.ghana@mission.example", "", "2018-09-03", "09:15:00",
             "Payment fee", "", "0.00", "0.00", "", "0.00", "Permanent Mission of Ghana", "Akosua Asante"]]
    return _xlsx(path, {"Orders": orders, "Order positions": positions, "Order fees": fees})


PRETIX = Fixture(
    "pretix-order-data-combined-excel.xlsx",
    "pretix/pretix src/pretix/base/exporters/orderlist.py (OrderListExporter: sheets Orders, Order positions, "
    "Order fees; their headers), src/pretix/base/exporter.py (MultiSheetListExporter._render_xlsx: one sheet per "
    "label), src/pretix/base/settings.py (PERSON_NAME_SCHEMES title_given_family), "
    "src/pretix/base/models/orders.py (STATUS_CHOICE: pending, paid, expired, canceled)",
    pretix_combined,
    [Person("Kwame Mensah", "Kwame", "Mensah", "kwame.mensah@mission.example", "H.E.",
            "Permanent Mission of Ghana", group="Permanent Mission of Ghana"),
     Person("Ama Owusu", "Ama", "Owusu", "office.ghana@mission.example", "", "Permanent Mission of Ghana",
            group="Permanent Mission of Ghana", needs="vegetarian"),
     Person("Kofi Boateng", "Kofi", "Boateng", "office.ghana@mission.example", "Mr", "Permanent Mission of Ghana",
            group="Permanent Mission of Ghana"),
     Person("Ada Lovelace", "Ada", "Lovelace", "ada@analytical.example", "Dr", "Analytical Engines",
            category="Speaker", status=CANCELLED),
     Person("王芳", "芳", "王", "fang.wang@tsinghua.example", "", "清华大学", status=WAITLISTED, needs="halal"),
     Person("Pier Art", "Pier", "Art", "pier.art@ilo.example", "", "ILO", category="Workshop pass", group="ILO"),
     Person("Sara Zahn", "Sara", "Zahn", "sara.zahn@ilo.example", "Ms", "ILO", category="Workshop pass",
            group="ILO"),
     Person("Radu Cucoș", "Radu", "Cucoș", "radu@osce.example", "", "OSCE", status=CANCELLED)],
    frozenset({(7, codes.NEW_CATEGORY)}),
    sheet="Order positions",
)


# -- Indico ---------------------------------------------------------------------------------------
INDICO_HEADER = ["ID", "Name", "Title", "First Name", "Last Name", "Email Address", "Affiliation", "Position",
                 "Country", "Phone Number", "Interpretation language", "Registration date", "Registration state",
                 "Price", "Checked in", "Check-in date"]


def indico_registrations(path: Path) -> Path:
    def row(number: int, title: str, given: str, family: str, email: str, affiliation: str, position: str,
            language: str, day: int, state: str) -> list[object]:
        return [number, f"{given} {family}", title, given, family, email, affiliation, position, "Switzerland", "",
                language, datetime(2018, 9, day, 10, 30), state, "0", False, ""]

    return _xlsx(path, {"Registrations": [
        INDICO_HEADER,
        row(1, "Mrs", "Barbara", "Schedler Fischer", "barbara.schedler@fdfa.example", "FDFA", "Deputy Head",
            "French", 3, "Completed"),
        row(2, "", "Sébastien", "Kulling", "sebastien@digitalswitzerland.example", "digitalswitzerland",
            "Director Romandie", "", 3, "Completed"),
        row(3, "Dr", "Jovan", "Kurbalija", "jovan@diplo.example", "DiploFoundation", "Executive Director", "",
            4, "Withdrawn"),
        row(4, "Ms", "María", "de la Cruz", "maria@unodc.example", "UNODC", "Crime Prevention Officer", "Spanish",
            5, "Pending"),
        row(5, "", "Ольга", "Иванова", "olga@osce.example", "OSCE", "Adviser", "Russian", 6, "Awaiting payment"),
        row(6, "Prof", "Giorgos", "Papadopoulos", "giorgos@uoa.example", "University of Athens", "Professor", "",
            7, "Rejected"),
    ]})


INDICO = Fixture(
    "indico-registrations-export.xlsx",
    "indico/indico indico/modules/events/registration/util.py (generate_spreadsheet_from_registrations: ID, "
    "Name, the form's fields, Registration date, Registration state, Price, Checked in, Check-in date), "
    "models/items.py (PersonalDataType titles), models/registrations.py (RegistrationState titles: Completed, "
    "Pending, Rejected, Withdrawn, Awaiting payment)",
    indico_registrations,
    [Person("Barbara Schedler Fischer", "Barbara", "Schedler Fischer", "barbara.schedler@fdfa.example", "Mrs",
            "FDFA", "Deputy Head", needs="French", registered=datetime(2018, 9, 3, 10, 30)),
     Person("Sébastien Kulling", "Sébastien", "Kulling", "sebastien@digitalswitzerland.example", "",
            "digitalswitzerland", "Director Romandie"),
     Person("Jovan Kurbalija", "Jovan", "Kurbalija", "jovan@diplo.example", "Dr", "DiploFoundation",
            "Executive Director", status=CANCELLED),
     Person("María de la Cruz", "María", "de la Cruz", "maria@unodc.example", "Ms", "UNODC",
            "Crime Prevention Officer", status=WAITLISTED, needs="Spanish"),
     Person("Ольга Иванова", "Ольга", "Иванова", "olga@osce.example", "", "OSCE", "Adviser", needs="Russian"),
     Person("Giorgos Papadopoulos", "Giorgos", "Papadopoulos", "giorgos@uoa.example", "Prof", "University of Athens",
            "Professor", status=CANCELLED)],
)


# -- Eventbrite -----------------------------------------------------------------------------------
EVENTBRITE_HEADER = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
                     "Attendee #", "Barcode #", "Attendee Status", "Company", "Job Title"]


def eventbrite_attendees(path: Path) -> Path:
    return _csv(path, [
        EVENTBRITE_HEADER,
        ["810001", "2018-09-03 09:15:22+02:00", "Anne", "Müller", "anne.mueller@acme.example", "2",
         "General Admission", "1001", "810001100101001", "Attending", "ACME AG", "Head of Compliance"],
        ["810001", "2018-09-03 09:15:22+02:00", "Hans", "Meier", "anne.mueller@acme.example", "2",
         "General Admission", "1002", "810001100201001", "Attending", "ACME AG", "Analyst"],
        ["810002", "2018-09-04 11:00:00+02:00", "Dr. Heinz", "Vogel", "heinz.vogel@uzh.example", "1",
         "Speaker", "1003", "810002100301001", "Checked In", "University of Zurich", "Professor"],
        ["810003", "2018-09-05 08:30:00+02:00", "Chiara", "Bianchi", "chiara@unicri.example", "1",
         "General Admission", "1004", "810003100401001", "Not Attending", "UNICRI", "Researcher"],
        ["810004", "2018-09-06 16:45:00+02:00", "Chiara", "Bianchi", "chiara@unicri.example", "1",
         "General Admission", "1005", "810004100501001", "Attending", "UNICRI", "Senior Researcher"],
        ["810005", "2018-09-07 10:10:00+02:00", "Jean", "Dupont", "jean.dupont@example.fr", "1", "Press",
         "1006", "810005100601001", "Deleted", "Le Temps", "Journalist"],
    ])


EVENTBRITE = Fixture(
    "eventbrite-attendee-summary.csv",
    "Eventbrite's attendee summary report: the header of the Eventbrite case in tests/io/test_import_mapping.py; "
    "Attendee Status values from the Eventbrite API's attendee status (Attending, Checked In; Not Attending, "
    "Deleted), as documented for GET /events/{event_id}/attendees/",
    eventbrite_attendees,
    [Person("Anne Müller", "Anne", "Müller", "anne.mueller@acme.example", "", "ACME AG", "Head of Compliance",
            group="ACME AG", codes=("810001100101001",), registered=datetime(2018, 9, 3, 9, 15, 22)),
     Person("Hans Meier", "Hans", "Meier", "anne.mueller@acme.example", "", "ACME AG", "Analyst", group="ACME AG",
            codes=("810001100201001",)),
     Person("Heinz Vogel", "Heinz", "Vogel", "heinz.vogel@uzh.example", "Dr.", "University of Zurich", "Professor",
            category="Speaker", codes=("810002100301001",)),
     # Cancelled her first order, booked again: the later row wins, keeping her first place in the queue.
     Person("Chiara Bianchi", "Chiara", "Bianchi", "chiara@unicri.example", "", "UNICRI", "Senior Researcher",
            codes=("810003100401001", "810004100501001"), registered=datetime(2018, 9, 5, 8, 30)),
     Person("Jean Dupont", "Jean", "Dupont", "jean.dupont@example.fr", "", "Le Temps", "Journalist",
            category="Press", status=CANCELLED, codes=("810005100601001",))],
    frozenset({(6, codes.DOUBLE_SUBMISSION)}),
)


# -- Google Forms ---------------------------------------------------------------------------------
def google_forms_responses(path: Path) -> Path:
    header = ["Horodateur", "Adresse e-mail", "Prénom", "Nom", "Organisation", "Fonction",
              "Besoins particuliers (accessibilité, régime)", "Langue d'interprétation souhaitée"]
    return _csv(path, [
        header,
        ["03/09/2018 09:19:45", "claire.favre@ge.example", "Mme Claire", "Favre", "État de Genève",
         "Cheffe de service", "", "Français"],
        ["03/09/2018 10:02:11", "jean.dupont@ong.example", "Jean Dupont", "", "Terre des hommes",
         "Chargé de projet", "fauteuil roulant", ""],
        ["04/09/2018 14:40:00", "marco@onu.example", "Marco", "Rossi", "ONU", "Stagiaire", "", "Italien"],
        ["05/09/2018 16:03:27", "claire.favre@ge.example", "Claire", "Favre", "État de Genève",
         "Cheffe de service prévention", "sans gluten", "Français"],
        ["13/09/2018 08:00:00", "yuki@jp-mission.example", "花子", "山田", "Mission du Japon", "Conseillère", "",
         "Anglais"],
    ])


GOOGLE_FORMS = Fixture(
    "google-forms-responses-fr.csv",
    "A Google Forms response sheet downloaded as CSV, French interface: Horodateur and Adresse e-mail first "
    "(the French of Timestamp and Email Address, which scripts read from response sheets, e.g. "
    "gist.github.com/snipe/5416863), then the form's questions; day-first timestamps",
    google_forms_responses,
    [Person("Claire Favre", "Claire", "Favre", "claire.favre@ge.example", "Mme", "État de Genève",
            "Cheffe de service prévention", needs="Besoins particuliers (accessibilité, régime): sans gluten; "
            "Langue d'interprétation souhaitée: Français", registered=datetime(2018, 9, 3, 9, 19, 45)),
     Person("Jean Dupont", "Jean", "Dupont", "jean.dupont@ong.example", "", "Terre des hommes", "Chargé de projet",
            needs="Besoins particuliers (accessibilité, régime): fauteuil roulant"),
     Person("Marco Rossi", "Marco", "Rossi", "marco@onu.example", "", "ONU", "Stagiaire",
            needs="Langue d'interprétation souhaitée: Italien"),
     Person("山田花子", "花子", "山田", "yuki@jp-mission.example", "", "Mission du Japon", "Conseillère",
            needs="Langue d'interprétation souhaitée: Anglais", registered=datetime(2018, 9, 13, 8, 0))],
    frozenset({(5, codes.DOUBLE_SUBMISSION)}),
)


# -- Microsoft Forms ------------------------------------------------------------------------------
def microsoft_forms_responses(path: Path) -> Path:
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Full name", "Email address",
              "Organisation", "Job title", "Accessibility needs"]
    when = datetime(2018, 9, 10, 14, 2, 5)
    return _xlsx(path, {"Sheet1": [
        header,
        [1, when, when, "anonymous", "", "Pieter van den Berg", "pieter@rijksoverheid.example",
         "Ministry of Foreign Affairs NL", "Policy Officer", "hearing loop"],
        [2, when, when, "s.kim@unhcr.example", "Kim Soo-jin", "KIM Soo-jin", "", "UNHCR", "Protection Officer", ""],
        [3, when, when, "anonymous", "", "Aisha Bello", "aisha.bello@example.ng", "", "Student", ""],
    ]})


MICROSOFT_FORMS = Fixture(
    "microsoft-forms-responses.xlsx",
    "Microsoft Forms' \"Open results in Excel\": ID, Start time, Completion time, Email, Name before the "
    "questions; a respondent who did not sign in is \"anonymous\" (support.microsoft.com, \"Set up your survey "
    "so names aren't recorded when collecting responses\")",
    microsoft_forms_responses,
    [Person("Pieter van den Berg", "Pieter", "van den Berg", "pieter@rijksoverheid.example", "",
            "Ministry of Foreign Affairs NL", "Policy Officer", needs="hearing loop"),
     Person("KIM Soo-jin", "Soo-jin", "KIM", "s.kim@unhcr.example", "", "UNHCR", "Protection Officer"),
     Person("Aisha Bello", "Aisha", "Bello", "aisha.bello@example.ng", "", "", "Student")],
)


# -- Zoom -----------------------------------------------------------------------------------------
def zoom_registration_report(path: Path) -> Path:
    header = ["First Name", "Last Name", "Email", "City", "Country/Region", "Organization", "Job Title",
              "Registration Time", "Approval Status"]
    return _csv(path, [
        header,
        ["Olga", "Ivanova", "olga.ivanova@osce.example", "Vienna", "Austria", "OSCE", "Adviser",
         "Sep 03, 2018 09:15:22", "approved"],
        ["Mohamed", "Ali", "m.ali@au.example", "Addis Ababa", "Ethiopia", "African Union", "Legal Adviser",
         "Sep 04, 2018 12:00:00", "pending"],
        ["Tomasz", "Nowak", "tomasz@example.pl", "Warsaw", "Poland", "", "", "Sep 05, 2018 18:30:00", "denied"],
    ], lines=["Registration Report", "Topic,Webinar ID,Start Time,Duration (Minutes)",
              "Digital Technology and Trafficking,987 6543 2100,Oct 18 2018 09:00 AM,480", ""])


ZOOM = Fixture(
    "zoom-webinar-registration-report.csv",
    "A Zoom webinar registration report: a summary above the registrants' table; Approval Status values from "
    "the Zoom API's registrant status (approved, pending, denied: zoom-api's MeetingRegistrantsStatus on docs.rs, "
    "the zoomr package's get_webinar_registrants)",
    zoom_registration_report,
    [Person("Olga Ivanova", "Olga", "Ivanova", "olga.ivanova@osce.example", "", "OSCE", "Adviser",
            registered=datetime(2018, 9, 3, 9, 15, 22)),
     Person("Mohamed Ali", "Mohamed", "Ali", "m.ali@au.example", "", "African Union", "Legal Adviser",
            status=WAITLISTED),
     Person("Tomasz Nowak", "Tomasz", "Nowak", "tomasz@example.pl", status=CANCELLED)],
)


# -- Mailchimp ------------------------------------------------------------------------------------
MAILCHIMP_HEADER = ["Email Address", "First Name", "Last Name", "MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP",
                    "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC",
                    "REGION", "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"]


def mailchimp_audience(path: Path) -> Path:
    def row(email: str, given: str, family: str, optin: str, tags: str) -> list[object]:
        return [email, given, family, "2", optin, "", optin, "192.0.2.1", "", "", "", "", "", "", "", optin,
                "123", "abc", "", tags]

    return _csv(path, [
        MAILCHIMP_HEADER,
        row("lars@example.no", "Lars", "Hansen", "2018-09-01 08:00:00", '"Newsletter"'),
        row("ingrid@example.se", "Ingrid", "Lindqvist", "2018-09-02 09:30:00", ""),
        row("unknown.reader@example.org", "", "", "2018-09-02 10:00:00", ""),
        row("soren@example.dk", "Søren", "Ødegård", "2018-09-03 07:45:00", ""),
    ])


MAILCHIMP = Fixture(
    "mailchimp-subscribed-members-export.csv",
    "Mailchimp's audience export, as buren/honey_format spec/honey_format/csv_spec.rb quotes it: \"Email "
    "Address\",\"First Name\",\"Last Name\",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,… ,LEID,EUID,NOTES",
    mailchimp_audience,
    [Person("Lars Hansen", "Lars", "Hansen", "lars@example.no", registered=datetime(2018, 9, 1, 8, 0)),
     Person("Ingrid Lindqvist", "Ingrid", "Lindqvist", "ingrid@example.se"),
     Person("Søren Ødegård", "Søren", "Ødegård", "soren@example.dk")],
    frozenset({(4, codes.MISSING_NAME)}),  # a subscriber who never gave a name: the organiser must add one
)


# -- Sympa ----------------------------------------------------------------------------------------
def sympa_dump(path: Path) -> Path:
    path.write_text("eleni@example.gr Ελένη Παπαδοπούλου\nminjun.kim@example.kr 김민준\n"
                    "thi.huong@example.vn Nguyễn Thị Hương\nnobody.named@example.org\n"
                    "pierre-alain@example.ch Pierre-Alain DUBOIS\n", encoding="utf-8")
    return path


SYMPA = Fixture(
    "sympa-subscribers-dump.txt",
    "sympa-community/sympa default/web_tt2/add_request.tt2: one subscriber a line, \"email1@dom1 Name1\"",
    sympa_dump,
    [Person("Ελένη Παπαδοπούλου", "Ελένη", "Παπαδοπούλου", "eleni@example.gr"),
     Person("김민준", "", "김민준", "minjun.kim@example.kr"),
     Person("Nguyễn Thị Hương", "Thị Hương", "Nguyễn", "thi.huong@example.vn"),
     Person("Pierre-Alain DUBOIS", "Pierre-Alain", "DUBOIS", "pierre-alain@example.ch")],
    frozenset({(4, codes.MISSING_NAME)}),
)


# -- Mailman --------------------------------------------------------------------------------------
def mailman_members(path: Path) -> Path:
    path.write_text('Anh Nguyen <anh.nguyen@example.org>\n"Schedler Fischer, Barbara" <barbara@fdfa.example>\n'
                    "Reto Ballestraz <reto@example.ch>\nfatima@example.ma\n", encoding="utf-8")
    return path


MAILMAN = Fixture(
    "mailman-members.txt",
    "GNU Mailman's members command (src/mailman/commands/cli_members.py): one formataddr((display_name, email)) "
    "a line",
    mailman_members,
    [Person("Anh Nguyen", "Anh", "Nguyen", "anh.nguyen@example.org"),
     Person("Barbara Schedler Fischer", "Barbara", "Schedler Fischer", "barbara@fdfa.example"),
     Person("Reto Ballestraz", "Reto", "Ballestraz", "reto@example.ch")],
    frozenset({(4, codes.MISSING_NAME)}),
)


# -- Airtable -------------------------------------------------------------------------------------
def airtable_view(path: Path) -> Path:
    return _csv(path, [
        ["Name", "Email", "Organization", "Role", "Status", "Dietary Restrictions", "Created"],
        ["Prof. Dr. Hans Müller", "hans.mueller@ethz.example", "ETH Zurich", "Head of Lab", "Confirmed", "",
         "2018-09-03T08:00:00.000Z"],
        ["Emilie Ballestraz", "emilie@unige.example", "University of Geneva", "Research Assistant", "Waitlist",
         "vegan", "2018-09-04T09:00:00.000Z"],
        ["Yusuf Demir", "yusuf@example.tr", "", "Programme Officer", "Declined", "", "2018-09-05T10:00:00.000Z"],
        ["Laura Thomas", "laura@example.org", "IOM", "Senior Policy Adviser", "Confirmed", "",
         "2018-09-06T11:00:00.000Z"],
    ])


AIRTABLE = Fixture(
    "airtable-grid-view.csv",
    "A CSV downloaded from an Airtable grid view: the primary field first (\"Name\" by default, a short "
    "representation of each record), then the base's own fields, single-select values as text",
    airtable_view,
    [Person("Hans Müller", "Hans", "Müller", "hans.mueller@ethz.example", "Prof. Dr.", "ETH Zurich", "Head of Lab"),
     Person("Emilie Ballestraz", "Emilie", "Ballestraz", "emilie@unige.example", "", "University of Geneva",
            "Research Assistant", status=WAITLISTED, needs="vegan"),
     Person("Yusuf Demir", "Yusuf", "Demir", "yusuf@example.tr", "", "", "Programme Officer", status=CANCELLED),
     Person("Laura Thomas", "Laura", "Thomas", "laura@example.org", "", "IOM", "Senior Policy Adviser")],
)


# -- alf.io ---------------------------------------------------------------------------------------
ALFIO_HEADER = ["ID", "Category", "Event", "Status", "OriginalPrice", "PaidPrice", "Discount", "VAT",
                "ReservationID", "Full Name", "First Name", "Last Name", "E-Mail", "Locked", "Language",
                "Confirmation", "Billing Address", "Country Code", "Payment ID", "Payment Method", "jobTitle",
                "company"]


def alfio_tickets(path: Path) -> Path:
    def row(uuid: str, category: str, status: str, reservation: str, given: str, family: str, email: str,
            language: str, job: str, company: str) -> list[object]:
        return [uuid, category, "geneva2018", status, "0.00", "0.00", "0.00", "0.00", reservation,
                f"{given} {family}", given, family, email, "false", language, "2018-09-03T10:00", "", "CH", "",
                "NONE", job, company]

    return _xlsx(path, {"tickets": [
        ALFIO_HEADER,
        row("0b5e…a1", "Standard", "ACQUIRED", "res-1", "Reto", "Ballestraz", "reto@ofrou.example", "fr",
            "Project Manager", "FEDRO"),
        row("0b5e…a2", "Standard", "CHECKED_IN", "res-1", "Nadia", "Benali", "nadia@ofrou.example", "fr",
            "Engineer", "FEDRO"),
        row("0b5e…a3", "Speaker", "CANCELLED", "res-2", "Ciarán", "Ó Súilleabháin", "ciaran@example.ie", "en",
            "Lecturer", "Trinity College Dublin"),
        row("0b5e…a4", "Standard", "PENDING", "res-3", "Zofia", "Kowalska", "zofia@example.pl", "en", "Student",
            ""),
        row("0b5e…a5", "Standard", "TO_BE_PAID", "res-4", "Thomas", "Anderson", "t.anderson@example.org", "en",
            "Consultant", "Anderson & Co"),
    ]})


ALFIO = Fixture(
    "alfio-attendees-export.xlsx",
    "alfio-event/alf.io src/main/java/alfio/controller/api/admin/EventApiController.java (FIXED_FIELDS of the "
    "attendee export, then the additional fields by name), src/main/java/alfio/model/Ticket.java (TicketStatus)",
    alfio_tickets,
    [Person("Reto Ballestraz", "Reto", "Ballestraz", "reto@ofrou.example", "", "FEDRO", "Project Manager",
            group="FEDRO"),
     Person("Nadia Benali", "Nadia", "Benali", "nadia@ofrou.example", "", "FEDRO", "Engineer", group="FEDRO"),
     Person("Ciarán Ó Súilleabháin", "Ciarán", "Ó Súilleabháin", "ciaran@example.ie", "", "Trinity College Dublin",
            "Lecturer", category="Speaker", status=CANCELLED),
     Person("Zofia Kowalska", "Zofia", "Kowalska", "zofia@example.pl", "", "", "Student", status=WAITLISTED),
     Person("Thomas Anderson", "Thomas", "Anderson", "t.anderson@example.org", "", "Anderson & Co", "Consultant")],
)


# -- Open Event -----------------------------------------------------------------------------------
OPEN_EVENT_HEADER = ["Order#", "Order Date", "Status", "Payment Type", "Payment Mode", "Ticket Name", "Ticket ID",
                     "Ticket Price", "Ticket Type", "Tax ID", "Address", "Company", "Country", "State", "City",
                     "Zipcode", "Email", "First Name", "Last Name", "Job Title", "Gender",
                     "virtual_event_checkin_times"]


def open_event_attendees(path: Path) -> Path:
    def row(order: str, date: str, status: str, ticket: str, identifier: str, company: str, email: str,
            given: str, family: str, job: str) -> list[object]:
        return [order, date, status, "free", "free", ticket, identifier, "0", "free", "", "", company, "", "", "",
                "", email, given, family, job, "", "[]"]

    return _csv(path, [
        OPEN_EVENT_HEADER,
        row("O1538550900-1", "October 3, 2018 09:15 +0200", "completed", "Community pass", "a1b2c3d4", "FOSSASIA",
            "hong@fossasia.example", "Hong Phuc", "DANG", "Organizer"),
        row("O1538550900-1", "October 3, 2018 09:15 +0200", "completed", "Community pass", "a1b2c3d4", "FOSSASIA",
            "mario@fossasia.example", "Mario", "Behling", "Developer"),
        row("O1538637300-2", "October 4, 2018 10:00 +0200", "placed", "Community pass", "e5f6a7b8", "Red Hat",
            "priya@example.in", "Priya", "Sharma", "Engineer"),
        row("O1538723700-3", "October 5, 2018 11:30 +0200", "cancelled", "Community pass", "c9d0e1f2", "",
            "kwame.a@example.gh", "Kwame", "Asante", "Student"),
        row("O1538810100-4", "October 6, 2018 12:00 +0200", "pending", "Community pass", "a3b4c5d6", "", "-",
            "Elif", "Yılmaz", "Designer"),
    ])


OPEN_EVENT = Fixture(
    "open-event-attendees.csv",
    "fossasia/open-event-server app/api/helpers/csv_jobs_util.py (export_attendees_csv: the order's columns, "
    "then the attendee form's fields by name; \"-\" where the order has nothing; Order Date as "
    "'%B %-d, %Y %H:%M %z'; the order's status)",
    open_event_attendees,
    [Person("Hong Phuc DANG", "Hong Phuc", "DANG", "hong@fossasia.example", "", "FOSSASIA", "Organizer",
            category="Community pass", group="FOSSASIA", registered=datetime(2018, 10, 3, 9, 15)),
     Person("Mario Behling", "Mario", "Behling", "mario@fossasia.example", "", "FOSSASIA", "Developer",
            category="Community pass", group="FOSSASIA"),
     Person("Priya Sharma", "Priya", "Sharma", "priya@example.in", "", "Red Hat", "Engineer",
            category="Community pass", codes=("e5f6a7b8",)),
     Person("Kwame Asante", "Kwame", "Asante", "kwame.a@example.gh", "", "", "Student", category="Community pass",
            status=CANCELLED, codes=("c9d0e1f2",)),
     Person("Elif Yılmaz", "Elif", "Yılmaz", "", "", "", "Designer", category="Community pass", status=WAITLISTED,
            codes=("a3b4c5d6",))],
    # The order identifier is in every ticket of the order: no ticket code of either of its two people.
    frozenset({(2, codes.NEW_CATEGORY), (2, codes.SHARED_CODE)}),
)


CORPUS = (PRETIX, INDICO, EVENTBRITE, GOOGLE_FORMS, MICROSOFT_FORMS, ZOOM, MAILCHIMP, SYMPA, MAILMAN, AIRTABLE,
          ALFIO, OPEN_EVENT)
