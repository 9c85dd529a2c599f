"""From the event's attendees to the plain dicts the Qt-free `badges` renderer reads.

The command line and the desk app both print badges; they choose people and turn them into
badge fields through these small functions, so a badge looks the same from either face.
Nothing here imports Qt or `badges`: it only knows the domain model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from checkin.core.folding import fold
from checkin.core.models import Attendee, Event, Status

SORT_KEYS = ("family_name", "organisation", "category")
DEFAULT_SORT = "family_name"
COUNTRY_COLUMN = "Country"  # the spreadsheet column the sample event (and most forms) use
ORGANISATION_TYPE_COLUMN = "Organisation type"
CATEGORIES_SETTING = "categories"  # the event's categories in order, kept by the import
# The categories the bundled layouts colour, or leave grey on purpose (the event's usual categories).
USUAL_CATEGORIES = frozenset(fold(name) for name in (
    "Speaker", "Moderator", "Panellist", "Participant", "Organiser", "Press", "Staff", "Sponsor", "Exhibitor",
    "Guest", "VIP", "Mission"))
# Bands for the categories an import met: dark enough for white words, apart from the layouts' own colours.
NEW_CATEGORY_COLOURS = ("#117a65", "#6c3483", "#b9770e", "#1a5276", "#943126", "#196f3d", "#7d6608", "#4a235a",
                        "#0e6251", "#78281f", "#154360", "#6e2c00")


def category_colours(categories: Iterable[str] | None) -> dict[str, str]:
    """A band colour for each of the event's categories that the bundled layouts do not know, in the order
    the event has them (the order an import met them), so that each new category has one of its own and
    keeps it from one print run to the next."""
    new = [name for name in dict.fromkeys(categories or ()) if isinstance(name, str) and
           fold(name) not in USUAL_CATEGORIES]
    return {name: NEW_CATEGORY_COLOURS[index % len(NEW_CATEGORY_COLOURS)] for index, name in enumerate(new)}


def event_category_colours(get_setting: Callable[[str], Any]) -> dict[str, str]:
    """category_colours() of an event, from its store's get_setting."""
    return category_colours(get_setting(CATEGORIES_SETTING))


def family_name_first(attendee: Attendee) -> bool:
    """Whether the person's name is written family name first (the display name says so: "王芳",
    "WANG Xiaoming", "Kovács János", as the import reads them)."""
    if not attendee.display_name or not attendee.family_name:
        return False
    shown, family, given = ("".join(fold(text).split()) for text in (attendee.display_name, attendee.family_name,
                                                                      attendee.given_name))
    return shown == family + given and (not given or family + given != given + family)


def person_fields(attendee: Attendee, colours: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The dict one badge is drawn from; `colours` is category_colours() of the event.

    Extra spreadsheet columns are passed too (a custom layout may name any of them); the
    standard keys win over an extra column of the same name.
    """
    extra = dict(attendee.extra)
    fields: dict[str, Any] = {
        **extra,
        "code": attendee.code,
        "honorific": attendee.honorific,
        "given_name": attendee.given_name,
        "family_name": attendee.family_name,
        "display_name": attendee.name,
        "job_title": attendee.job_title,
        "organisation": attendee.organisation,
        "category": attendee.category,
        "language": attendee.language,
        "country": _extra_value(extra, COUNTRY_COLUMN),
        "mission": mission_of(attendee),
    }
    if family_name_first(attendee):
        fields["name_order"] = "family_first"
    if colours and attendee.category in colours:
        fields["category_colour"] = colours[attendee.category]
    return fields


def mission_of(attendee: Attendee) -> str:
    """The permanent mission a delegate speaks for (their organisation), or "" for everyone else.

    Name cards at a UN-style table show the mission; other people have none.
    """
    kind = fold(_extra_value(attendee.extra, ORGANISATION_TYPE_COLUMN))
    return attendee.organisation if "mission" in kind else ""


def _extra_value(extra: dict[str, str], column: str) -> str:
    """An extra column's value, matching the column name without regard to case."""
    wanted = fold(column)
    for key, value in extra.items():
        if fold(key) == wanted:
            return value
    return ""


def event_fields(event: Event, logo: str | None = None) -> dict[str, Any]:
    """The event's words for the badge header; ``logo`` is the path of a picture, if any."""
    fields: dict[str, Any] = {"title": event.title, "date": event_dates(event), "venue": event.venue}
    if logo:
        fields["logo"] = logo
    return fields


def event_dates(event: Event) -> str:
    """"18 October 2018", or "18–19 October 2018" for an event over several days."""
    start, end = event.starts_on, event.ends_on
    if end is None or end == start:
        return _long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {_long_date(end)}"
    return f"{_long_date(start)} – {_long_date(end)}"


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def parse_categories(values: Iterable[str]) -> list[str]:
    """Categories from repeated or comma-separated options: ["Speaker,Panellist"] → both."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def unknown_categories(attendees: Iterable[Attendee], wanted: Iterable[str]) -> list[str]:
    """The wanted categories no attendee has (compared folded: "speaker" is "Speaker")."""
    known = {fold(a.category) for a in attendees}
    return [c for c in wanted if fold(c) not in known]


def may_have_badge(attendee: Attendee, include_waitlisted: bool = False) -> bool:
    """Cancelled people never get a badge; waitlisted ones only when asked for."""
    if attendee.status is Status.CANCELLED:
        return False
    return attendee.status is not Status.WAITLISTED or include_waitlisted


def select_attendees(
    attendees: Iterable[Attendee],
    *,
    categories: Sequence[str] = (),
    not_printed: bool = False,
    include_waitlisted: bool = False,
) -> list[Attendee]:
    """The attendees to print: in ``categories`` (all when empty), without a badge yet if asked."""
    wanted = {fold(c) for c in categories}
    return [
        a
        for a in attendees
        if may_have_badge(a, include_waitlisted)
        and (not wanted or fold(a.category) in wanted)
        and (not not_printed or a.badge_printed_at is None)
    ]


def sort_attendees(attendees: Iterable[Attendee], key: str = DEFAULT_SORT) -> list[Attendee]:
    """Attendees in the order their badges are handed out: folded, so "Émile" sits with "Emile"."""
    if key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {key!r}; choose one of {', '.join(SORT_KEYS)}")
    return sorted(attendees, key=_SORTERS[key])


def _by_name(a: Attendee) -> tuple[str, str, int]:
    family = a.family_name or a.name  # someone known only by a display name sorts by it
    return fold(family), fold(a.given_name), a.id or 0


_SORTERS: dict[str, Callable[[Attendee], tuple]] = {
    "family_name": _by_name,
    "organisation": lambda a: (fold(a.organisation), *_by_name(a)),
    "category": lambda a: (fold(a.category), *_by_name(a)),
}
