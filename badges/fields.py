"""Turn a layout's field names into the words to print, from a person dict and an event dict.

The app passes plain values; this module is the only place that knows how a field name maps onto
them, so layouts can name any key the app puts in a person dict.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

PLACEHOLDER = re.compile(r"\{([A-Za-z_][\w.]*)\}")
EVENT_PREFIX = "event."


def _clean(value: Any) -> str:
    if value is None:
        return ""
    # NFC so that a name typed with combining accents measures and prints like the precomposed one.
    return unicodedata.normalize("NFC", str(value)).strip()


def display_name(person: Mapping[str, Any]) -> str:
    explicit = _clean(person.get("display_name"))
    if explicit:
        return explicit
    parts = (_clean(person.get("given_name")), _clean(person.get("family_name")))
    return " ".join(p for p in parts if p)


def name_lines(person: Mapping[str, Any]) -> tuple[str, str]:
    """The badge's two name lines, in the order the name is written: given then family; family then given
    for a person whose "name_order" is "family_first" (Chinese, Japanese, Korean, Hungarian, Vietnamese
    names, a family name written first in capitals); a name written without spaces is one line, whole."""
    given, family = _clean(person.get("given_name")), _clean(person.get("family_name"))
    if _clean(person.get("name_order")) != "family_first":
        return given, family
    whole = _clean(person.get("display_name"))
    if whole and " " not in whole:
        return whole, ""
    return family, given


def resolve_field(
    name: str,
    person: Mapping[str, Any],
    event: Mapping[str, Any] | None,
    category_labels: Mapping[str, str] | None = None,
) -> str:
    """The printed value of one field; an unknown or empty field gives an empty string."""
    if name.startswith(EVENT_PREFIX):
        return _clean((event or {}).get(name[len(EVENT_PREFIX) :]))
    if name == "display_name":
        return display_name(person)
    if name in ("name_first", "name_second"):
        return name_lines(person)[name == "name_second"]
    if name == "category_label":
        # Bilingual category words ("Speaker · Intervenant") come from the layout, keyed by category.
        category = _clean(person.get("category"))
        if category_labels:
            return _clean(category_labels.get(category.casefold(), category))
        return category
    return _clean(person.get(name))


def fill_template(
    template: str,
    person: Mapping[str, Any],
    event: Mapping[str, Any] | None,
    category_labels: Mapping[str, str] | None = None,
) -> str:
    """Replace each {field} in fixed text; leftover separators of empty fields are trimmed."""
    if "{" not in template:
        return _clean(template)
    filled = PLACEHOLDER.sub(lambda m: resolve_field(m.group(1), person, event, category_labels), template)
    # "18 October 2018 · " reads badly when the venue is unknown: trim dangling separators.
    return filled.strip().strip("·|–-,").strip()


def depends_on_person(field: str | None, text: str | None) -> bool:
    """True when the element's content changes from one badge to the next."""
    if field is not None:
        return not field.startswith(EVENT_PREFIX)
    names = PLACEHOLDER.findall(text or "")
    return any(not n.startswith(EVENT_PREFIX) for n in names)
