"""Templates are checked before anything is sent; pacing and back-off are computed, never waited for in tests."""

from __future__ import annotations

import pytest

from checkin.mail.credentials import NoPassword, resolve_password
from checkin.mail.messages import BadAddress, check_address
from checkin.mail.smtp_sender import RateLimiter, parse_host
from checkin.mail.templates import CONFIRMATION, WAITLIST, MailTemplate, TemplateSet, fill
from checkin.mail.ticket_words import format_date


def test_the_shipped_templates_are_complete_and_clean() -> None:
    templates = TemplateSet.load()
    assert templates.check() == []
    for kind in (CONFIRMATION, WAITLIST):
        assert templates.languages(kind) == ["de", "en", "fr", "it"]


def test_an_unknown_placeholder_is_named_with_template_part_and_line() -> None:
    broken = MailTemplate(CONFIRMATION, "fr", "Bonjour {given_name}", "Ligne 1\nBonjour {prenom},\n",
                          "<p>{qr_image}</p>")
    (problem,) = TemplateSet.load().with_template(broken).check()
    where = (problem.template, problem.part, problem.line, problem.placeholder)
    assert where == ("confirmation.fr", "text", 2, "prenom")
    assert str(problem).startswith("template confirmation.fr (text), line 2: unknown placeholder {prenom}")


def test_the_qr_picture_belongs_in_html_confirmations_only() -> None:
    in_text = MailTemplate(CONFIRMATION, "en", "Hi", "See {qr_image}", "")
    in_waitlist = MailTemplate(WAITLIST, "en", "Hi", "Hello", "<p>{qr_image}</p>")
    problems = TemplateSet({}).with_template(in_text).with_template(in_waitlist).check()
    assert sorted(p.problem for p in problems) == ["html_only", "no_ticket"]


def test_a_template_folder_overrides_the_shipped_one(tmp_path) -> None:
    (tmp_path / "confirmation.en.txt").write_text("Subject: Hello {given_name}\n\nBody {code}\n", encoding="utf-8")
    templates = TemplateSet.load(tmp_path)
    assert templates.get(CONFIRMATION, "en").subject == "Hello {given_name}"
    assert templates.get(CONFIRMATION, "en").html == ""
    assert templates.get(CONFIRMATION, "fr").subject.startswith("Votre inscription")
    assert templates.get(CONFIRMATION, "es").language == "en", "a language without templates falls back to English"


def test_filling_escapes_html_and_tidies_empty_fields() -> None:
    values = {"given_name": "Ana <b>", "honorific": "", "family_name": "Lopes"}
    assert fill("Dear {honorific} {given_name} {family_name},", values) == "Dear Ana <b> Lopes,"
    assert fill("<p>{given_name} {{literal}}</p>", values, as_html=True) == "<p>Ana &lt;b&gt; {literal}</p>"
    assert fill("    indented {family_name}", values) == "    indented Lopes"


def test_dates_are_written_in_the_message_language() -> None:
    from datetime import date

    assert format_date(date(2018, 10, 18), "en") == "Thursday 18 October 2018"
    assert format_date(date(2018, 10, 1), "fr") == "lundi 1er octobre 2018"
    assert format_date(date(2018, 10, 18), "de") == "Donnerstag, 18. Oktober 2018"
    assert format_date(date(2018, 10, 1), "it") == "lunedì 1º ottobre 2018"


@pytest.mark.parametrize("address", ["", "no-at-sign", "a@b", "two@@example.org", "dot..dot@example.org",
                                     "space in@example.org", "x@example..org"])
def test_malformed_addresses_are_refused(address) -> None:
    with pytest.raises(BadAddress):
        check_address(address)


def test_well_formed_addresses_pass() -> None:
    assert check_address(" jean.dupont+geneva@eda.admin.example.ch ") == "jean.dupont+geneva@eda.admin.example.ch"


def test_the_rate_limit_spaces_messages_evenly() -> None:
    now = [0.0]
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(30, clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        limiter.wait()
        now[0] += 0.5  # building and sending take half a second
    assert pauses == [1.5, 1.5, 1.5]
    assert RateLimiter(None).interval == 0


@pytest.mark.parametrize(("text", "expected"), [("smtp.example.org", ("smtp.example.org", None)),
                                                ("smtp.example.org:587", ("smtp.example.org", 587)),
                                                ("[::1]:2525", ("::1", 2525))])
def test_host_and_port(text, expected) -> None:
    assert parse_host(text) == expected


@pytest.mark.parametrize("text", ["", ":25", "host:port", "host:70000"])
def test_bad_host_and_port(text) -> None:
    with pytest.raises(ValueError):
        parse_host(text)


def test_the_password_comes_from_the_named_variable_or_is_asked(monkeypatch) -> None:
    monkeypatch.setenv("DESK_SMTP_PASSWORD", "s3cret")
    assert resolve_password("desk", "smtp.example.org", env_var="DESK_SMTP_PASSWORD") == "s3cret"
    with pytest.raises(NoPassword) as caught:
        resolve_password("desk", "smtp.example.org", env_var="NOT_SET_ANYWHERE")
    assert caught.value.env_var == "NOT_SET_ANYWHERE"
    monkeypatch.setattr("checkin.mail.credentials.keyring_password", lambda user, host: None)
    asked: list[str] = []
    assert resolve_password("desk", "smtp.example.org", prompt=lambda q: asked.append(q) or "typed") == "typed"
    assert asked == ["Password for desk on smtp.example.org: "]
    with pytest.raises(NoPassword):
        resolve_password("desk", "smtp.example.org")
    monkeypatch.setattr("checkin.mail.credentials.keyring_password", lambda user, host: "from-keyring")
    assert resolve_password("desk", "smtp.example.org") == "from-keyring"
