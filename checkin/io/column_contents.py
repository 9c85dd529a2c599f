"""What a column's cells say it holds, where its header says too little or the wrong thing.

A "Role" or "Title" header names a category or an honorific, yet the column often holds job titles
("Programme Officer", "Head of Unit"); a list without a header (a mailing list's dump) says nothing at
all. A sample of each column's cells decides: addresses, names, job titles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from checkin.core.folding import fold
from checkin.io.cell_values import CategoryRules, clean_email, text_of
from checkin.io.names import take_honorific
from checkin.io.table_finder import Table

SAMPLE = 300
# Words that make a cell a job title, in the four languages of the desk (folded).
JOB_WORDS = frozenset({
    "officer", "director", "directeur", "directrice", "direttore", "direttrice", "head", "manager", "adviser",
    "advisor", "minister", "ministre", "counsellor", "counselor", "conseiller", "conseillere", "consigliere",
    "secretary", "secretaire", "attache", "chief", "chef", "cheffe", "deputy", "adjoint", "adjointe", "president",
    "presidente", "ceo", "founder", "coordinator", "coordinatrice", "coordinateur", "coordinatore", "assistant",
    "assistante", "analyst", "researcher", "chercheur", "chercheuse", "engineer", "ingenieur", "consultant",
    "consultante", "expert", "experte", "specialist", "lead", "leiter", "leiterin", "referent", "referentin",
    "berater", "beraterin", "responsable", "charge", "chargee", "journalist", "journaliste", "editor", "redacteur",
    "student", "etudiant", "etudiante", "intern", "stagiaire", "programme", "program", "policy", "legal",
    "senior", "junior", "associate", "representative", "representant", "representante", "diplomat", "professor",
    "lecturer", "scientist", "economist", "fellow", "executive", "administrator", "administrateur", "collaborateur",
    "collaboratrice", "mitarbeiter", "mitarbeiterin", "sachbearbeiter", "geschaftsfuhrer", "funzionario",
    "funzionaria", "ufficiale", "capo", "vice", "principal", "unit",
})
_WORD = re.compile(r"[a-z]+")
_NAME_LIKE = re.compile(r"^[^\W\d_][^\d@<>]{0,78}$")


def _sample(table: Table, index: int) -> list[str]:
    values: list[str] = []
    for _, cells in table.body:
        if index < len(cells):
            text = text_of(cells[index])[0]
            if text:
                values.append(text)
                if len(values) >= SAMPLE:
                    break
    return values


def _share(values: Sequence[str], test: Any) -> float:
    """The share of the values that pass the test, each distinct value tested once."""
    if not values:
        return 0.0
    return sum(count for value, count in Counter(values).items() if test(value)) / len(values)


def is_job_title(text: str) -> bool:
    return any(word in JOB_WORDS for word in _WORD.findall(fold(text)))


def refine_mapping(mapping: Mapping[str, str], table: Table, categories: CategoryRules) -> dict[str, str]:
    """The detected mapping, less a category or honorific column that holds job titles (read as the job
    title when no other column is, else kept as an extra field)."""
    result = dict(mapping)
    position = {label: index for index, label in enumerate(table.labels) if label}
    for field in ("category", "honorific"):
        label = result.get(field)
        if label is None or label not in position:
            continue
        values = _sample(table, position[label])
        if not values or not _holds_job_titles(field, values, categories):
            continue
        del result[field]
        if "job_title" not in result:
            result["job_title"] = label
    return result


def _holds_job_titles(field: str, values: list[str], categories: CategoryRules) -> bool:
    jobs = _share(values, is_job_title)
    if field == "honorific":
        return _share(values, lambda value: bool(take_honorific(value, whole=True)[0])) < 0.5 and jobs >= 0.4
    known = _share(values, lambda value: categories.resolve(value)[1])
    distinct = len(set(values))
    return known < 0.3 and (jobs >= 0.4 or (distinct >= 12 and distinct >= 0.3 * len(values)))


def mapping_by_content(table: Table) -> dict[str, str]:
    """A mapping for columns known only by their letters: the addresses, and the names beside them."""
    mapping: dict[str, str] = {}
    samples = {label: _sample(table, index) for index, label in enumerate(table.labels) if label}
    addresses = {label: _share(values, lambda value: clean_email(value)[1]) for label, values in samples.items()}
    email = max(addresses, key=addresses.__getitem__, default=None)
    if email is not None and addresses[email] >= 0.8:
        mapping["email"] = email
    names = {label: _share(values, lambda value: bool(_NAME_LIKE.match(value)) and len(value.split()) <= 6)
             for label, values in samples.items() if label != mapping.get("email")}
    name = max(names, key=names.__getitem__, default=None)
    if name is not None and names[name] >= 0.6:
        mapping["full_name"] = name
    return mapping


def only_addresses(table: Table, mapping: Mapping[str, str]) -> bool:
    """Whether the list holds e-mail addresses and nothing else to call people by."""
    if "email" not in mapping:
        return False
    position = {label: index for index, label in enumerate(table.labels) if label}
    others = [index for label, index in position.items() if label != mapping["email"]]
    return not any(_sample(table, index) for index in others)
