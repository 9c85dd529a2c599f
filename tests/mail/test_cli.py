"""`checkin invite` and `checkin tickets` as organisers type them, against a real local SMTP server."""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pytest

from checkin.cli import run
from checkin.mail.send_log import SENT, SendLog
from checkin.resources import sample_dir
from checkin.store import open_event

from .helpers import decode_qr_png, pdf_text_and_codes
from .smtp_server import Authenticator, LocalServer, Recorder

NEW_PEOPLE = [
    ("Mme", "Élodie", "Marchand", "elodie.marchand@ge.example.ch", "fr"),
    ("Ms", "Grace", "Njoroge", "grace.njoroge@unodc.example.org", "en"),
    ("M.", "Luca", "Bernasconi", "luca.bernasconi@ti.example.ch", "fr"),
]


def invite(event, server, *extra: str) -> int:
    return run(["invite", str(event), "--smtp", f"127.0.0.1:{server.port}", "--from", "registration@iom.example.org",
                "--name", "IOM Bern", "--rate", "0", *extra])


def grown_spreadsheet(tmp_path):
    """The registration spreadsheet as re-exported a week later: the same rows plus three new people."""
    path = tmp_path / "registrations-week2.xlsx"
    shutil.copyfile(sample_dir() / "geneva-2018-registrations.xlsx", path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    for honorific, given, family, email, language in NEW_PEOPLE:
        sheet.append([dt.datetime(2018, 10, 8, 10, 0), honorific, given, family, "Adviser", "Canton", "Government",
                      "Switzerland", email, "Participant", language, None])
    workbook.save(path)
    return path


def test_invite_then_only_new_after_a_reimport(sample_event_path, smtp_server, tmp_path, capsys) -> None:
    assert invite(sample_event_path, smtp_server) == 0
    assert len(smtp_server.recorder.received) == 316
    capsys.readouterr()

    # Again without --only-new: refused, nobody gets a second copy.
    assert invite(sample_event_path, smtp_server) == 2
    assert "316 of these people already had their message" in capsys.readouterr().err
    assert len(smtp_server.recorder.received) == 316

    assert run(["import", str(sample_event_path), str(grown_spreadsheet(tmp_path))]) == 0
    capsys.readouterr()
    assert invite(sample_event_path, smtp_server, "--only-new") == 0
    out = capsys.readouterr().out
    new_messages = smtp_server.recorder.received[316:]
    assert sorted(r.rcpt_tos[0] for r in new_messages) == sorted(p[3] for p in NEW_PEOPLE)
    by_address = {r.rcpt_tos[0]: r.message for r in new_messages}
    assert by_address["elodie.marchand@ge.example.ch"]["Content-Language"] == "fr"
    assert "Élodie" in by_address["elodie.marchand@ge.example.ch"].get_body(("plain",)).get_content()
    assert "3 sent, 0 failed" in out


def test_dry_run_sends_nothing_and_says_who_would_get_what(sample_event_path, smtp_server, capsys) -> None:
    assert run(["invite", str(sample_event_path), "--from", "registration@iom.example.org", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would send confirmation (fr) to pierre-alain.pittet@egalite.vd.example.org — Pierre-Alain Pittet" in out
    assert out.rstrip().endswith("316 to send, 0 already sent, 0 without a usable address")
    assert smtp_server.recorder.received == []


def test_resend_sends_the_chosen_person_again(sample_event_path, smtp_server, capsys) -> None:
    assert invite(sample_event_path, smtp_server) == 0
    with open_event(sample_event_path) as store:
        person = store.attendees()[5]
    assert invite(sample_event_path, smtp_server, "--resend", person.code) == 0
    assert len(smtp_server.recorder.to(person.email)) == 2
    assert invite(sample_event_path, smtp_server, "--resend", "BCDEFGHJKNPRSTUVXBCD") == 2
    assert "no attendee has the code BCDEFGHJKNPRSTUVXBCD" in capsys.readouterr().err


def test_a_template_with_an_unknown_placeholder_stops_before_anything_is_sent(sample_event_path, smtp_server,
                                                                              tmp_path, capsys) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "waitlist.fr.txt").write_text("Subject: Liste d'attente\n\nBonjour {prénom},\n", encoding="utf-8")
    (folder / "confirmation.en.txt").write_text("Subject: Hi\n\nHello\n{givenname}\n", encoding="utf-8")
    assert invite(sample_event_path, smtp_server, "--templates", str(folder)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "template confirmation.en (text), line 2: unknown placeholder {givenname}" in err
    assert smtp_server.recorder.received == []


def test_a_wrong_host_is_one_clear_line(sample_event_path, capsys) -> None:
    code = run(["invite", str(sample_event_path), "--smtp", "no-such-host.invalid", "--from", "a@example.org"])
    err = capsys.readouterr().err
    assert code == 2 and err == ("checkin: the mail server no-such-host.invalid was not found (check the name, or the "
                                 "network); nothing was sent\n")


@pytest.fixture
def auth_server():
    server = LocalServer(Recorder(), authenticator=Authenticator("desk", "s3cret"), auth_require_tls=False).start()
    yield server
    server.stop()


def test_login_with_the_password_from_the_environment(sample_event_path, auth_server, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DESK_SMTP", "s3cret")
    with open_event(sample_event_path) as store:
        first = store.attendees()[0]
    assert invite(sample_event_path, auth_server, "--user", "desk", "--password-env", "DESK_SMTP",
                  "--resend", first.code) == 0
    assert len(auth_server.recorder.received) == 1
    with open_event(sample_event_path) as store:
        assert "s3cret" not in repr([store.get_setting(k) for k in ("mail.smtp", "mail.sender")])
        assert store.get_setting("mail.smtp")["user"] == "desk"

    monkeypatch.setenv("DESK_SMTP", "wrong")
    assert invite(sample_event_path, auth_server, "--user", "desk", "--password-env", "DESK_SMTP",
                  "--resend", first.code) == 2
    assert "refused the user name or password (535" in capsys.readouterr().err
    monkeypatch.delenv("DESK_SMTP")
    assert invite(sample_event_path, auth_server, "--user", "desk", "--password-env", "DESK_SMTP",
                  "--resend", first.code) == 2
    assert "DESK_SMTP (--password-env) is not set" in capsys.readouterr().err


def test_a_test_send_goes_to_the_organiser_only_and_is_not_logged(sample_event_path, smtp_server, capsys) -> None:
    assert invite(sample_event_path, smtp_server, "--test-to", "organiser@iom.example.org") == 0
    received = smtp_server.recorder.received
    with open_event(sample_event_path) as store:
        kinds = {(a.status.value == "waitlisted", a.language) for a in store.attendees()}
    assert len(kinds) >= 2 and len(received) == len(kinds), "one message per kind and language"
    assert all(r.rcpt_tos == ["organiser@iom.example.org"] for r in received)
    assert {r.message["Content-Language"] for r in received} == {"en", "fr"}
    with open_event(sample_event_path) as store:
        log = SendLog(store)
        assert not any(log.entries(a.id) for a in store.attendees())


def test_tickets_writes_the_merge_folder(sample_event_path, tmp_path, capsys) -> None:
    out = tmp_path / "merge"
    assert run(["tickets", str(sample_event_path), "-o", str(out), "--paper", "letter"]) == 0
    with open_event(sample_event_path) as store:
        confirmed = sum(1 for a in store.attendees() if a.status.value == "registered")
    assert f"{confirmed} tickets (PDF + QR picture), {316 - confirmed} waitlisted" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(out / "recipients.xlsx").active
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == 316
    assert len(list(out.glob("*.pdf"))) == len(list(out.glob("*.png"))) == confirmed
    waitlisted = [r for r in rows if r["Message"] == "waitlist"]
    assert len(waitlisted) == 316 - confirmed and not any(r["Ticket PDF"] for r in waitlisted)
    for row in [r for r in rows if r["Message"] == "confirmation"][:5]:
        assert decode_qr_png((out / row["QR image"]).read_bytes()) == [row["Code"]]
        text, codes, (width, height) = pdf_text_and_codes((out / row["Ticket PDF"]).read_bytes())
        assert codes == [row["Code"]] and row["Family name"] in text
        assert (round(width), round(height)) == (612, 792)
    fr = next(r for r in rows if r["Language"] == "fr")
    assert fr["Subject"].startswith("Votre inscription est confirmée")


def test_a_sent_log_entry_is_kept_per_person(sample_event_path, smtp_server) -> None:
    with open_event(sample_event_path) as store:
        person = store.attendees()[0]
    assert invite(sample_event_path, smtp_server, "--resend", person.code) == 0
    with open_event(sample_event_path) as store:
        (entry,) = SendLog(store).entries(person.id)
    (received,) = smtp_server.recorder.received
    assert entry.status == SENT and entry.message_id == received.message["Message-ID"]
    assert entry.address == person.email and entry.kind == "confirmation"


def test_preview_writes_the_first_messages_as_eml_files(sample_event_path, smtp_server, tmp_path, capsys) -> None:
    import email
    from email.policy import default

    folder = tmp_path / "preview"
    assert run(["invite", str(sample_event_path), "--from", "registration@iom.example.org",
                "--preview", str(folder)]) == 0
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 5 and smtp_server.recorder.received == []
    message = email.message_from_bytes(files[0].read_bytes(), policy=default)
    with open_event(sample_event_path) as store:
        first = store.attendees()[0]
    assert message["To"].addresses[0].addr_spec == first.email
    assert decode_qr_png(next(p for p in message.walk() if p.get_content_type() == "image/png").get_content()) == [
        first.code]
