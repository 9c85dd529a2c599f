"""A programme from a simple sheet: time, title, room, people (names or e-mails), role.

One row per person, or one row per session with several people in one cell (";" or a line between
them). A row with a time and a title opens a session; a row with only people (and a role) adds them to
the session above. "9:10 – 9:20", "09:10", Excel times and "9.10" are all read on the event's day (or
the row's "Date"). People are matched to attendees by e-mail, then by name (case and accents folded,
either order); someone the list does not hold, or holds twice, is reported by row and left out.
"Speaker (video)" is on the programme without being awaited at the door.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.core.folding import fold
from checkin.core.models import Attendee, Event, Status
from checkin.core.programme import ProgrammeSession, Role, SessionPerson
from checkin.io import import_report as codes
from checkin.io.cell_values import clean_email, text_of
from checkin.io.readers import open_source
from checkin.io.table_finder import cell_text

# Row problems (Problem.code).
UNKNOWN_PERSON = "unknown_person"
AMBIGUOUS_PERSON = "ambiguous_person"
BAD_TIME = "bad_time"
NO_SESSION = "no_session"  # people on a row before any session
UNKNOWN_ROLE = "unknown_role"  # read as a speaker
# File failure (ImportFailure.code): no header naming a time and a title.
NO_PROGRAMME = "no_programme"

HEADER_SEARCH_ROWS = 30
_HEADERS: dict[str, tuple[str, ...]] = {
    "time": ("time", "times", "start", "starts", "from", "heure", "horaire", "debut", "zeit", "uhrzeit", "beginn",
             "ora", "orario", "inizio", "slot"),
    "end": ("end", "ends", "to", "until", "fin", "ende", "bis", "fine"),
    "date": ("date", "day", "jour", "datum", "tag", "data", "giorno"),
    "title": ("title", "session", "topic", "subject", "item", "programme", "program", "titre", "sujet", "theme",
              "titel", "thema", "programm", "titolo", "tema", "programma"),
    "room": ("room", "venue", "location", "place", "salle", "lieu", "raum", "saal", "ort", "sala", "luogo", "aula"),
    "people": ("people", "person", "persons", "name", "names", "speaker", "speakers", "e mail", "email",
               "emails", "who", "intervenants", "intervenant", "orateurs", "personnes", "nom", "noms",
               "referent", "referenten", "referierende", "personen", "relatori", "relatore", "persone", "nome"),
    "role": ("role", "roles", "part", "function", "fonction", "rolle", "ruolo"),
}
_ROLES: tuple[tuple[Role, tuple[str, ...]], ...] = (
    (Role.MODERATOR, ("moderator", "moderators", "moderatrice", "moderateur", "moderatore", "chair", "chairs",
                      "host", "animateur", "animatrice", "moderatorin", "facilitator")),
    (Role.PANELLIST, ("panellist", "panellists", "panelist", "panelists", "panel", "paneliste", "panelistes",
                      "podiumsteilnehmer", "podiumsteilnehmerin", "diskussionsteilnehmer", "panelista")),
    (Role.SPEAKER, ("speaker", "speakers", "keynote", "presenter", "orateur", "oratrice", "intervenant",
                    "intervenante", "conferencier", "conferenciere", "referent", "referentin", "redner",
                    "rednerin", "relatore", "relatrice", "oratore", "welcome", "opening")),
)
_REMOTE = ("video", "remote", "online", "visio", "distance", "zoom", "webex", "teams")
_TIME = re.compile(r"(\d{1,2})\s*[:.h]\s*(\d{2})?|(\d{1,2})\s*(am|pm)", re.IGNORECASE)
_PEOPLE_SPLIT = re.compile(r"\s*[;\n]\s*")
_NAME_WORD = re.compile(r"\w+")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class ProgrammeProblem:
    row: int
    code: str
    value: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "problem": self.code, "value": self.value}


@dataclass
class ProgrammePlan:
    path: str
    sheet: str
    sessions: list[ProgrammeSession] = field(default_factory=list)
    problems: list[ProgrammeProblem] = field(default_factory=list)

    @property
    def people(self) -> int:
        return sum(len(s.people) for s in self.sessions)


def _header_key(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _column_roles(cells: Sequence[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for position, cell in enumerate(cells):
        key = _header_key(cell_text(cell))
        if not key:
            continue
        for name, words in _HEADERS.items():
            if name not in found and (key in words or any(part in words for part in key.split(" / "))):
                found[name] = position
                break
    return found


def _find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]] | None:
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _column_roles(cells)
        if "title" in columns and "time" in columns:
            return index, columns
    return None


def _zone(event: Event) -> ZoneInfo:
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def read_clock_times(value: Any) -> tuple[time, time | None] | None:
    """(start, end or None) from a time cell; None when it holds no time."""
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0), None
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0), None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)  # an Excel time is a fraction of a day
        return time(minutes // 60 % 24, minutes % 60), None
    text, _ = text_of(value)
    found = []
    for match in _TIME.finditer(text):
        if match.group(3):
            hour = int(match.group(3)) % 12 + (12 if match.group(4).lower() == "pm" else 0)
            found.append(time(hour, 0))
            continue
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour > 23 or minute > 59:
            return None
        found.append(time(hour, minute))
    if not found:
        return None
    return found[0], found[1] if len(found) > 1 else None


def read_role(text: str) -> tuple[Role | None, bool]:
    """(role, in person) from a role cell; (None, …) when the words name no role."""
    words = set(_WORD.findall(fold(text)))
    in_person = not (words & set(_REMOTE))
    for role, names in _ROLES:
        if words & set(names):
            return role, in_person
    return None, in_person


class PeopleMatcher:
    """Attendees by folded e-mail and by folded name (given family, family given, display name)."""

    def __init__(self, attendees: Iterable[Attendee]) -> None:
        self._by_email: dict[str, list[Attendee]] = {}
        self._by_name: dict[str, list[Attendee]] = {}
        for attendee in attendees:
            if attendee.id is None or attendee.status is Status.CANCELLED:
                continue
            if attendee.email:
                self._by_email.setdefault(attendee.email.casefold(), []).append(attendee)
            names = {attendee.name, f"{attendee.given_name} {attendee.family_name}",
                     f"{attendee.family_name} {attendee.given_name}", f"{attendee.family_name}, {attendee.given_name}"}
            for name in names:
                key = self.name_key(name)
                if key and attendee not in self._by_name.get(key, []):
                    self._by_name.setdefault(key, []).append(attendee)

    @staticmethod
    def name_key(text: str) -> str:
        return " ".join(_NAME_WORD.findall(fold(text).replace("_", " ")))

    def match(self, written: str) -> list[Attendee]:
        """Who `written` ("Jovan Kurbalija", "KURBALIJA Jovan", an address, "Name <address>") is."""
        address, valid = clean_email(written)
        if valid:
            return list(self._by_email.get(address.casefold(), []))
        for candidate in (written, _without_parentheses(written), _without_honorific(written)):
            found = self._by_name.get(self.name_key(candidate))
            if found:
                return list(found)
        return []


def _without_parentheses(text: str) -> str:
    return re.sub(r"\([^)]*\)", " ", text)


_HONORIFICS = ("mr", "mrs", "ms", "dr", "prof", "m", "mme", "h e", "he", "sir", "herr", "frau", "dott", "sig")


def _without_honorific(text: str) -> str:
    words = _without_parentheses(text).replace(".", " ").split()
    while words and fold(words[0]) in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _people_in(cell: str) -> list[str]:
    # "Name, Job title, Organisation" is one person: only the part before the first comma names them,
    # unless the cell is a list of addresses.
    parts = [p for p in _PEOPLE_SPLIT.split(cell) if p.strip()]
    people = []
    for part in parts:
        if "@" in part and "," in part:
            people.extend(p.strip() for p in part.split(",") if p.strip())
        else:
            people.append(part.split(",")[0].strip())
    return people


def plan_programme(path: Path | str, event: Event, attendees: Iterable[Attendee],
                   sheet: str | None = None) -> ProgrammePlan:
    """Read the sheet into sessions with their matched people; raises ImportFailure for the whole file."""
    path = Path(path)
    source = open_source(path)
    chosen = source.resolve_sheet(sheet) if sheet else source.sheet_names[0]
    rows = source.read(chosen)
    header = _find_header(rows)
    if header is None:
        raise codes.ImportFailure(NO_PROGRAMME, path)
    header_index, columns = header
    zone = _zone(event)
    matcher = PeopleMatcher(attendees)
    plan = ProgrammePlan(str(path), chosen)
    current: dict[str, Any] | None = None
    drafts: list[dict[str, Any]] = []

    def cell(cells: Sequence[Any], name: str) -> Any:
        position = columns.get(name)
        return cells[position] if position is not None and position < len(cells) else None

    for number, cells in enumerate(rows[header_index + 1:], start=header_index + 2):
        title = text_of(cell(cells, "title"))[0]
        when_cell = cell(cells, "time")
        people_text = cell_text(cell(cells, "people")).strip()
        role_text = text_of(cell(cells, "role"))[0]
        if not (title or people_text or text_of(when_cell)[0]):
            continue
        if title:
            times = read_clock_times(when_cell)
            end_times = read_clock_times(cell(cells, "end")) if "end" in columns else None
            if times is None:
                plan.problems.append(ProgrammeProblem(number, BAD_TIME, text_of(when_cell)[0]))
                current = None
                continue
            day = _day(cell(cells, "date"), event.starts_on)
            start = datetime.combine(day, times[0], tzinfo=zone)
            end_time = times[1] or (end_times[0] if end_times else None)
            end = datetime.combine(day, end_time, tzinfo=zone) if end_time else None
            if end is not None and end <= start:
                end = None  # "12:45 – 14.30" read wrong, or a typo: the session keeps its start
            current = {"starts_at": start, "ends_at": end, "title": title,
                       "room": text_of(cell(cells, "room"))[0], "people": []}
            drafts.append(current)
        if not people_text:
            continue
        if current is None:
            plan.problems.append(ProgrammeProblem(number, NO_SESSION, people_text[:80]))
            continue
        role, in_person = read_role(role_text)
        if role is None:
            role = Role.SPEAKER
            if role_text:
                plan.problems.append(ProgrammeProblem(number, UNKNOWN_ROLE, role_text))
        for written in _people_in(people_text):
            part_role = role
            label, _, rest = written.partition(":")
            if rest and "@" not in label and read_role(label)[0] is not None:  # "Moderator: Philipp Zahn"
                part_role, written = read_role(label)[0], rest.strip()  # type: ignore[assignment]
            found = matcher.match(written)
            remote = not in_person or not read_role(written)[1]
            if len(found) == 1:
                current["people"].append(SessionPerson(found[0].id, part_role, not remote))  # type: ignore[arg-type]
            else:
                plan.problems.append(ProgrammeProblem(number, AMBIGUOUS_PERSON if found else UNKNOWN_PERSON,
                                                      written))
    plan.sessions = [ProgrammeSession(None, d["starts_at"], d["title"], d["ends_at"], d["room"], tuple(d["people"]))
                     for d in drafts]
    if not plan.sessions:
        raise codes.ImportFailure(NO_PROGRAMME, path)  # not one session could be read: keep the one there is
    return plan


def _day(value: Any, default: date) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value)[0]
    try:
        return date.fromisoformat(text[:10]) if text else default
    except ValueError:
        return default
