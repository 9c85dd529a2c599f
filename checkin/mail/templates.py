"""E-mail templates: a subject, a plain-text body and an HTML body per kind and language.

Defaults ship in ``resources/mail/`` (``confirmation.en.txt`` + ``confirmation.en.html``…); an
organiser edits them in the desk app (kept in the event under the setting ``mail.templates``) or
points the command line at a folder of their own. Placeholders are ``{given_name}``-style names;
every template is checked before the first message is built, so a typo such as ``{givenname}``
stops the batch at once, naming the template and line, instead of reaching 300 people.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checkin.resources import resources_dir

CONFIRMATION = "confirmation"
WAITLIST = "waitlist"
KINDS = (CONFIRMATION, WAITLIST)
PARTS = ("subject", "text", "html")
DEFAULT_LANGUAGE = "en"
SETTING_KEY = "mail.templates"

PERSON_PLACEHOLDERS = (
    "given_name", "family_name", "honorific", "name", "organisation", "job_title", "email", "category",
    "code", "code_spaced",
)
EVENT_PLACEHOLDERS = ("event_title", "event_date", "event_venue", "organiser_name", "organiser_email")
TICKET_PLACEHOLDERS = ("ticket_filename",)
HTML_ONLY = ("qr_image",)
PLACEHOLDERS = PERSON_PLACEHOLDERS + EVENT_PLACEHOLDERS + TICKET_PLACEHOLDERS + HTML_ONLY

# "{{" and "}}" are literal braces; "{name}" is a placeholder; any other brace is left alone (CSS).
_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
_INNER_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[,.])")


def mail_dir() -> Path:
    return resources_dir() / "mail"


@dataclass(frozen=True)
class MailTemplate:
    kind: str
    language: str
    subject: str
    text: str
    html: str
    source: str = ""  # where it came from, to name it in messages

    @property
    def key(self) -> str:
        return f"{self.kind}.{self.language}"

    def as_setting(self) -> dict[str, str]:
        return {"subject": self.subject, "text": self.text, "html": self.html}


@dataclass(frozen=True)
class TemplateProblem:
    template: str  # "confirmation.fr"
    part: str  # subject / text / html
    line: int
    placeholder: str
    problem: str  # "unknown" | "html_only" | "no_ticket" | "missing"

    def __str__(self) -> str:
        where = f"template {self.template} ({self.part}), line {self.line}"
        if self.problem == "missing":
            return f"template {self.template}: the {self.part} is empty"
        if self.problem == "html_only":
            return f"{where}: {{{self.placeholder}}} can only be used in the HTML body"
        if self.problem == "no_ticket":
            return f"{where}: {{{self.placeholder}}} only exists in confirmations (waitlisted people get no ticket)"
        return f"{where}: unknown placeholder {{{self.placeholder}}}; known: {', '.join(PLACEHOLDERS)}"


class TemplateError(Exception):
    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def split_text_file(content: str) -> tuple[str, str]:
    """A ``.txt`` template: a ``Subject:`` first line, a blank line, then the body."""
    lines = content.lstrip("\ufeff").splitlines()
    if lines and lines[0].lower().startswith("subject:"):
        subject = lines[0].split(":", 1)[1].strip()
        body = lines[1:]
        if body and not body[0].strip():
            body = body[1:]
        return subject, "\n".join(body).rstrip() + "\n"
    return "", content


def join_text_file(subject: str, text: str) -> str:
    return f"Subject: {subject}\n\n{text}"


def _load_folder(folder: Path) -> dict[str, MailTemplate]:
    found: dict[str, MailTemplate] = {}
    for text_path in sorted(folder.glob("*.txt")):
        parts = text_path.name.split(".")
        if len(parts) != 3 or parts[0] not in KINDS:
            continue
        kind, language = parts[0], parts[1]
        subject, body = split_text_file(text_path.read_text(encoding="utf-8"))
        html_path = text_path.with_suffix(".html")
        html_body = html_path.read_text(encoding="utf-8") if html_path.is_file() else ""
        found[f"{kind}.{language}"] = MailTemplate(kind, language, subject, body, html_body, str(text_path))
    return found


class TemplateSet:
    """Every template of an event; a language without its own template falls back to English."""

    def __init__(self, templates: Mapping[str, MailTemplate]) -> None:
        self.templates = dict(templates)

    @classmethod
    def load(cls, folder: Path | None = None, overrides: Mapping[str, Mapping[str, str]] | None = None) -> TemplateSet:
        """The shipped defaults, then ``folder``'s files, then the event's edited templates."""
        templates = _load_folder(mail_dir())
        if folder is not None:
            if not folder.is_dir():
                raise FileNotFoundError(2, "no such folder", str(folder))
            templates.update(_load_folder(folder))
        for key, parts in (overrides or {}).items():
            kind, _, language = key.partition(".")
            if kind in KINDS and language:
                templates[key] = MailTemplate(
                    kind, language, parts.get("subject", ""), parts.get("text", ""), parts.get("html", ""),
                    "the event's templates",
                )
        return cls(templates)

    def languages(self, kind: str = CONFIRMATION) -> list[str]:
        return sorted(t.language for t in self.templates.values() if t.kind == kind)

    def get(self, kind: str, language: str) -> MailTemplate:
        for candidate in (language, DEFAULT_LANGUAGE):
            template = self.templates.get(f"{kind}.{candidate}")
            if template is not None:
                return template
        return next(t for t in self.templates.values() if t.kind == kind)

    def with_template(self, template: MailTemplate) -> TemplateSet:
        changed = dict(self.templates)
        changed[template.key] = template
        return TemplateSet(changed)

    def check(self) -> list[TemplateProblem]:
        problems: list[TemplateProblem] = []
        for template in self.templates.values():
            problems.extend(check_template(template))
        return problems


def check_template(template: MailTemplate) -> list[TemplateProblem]:
    problems = []
    for part in PARTS:
        content = getattr(template, part)
        if not content.strip() and part != "html":
            problems.append(TemplateProblem(template.key, part, 0, "", "missing"))
        for match in _TOKEN.finditer(content):
            name = match.group(1)
            if name is None:
                continue
            line = content.count("\n", 0, match.start()) + 1
            if name not in PLACEHOLDERS:
                problems.append(TemplateProblem(template.key, part, line, name, "unknown"))
            elif name in HTML_ONLY and part != "html":
                problems.append(TemplateProblem(template.key, part, line, name, "html_only"))
            elif template.kind == WAITLIST and name in HTML_ONLY + TICKET_PLACEHOLDERS:
                problems.append(TemplateProblem(template.key, part, line, name, "no_ticket"))
    return problems


def fill(content: str, values: Mapping[str, str], *, as_html: bool = False,
         raw: Mapping[str, str] | None = None) -> str:
    """Replace the placeholders of ``content``; in HTML the values are escaped, ``raw`` ones are not."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if raw and name in raw:
            return raw[name]
        value = values.get(name, "")
        return html.escape(value) if as_html else value

    filled = _TOKEN.sub(replace, content)
    if as_html:
        return filled
    # An empty honorific must not leave "Dear  Ana" or "Ana ," behind.
    return "\n".join(_SPACE_BEFORE_PUNCT.sub("", _INNER_SPACES.sub(" ", line)) for line in filled.split("\n"))


def fill_subject(content: str, values: Mapping[str, str]) -> str:
    return " ".join(fill(content, values).split())
