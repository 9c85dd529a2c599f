"""`checkin selftest` from source: every check passes on a good installation, and each can fail."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import checkin.commands.selftest as selftest_command
import checkin.selftest as selftest
from checkin.selftest import CheckFailed, SelftestState, run_checks

REPO = Path(__file__).resolve().parent.parent
EXPECTED_CHECKS = [name for name, _ in (*selftest.CORE_CHECKS, *selftest_command.QT_CHECKS)]


def check_lines(output: str) -> dict[str, tuple[str, str]]:
    """{check name: (status, detail)} from the selftest's output."""
    lines = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        if status in ("ok", "FAIL"):
            name, _, detail = rest.strip().partition(": ")
            lines[name] = (status, detail)
    return lines


@pytest.fixture(scope="module")
def selftest_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess:
    # A desk config of its own: the badge printer check must not print on this machine's printer.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path_factory.mktemp("config"))}
    return subprocess.run([sys.executable, "-m", "checkin", "selftest"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=240)


def test_every_check_prints_one_ok_line_and_the_run_exits_0(selftest_run):
    lines = check_lines(selftest_run.stdout)
    assert list(lines) == EXPECTED_CHECKS, selftest_run.stdout
    failed = {name: detail for name, (status, detail) in lines.items() if status != "ok"}
    assert failed == {}
    assert selftest_run.returncode == 0, selftest_run.stderr
    assert selftest_run.stdout.splitlines()[0].startswith("checkin ")
    assert selftest_run.stdout.splitlines()[-1] == f"all {len(EXPECTED_CHECKS)} checks passed"


def test_each_line_says_what_was_checked(selftest_run):
    lines = {name: detail for name, (_, detail) in check_lines(selftest_run.stdout).items()}
    assert "fonts" in lines["resources"] and "badge layouts" in lines["resources"]
    assert "registrations in" in lines["sample event"]
    assert " finds " in lines["search"]
    assert "second scan refused, kept after reopening" in lines["check-in"]
    assert "at the door" in lines["time zone"]
    assert lines["badge PDF"].startswith("a6 badge for ")
    assert "scans back to" in lines["QR read back"]
    assert "Checkin" in lines["main window"] and "offscreen" in lines["main window"]
    assert "checkin.svg drawn" in lines["icon"]
    assert "Arabic names drawn with real glyphs" in lines["desk fonts"]
    assert "no badge printer named in the desk settings" in lines["badge printer"]
    assert "font families" in lines["fonts"]
    assert "readable QR code" in lines["print"]
    assert "sounds" in lines["sounds"]
    assert "Annuler" in lines["translations"]
    assert lines["camera decoder"].startswith("a 720p frame of the badge reads ")
    assert lines["camera"].startswith("video support for ")


def test_the_person_found_is_the_person_checked_in_and_scanned(selftest_run):
    lines = {name: detail for name, (_, detail) in check_lines(selftest_run.stdout).items()}
    person = lines["badge PDF"].removeprefix("a6 badge for ").rsplit(",", 1)[0]
    assert lines["search"].split(" finds ")[1].startswith(person)
    assert lines["check-in"].startswith(person)
    assert lines["QR read back"].endswith(f"scans back to {person}")


def test_a_crashing_check_gives_one_line_and_exit_1_and_the_others_still_run(monkeypatch, capsys):
    def broken(state: SelftestState) -> str:
        raise KeyError("fonts")

    monkeypatch.setattr(selftest_command, "CORE_CHECKS", (("broken", broken), *selftest.CORE_CHECKS[:2]))
    monkeypatch.setattr(selftest_command, "QT_CHECKS", ())
    status = selftest_command.run(argparse.Namespace())
    lines = check_lines(capsys.readouterr().out)
    assert status == 1
    assert lines["broken"] == ("FAIL", "KeyError: 'fonts'")
    assert lines["resources"][0] == "ok" and lines["sample event"][0] == "ok"


def test_missing_resources_are_named(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path)
    [result] = run_checks([("resources", selftest.check_resources)], SelftestState(tmp_path))
    assert not result.ok
    assert str(tmp_path) in result.detail
    assert "fonts/*.ttf (badge fonts)" in result.detail and "icons/checkin.svg" in result.detail


def test_checks_after_a_failed_one_say_they_did_not_run(tmp_path):
    results = list(run_checks([("search", selftest.check_search), ("QR read back", selftest.check_qr_read_back)],
                              SelftestState(tmp_path)))
    assert [r.ok for r in results] == [False, False]
    assert all(r.detail.startswith("not run:") for r in results)


def test_a_badge_whose_qr_finds_nobody_fails_the_read_back(tmp_path):
    state = SelftestState(tmp_path)
    for _, check in selftest.CORE_CHECKS[:2]:
        check(state)
    stranger = state.attendee.with_changes(code="XXXXXXXXXXXXXXXXXXXX")
    real = state.attendee
    state.attendee = stranger
    selftest.check_badge_pdf(state)
    state.attendee = real
    with pytest.raises(CheckFailed, match="does not find"):
        selftest.check_qr_read_back(state)


def test_an_unknown_time_zone_is_reported(tmp_path, monkeypatch):
    state = SelftestState(tmp_path)
    selftest.check_sample_event(state)
    # What a Windows laptop without the tzdata package sees for every zone.
    monkeypatch.setattr(selftest.EventSession, "event", property(lambda self: SimpleNamespace(
        timezone="Mars/Olympus_Mons")))
    with pytest.raises(CheckFailed, match="Mars/Olympus_Mons"):
        selftest.check_time_zone(state)


def test_a_badge_the_camera_decoder_cannot_read_fails_its_check(tmp_path, monkeypatch):
    state = SelftestState(tmp_path)
    for _, check in selftest.CORE_CHECKS[:2]:
        check(state)
    selftest.check_badge_pdf(state)
    monkeypatch.setattr("checkin.io.camera_decoder.DESK_SYMBOLOGIES", ("Code128",))  # a reader without QR codes
    with pytest.raises(CheckFailed, match="a 720p camera frame of the badge reads"):
        selftest.check_camera_decoder(state)
