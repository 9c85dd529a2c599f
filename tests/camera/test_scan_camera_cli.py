"""`checkin scan EVENT --camera SOURCE`: recorded videos played through the desk's camera pipeline, in real time.

The command runs as a process of its own, as a script or an organiser runs it: QtMultimedia plays the
H.264 file into the same video sink a webcam feeds, frames are skipped when the decoder is busy, and
each new code is checked in and answered as `scan -` answers.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.store import open_event

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def checkin(*args: object, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checkin", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def checked_in_at(event: Path, desk: str) -> set[str]:
    store = open_event(event)
    try:
        by_id = {a.id: a.code for a in store.attendees()}
        return {by_id[i] for i, p in store.presence("Entrance").items()
                if p.checked_in and p.first_entry.desk == desk}
    finally:
        store.close()


def test_a_720p_recording_checks_each_badge_in_once_in_json_lines(clips, camera_event):
    clip = clips["badges-720p"]
    done = checkin("scan", camera_event, "--camera", clip.path, "--desk", "Camera", "--json")
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]  # one compact document a line
    assert [a["outcome"] for a in answers] == ["checked_in"] * len(answers)
    codes = [a["attendee"]["code"] for a in answers]
    assert codes == list(dict.fromkeys(clip.shown))  # each once, in the order shown; the repeat ignored
    assert checked_in_at(camera_event, "Camera") == clip.expected  # committed, at this desk
    assert done.stderr == ""  # no chatter from Qt or FFmpeg


def test_tickets_phones_and_other_systems_codes_in_1080p_answer_like_scan_dash(clips, camera_event):
    clip = clips["tickets-1080p"]
    done = checkin("scan", camera_event, "--camera", clip.path, "--desk", "Info bus", "--checkpoint", "Entrance")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(clip.expected) and all(line.startswith("checked in: ") for line in lines)
    assert "Anna Kowalczyk — La Strada International" in done.stdout  # her Eventbrite Code 128
    assert "Omar Haddad — UNHCR" in done.stdout  # his pretix secret as an Aztec code
    assert checked_in_at(camera_event, "Info bus") == clip.expected


def test_a_video_with_no_code_gives_no_answer(clips, camera_event):
    done = checkin("scan", camera_event, "--camera", clips["nothing-720p"].path, "--json")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert checked_in_at(camera_event, "") == set()


def test_a_second_run_over_the_same_video_says_already_checked_in(clips, camera_event, tmp_path):
    clip = clips["desk-720p"]
    # An odd file name: spaces, a hash, a question mark, accents, a percent sign.
    odd = tmp_path / "vidéo #1 ? 100%41.mp4"
    shutil.copyfile(clip.path, odd)
    first = checkin("scan", camera_event, "--camera", odd, "--desk", "Desk 2")
    again = checkin("scan", camera_event, "--camera", odd, "--json")
    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    assert len(first.stdout.splitlines()) == 2
    answers = [json.loads(line) for line in again.stdout.splitlines()]
    assert [(a["outcome"], a["first_desk"]) for a in answers] == [("already_checked_in", "Desk 2")] * 2


@pytest.mark.parametrize("contents", [b"", b"PK\x03\x04 not a video at all" * 100])
def test_a_file_that_is_no_video_is_one_clear_line(camera_event, tmp_path, contents):
    bad = tmp_path / "recording.mp4"
    bad.write_bytes(contents)
    done = checkin("scan", camera_event, "--camera", bad, "--json", timeout=30)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("checkin: ") and "recording.mp4" in line and "Traceback" not in done.stderr
    assert "error" in json.loads(done.stdout)  # --json: a refusal is still a JSON document


def test_a_missing_file_or_camera_is_one_clear_line(camera_event, tmp_path):
    missing = checkin("scan", camera_event, "--camera", tmp_path / "gone.mp4")
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [f"checkin: {tmp_path / 'gone.mp4'}: no such video file"]
    camera = checkin("scan", camera_event, "--camera", "Studio Camera 9")
    assert camera.returncode == 2
    [line] = camera.stderr.splitlines()
    assert line in ("checkin: no camera found on this computer",
                    "checkin: camera 'Studio Camera 9' not found; `checkin scan --list-cameras` lists the cameras")


def test_list_cameras_and_wrong_combinations(camera_event):
    listed = checkin("scan", "--list-cameras")
    assert listed.returncode == 0
    assert listed.stdout or listed.stderr == "checkin: no camera found on this computer\n"
    as_json = checkin("scan", "--list-cameras", "--json")
    assert isinstance(json.loads(as_json.stdout), list)
    both = checkin("scan", camera_event, "ABCDEF", "--camera", "0")
    assert both.returncode == 2 and "not both" in both.stderr
    late = checkin("scan", camera_event, "--camera", "0", "--at", "2018-10-18T08:42")
    assert late.returncode == 2 and "--at" in late.stderr
    group = checkin("scan", camera_event, "--camera", "0", "--group")
    assert group.returncode == 2 and "--group" in group.stderr
    nothing = checkin("scan", camera_event)
    assert nothing.returncode == 2 and "--camera SOURCE" in nothing.stderr


def test_ctrl_c_ends_the_scan_and_keeps_every_answer(clips, camera_event):
    clip = clips["badges-720p"]
    process = subprocess.Popen([sys.executable, "-m", "checkin", "scan", str(camera_event), "--camera",
                                str(clip.path), "--desk", "Camera"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=REPO,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert process.stdout is not None
    first = process.stdout.readline()  # the first badge answered: the camera is running
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert err == ""
    answered = [first, *rest.splitlines()]
    assert first.startswith("checked in: ")
    assert len(answered) < len(clip.expected)  # it stopped before the end of the video
    assert len(checked_in_at(camera_event, "Camera")) == len(answered)
