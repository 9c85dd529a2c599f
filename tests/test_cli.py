"""The command line as users and scripts drive it: the contract of DESIGN.md."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.cli import run
from checkin.resources import sample_dir
from tests.cli_runner import cli

SAMPLE_XLSX = sample_dir() / "geneva-2018-registrations.xlsx"
ATTENDEE_KEYS = {"id", "code", "honorific", "given_name", "family_name", "display_name", "job_title",
                 "organisation", "email", "category", "language", "status", "checked_in", "checked_in_at"}




@pytest.fixture
def event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "geneva.checkin"
    assert cli(capsys, "new", path, "--title", "Digital Technology", "--date", "2018-10-18",
               "--venue", "Maison de la Paix", "--capacity", "300", "--deadline", "2018-10-11")[0] == 0
    assert cli(capsys, "import", path, SAMPLE_XLSX)[0] == 0
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("checkin 0.")


def test_the_desk_flow_new_import_search_scan_again_undo_scan(event: Path, capsys) -> None:
    status, out, _ = cli(capsys, "search", event, "seb kul", "--json")
    assert status == 0
    [kulling] = json.loads(out)
    assert set(kulling) >= ATTENDEE_KEYS
    assert (kulling["given_name"], kulling["family_name"]) == ("Sébastien", "Kulling")
    assert kulling["checked_in"] is False and kulling["checked_in_at"] is None

    status, out, _ = cli(capsys, "scan", event, kulling["code"], "--desk", "Desk 2", "--json")
    assert status == 0
    answer = json.loads(out)
    assert answer["outcome"] == "checked_in"
    assert answer["attendee"]["id"] == kulling["id"] and answer["attendee"]["checked_in"] is True

    status, out, _ = cli(capsys, "scan", event, kulling["code"].lower(), "--json")
    assert status == 1
    again = json.loads(out)
    assert again["outcome"] == "already_checked_in"
    assert again["first_desk"] == "Desk 2"
    assert again["first_checked_in_at"] == answer["attendee"]["checked_in_at"]

    status, out, _ = cli(capsys, "scan", event, kulling["code"])
    assert status == 1 and out.startswith("already checked in at ") and "at Desk 2" in out

    assert cli(capsys, "undo", event, kulling["code"])[0] == 0
    [after_undo] = json.loads(cli(capsys, "search", event, kulling["code"], "--json")[1])
    assert after_undo["checked_in"] is False
    status, out, _ = cli(capsys, "scan", event, kulling["code"])
    assert status == 0 and out.startswith("checked in: Sébastien Kulling")

    stats = json.loads(cli(capsys, "stats", event, "--json")[1])
    assert stats["checked_in"] == 1
    assert stats["by_category"]["Panellist"]["checked_in"] == 1
    assert {"registered", "checked_in", "waitlisted", "cancelled", "by_category"} <= set(stats)


def test_search_lists_all_matches_unless_limited(event: Path, capsys) -> None:
    everyone = json.loads(cli(capsys, "search", event, "a", "--json")[1])
    limited = json.loads(cli(capsys, "search", event, "a", "--json", "--limit", "3")[1])
    assert len(everyone) > 50
    assert len(limited) == 3 and limited == everyone[:3]


@pytest.mark.parametrize(("code", "outcome", "words"), [
    ("BCDFBCDFBCDFBCDFBCDF", "other_event", "belongs to another event"),
    ("HELLO-WORLD", "unknown_code", "unknown code 'HELLO-WORLD'"),
])
def test_refused_codes_answer_with_their_outcome(event: Path, capsys, code: str, outcome: str, words: str) -> None:
    own_prefix = json.loads(cli(capsys, "search", event, "kulling", "--json")[1])[0]["code"][:4]
    if outcome == "other_event" and own_prefix == code[:4]:
        code = "GHJK" + code[4:]
    status, out, _ = cli(capsys, "scan", event, code, "--json")
    assert status == 1 and json.loads(out)["outcome"] == outcome
    status, _, err = cli(capsys, "scan", event, code)
    assert status == 1 and words.replace("'HELLO-WORLD'", repr(code)) in err


def test_absurd_and_empty_codes_are_refused_in_one_line(event: Path, capsys) -> None:
    status, _, err = cli(capsys, "scan", event, "x" * 10_000)
    assert status == 1 and err.count("\n") == 1 and "(10000 characters)" in err and len(err) < 200
    status, _, err = cli(capsys, "scan", event, "  ")
    assert status == 1 and "empty code" in err


def test_waitlisted_and_cancelled_people_are_refused(event: Path, capsys) -> None:
    connection = sqlite3.connect(event)
    waitlisted_code, cancelled_code = [row[0] for row in connection.execute("SELECT code FROM attendees LIMIT 2")]
    connection.execute("UPDATE attendees SET status='waitlisted' WHERE code=?", (waitlisted_code,))
    connection.execute("UPDATE attendees SET status='cancelled' WHERE code=?", (cancelled_code,))
    connection.commit()
    connection.close()
    assert json.loads(cli(capsys, "scan", event, waitlisted_code, "--json")[1])["outcome"] == "waitlisted"
    assert json.loads(cli(capsys, "scan", event, cancelled_code, "--json")[1])["outcome"] == "cancelled"
    assert json.loads(cli(capsys, "stats", event, "--json")[1])["checked_in"] == 0


def test_bad_event_locations_name_the_file(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "missing.checkin"
    status, _, err = cli(capsys, "stats", missing)
    assert status == 2 and str(missing) in err and "no event" in err and not missing.exists()
    junk = tmp_path / "junk.checkin"
    junk.write_bytes(os.urandom(4096))
    status, _, err = cli(capsys, "scan", junk, "ABC")
    assert status == 2 and f"{junk} is not a checkin event file" in err
    status, _, err = cli(capsys, "new", junk, "--title", "x", "--date", "2018-10-18")
    assert status == 2 and "already exists" in err
    status, _, err = cli(capsys, "new", tmp_path / "x.checkin", "--title", "x", "--date", "18/10/2018")
    assert status == 2 and "--date '18/10/2018' is not a date" in err
    assert "Traceback" not in err


def test_stdin_stream_answers_one_line_per_code(event: Path, capsys, monkeypatch) -> None:
    codes = [a["code"] for a in json.loads(cli(capsys, "search", event, "iom", "--json", "--limit", "3")[1])]
    stream = "\n".join([codes[0], codes[1], codes[0], "nonsense", codes[2]]) + "\n"
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(stream))
    status, out, _ = cli(capsys, "scan", event, "-", "--desk", "Desk 3", "--json")
    # JSON Lines: one compact document a line, so a program can read each answer as it comes.
    outcomes = [json.loads(line)["outcome"] for line in out.splitlines()]
    assert status == 0
    assert outcomes == ["checked_in", "checked_in", "already_checked_in", "unknown_code", "checked_in"]


def test_kill_9_mid_stream_never_loses_an_acknowledged_check_in(event: Path, capsys) -> None:
    # Waitlisted people (the sample has 16 beyond its capacity) are refused at the door, not checked in.
    codes = [a["code"] for a in json.loads(cli(capsys, "search", event, "a", "--json")[1])
             if a["status"] == "registered"][:120]
    process = subprocess.Popen(
        [sys.executable, "-m", "checkin", "scan", str(event), "-", "--desk", "Desk 9"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
        cwd=Path(__file__).resolve().parent.parent)
    assert process.stdin and process.stdout
    acknowledged: list[str] = []
    for code in codes[:80]:
        process.stdin.write(code + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        assert line.startswith("checked in: ")
        acknowledged.append(code)
    # Codes the process may be working on when it dies: sent but not answered.
    process.stdin.write("\n".join(codes[80:]) + "\n")
    process.stdin.flush()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    connection = sqlite3.connect(event)
    stored = {row[0] for row in connection.execute(
        "SELECT a.code FROM checkins c JOIN attendees a ON a.id = c.attendee_id WHERE c.kind = 'entry'")}
    integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    assert integrity == "ok"
    assert set(acknowledged) <= stored
    assert stored <= set(codes)


def test_newer_schema_and_a_locked_event_are_one_line_and_change_nothing(event: Path, capsys) -> None:
    code = json.loads(cli(capsys, "search", event, "kulling", "--json")[1])[0]["code"]
    holder = sqlite3.connect(event, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    status, _, err = cli(capsys, "scan", event, code)
    holder.execute("ROLLBACK")
    assert status == 2 and err == f"checkin: {event} is busy: another program is writing to it; try again in a moment\n"
    assert holder.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    holder.execute("PRAGMA user_version = 99")
    holder.close()
    status, _, err = cli(capsys, "scan", event, code)
    assert status == 2 and "saved by a newer version of checkin (format 99" in err and err.count("\n") == 1
    check = sqlite3.connect(event)
    assert check.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    assert check.execute("PRAGMA user_version").fetchone()[0] == 99
    check.close()


def test_a_command_loads_only_its_own_module() -> None:
    from checkin.cli import COMMAND_MODULES, COMMANDS, modules_needed

    assert modules_needed(["scan", "e.checkin", "-"]) == ("checkin.commands.scan",)
    assert modules_needed([]) == modules_needed(["demo"]) == ("checkin.commands.desk",)
    assert modules_needed(["--version"]) == ()
    assert modules_needed(["--help"]) == modules_needed(["scna"]) == COMMAND_MODULES
    # The scan path of a desk laptop does not pay for ReportLab or openpyxl.
    script = ("import sys; from checkin.cli import run; run(['scan', sys.argv[1], 'X'])\n"
              "print(sorted(m for m in ('reportlab', 'openpyxl', 'badges') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script, "missing.checkin"], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent, check=False)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr
    assert set(COMMANDS) >= {"new", "import", "badges", "namecards", "scan", "undo", "search", "stats", "export",
                             "signin-sheet", "demo"}


def test_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit):
        run(["--help"])
    out = capsys.readouterr().out
    for name in ("new", "import", "badges", "namecards", "scan", "undo", "search", "stats", "export",
                 "signin-sheet", "tickets", "invite", "purge", "publish", "selftest", "demo"):
        assert name in out
