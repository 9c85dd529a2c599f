"""The Qt-free decoding pipeline on recorded H.264 video: every frame read back by FFmpeg and decoded.

These tests decode every frame, so they prove what the pipeline can see; the command-line and desk
tests play the same videos in real time through QtMultimedia, with frames skipped as on a busy laptop.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image

from checkin.core.outcomes import Outcome
from checkin.core.repeats import RepeatFilter
from checkin.core.session import EventSession
from checkin.io.camera_decoder import CameraDecoder, Frame, Sighting
from checkin.io.frame_pacing import MAX_STRIDE, FramePacer
from checkin.store import open_event
from tests.camera.footage import FPS, barcode_card, luminance_frames

pytestmark = pytest.mark.slow  # records its videos first (once per session)


def scan_every_frame(video: Path, event: Path) -> tuple[list[Sighting], list]:
    """Decode every frame; hand each sighting through the repeat rule to the check-in, as the desk does."""
    decoder = CameraDecoder(lambda _: None)
    repeats = RepeatFilter()
    sightings, results = [], []
    store = open_event(event)
    try:
        session = EventSession(store, desk="Camera")
        for index, (width, height, pixels) in enumerate(luminance_frames(video)):
            for sighting in decoder.decode(Frame(pixels, width, height, index / FPS)):
                sightings.append(sighting)
                if repeats.admit(sighting.text, sighting.captured_at):
                    results.append(session.check_in(sighting.text))
    finally:
        store.close()
    return sightings, results


def checked_in_codes(results: list) -> list[str]:
    assert [r.outcome for r in results] == [Outcome.CHECKED_IN] * len(results), \
        [(r.outcome, r.code) for r in results if r.outcome is not Outcome.CHECKED_IN]
    return [r.attendee.code for r in results]


def test_every_badge_in_a_720p_recording_checks_its_person_in_once(clips, camera_event):
    clip = clips["badges-720p"]
    sightings, results = scan_every_frame(clip.path, camera_event)
    codes = checked_in_codes(results)
    assert sorted(codes) == sorted(clip.expected)  # each exactly once, the badge held up twice included
    assert codes == list(dict.fromkeys(clip.shown))  # in the order they were shown
    assert {s.symbology for s in sightings} == {"QRCode"}
    # The second showing of the first badge, half a second after the first, was seen and was the same read.
    first = [s.captured_at for s in sightings if s.text == clip.shown[0]]
    assert min(first) < 1.4 and max(first) > 1.9


def test_tickets_phones_and_other_systems_codes_in_1080p(clips, camera_event):
    clip = clips["tickets-1080p"]
    sightings, results = scan_every_frame(clip.path, camera_event)
    assert sorted(checked_in_codes(results)) == sorted(clip.expected)
    assert {s.symbology for s in sightings} == {"QRCode", "Code128", "EAN13", "DataMatrix", "Aztec"}


def test_a_video_with_no_code_gives_no_answer(clips, camera_event):
    sightings, results = scan_every_frame(clips["nothing-720p"].path, camera_event)
    assert sightings == [] and results == []


def test_a_sighting_says_where_the_code_is_in_the_frame(clips):
    clip = clips["desk-720p"]
    decoder = CameraDecoder(lambda _: None)
    for index, (width, height, pixels) in enumerate(luminance_frames(clip.path)):
        found = decoder.decode(Frame(pixels, width, height, index / FPS))
        if found:
            break
    corners = found[0].corners
    assert found[0].frame_size == (1280, 720)
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    # The first badge is held at 45 % of the width, 30 % wide, its QR code in the lower right quarter.
    assert 0.45 * 1280 < min(xs) < max(xs) < 0.62 * 1280
    assert 0.5 * 720 < min(ys) < max(ys) < 0.9 * 720


def _frame_of(image: Image.Image, at: float) -> Frame:
    grey = image.convert("L")
    return Frame(grey.tobytes(), grey.width, grey.height, at)


def test_a_linear_barcode_counts_from_its_second_read():
    card = barcode_card("218734905562140001", "Code128", "Eventbrite")
    decoder = CameraDecoder(lambda _: None)
    assert decoder.decode(_frame_of(card, 10.0)) == []  # one read of a check digit could be a striped shirt
    [sighting] = decoder.decode(_frame_of(card, 10.1))
    assert (sighting.text, sighting.symbology) == ("218734905562140001", "Code128")
    assert decoder.decode(_frame_of(card, 12.0)) == []  # seen again after a pause: confirmed anew
    assert len(decoder.decode(_frame_of(card, 12.2))) == 1


def test_the_worker_reads_on_its_own_thread_and_reads_only_the_newest_frame_waiting(clips):
    clip = clips["desk-720p"]
    frames = [Frame(p, w, h, i / FPS) for i, (w, h, p) in enumerate(luminance_frames(clip.path))]
    seen: list[tuple[str, str]] = []
    release, reading = threading.Event(), threading.Event()

    def on_sighting(sighting: Sighting) -> None:
        seen.append((sighting.captured_at, threading.current_thread().name))
        reading.set()
        release.wait(5)  # hold the worker busy: the frames handed over meanwhile must not queue up

    decoder = CameraDecoder(on_sighting, pacer=FramePacer(idle_budget=1.0, active_budget=1.0))
    try:
        with_code = [f for f in frames if decoder.decode(f)]
        decoder.submit(with_code[0])
        assert reading.wait(10)
        for frame in with_code[1:10]:  # handed over while the worker is held by the first
            decoder.submit(frame)
        release.set()
        assert decoder.drain(10)
        # The first frame, then only the newest of the nine that waited.
        assert [at for at, _ in seen] == [with_code[0].captured_at, with_code[9].captured_at]
        assert all(name == "camera-decoder" for _, name in seen)
    finally:
        release.set()
        decoder.close()
    assert not decoder._thread.is_alive()
    decoder.submit(with_code)  # after close: ignored, no thread started again
    assert decoder.drain(1)


def test_every_frame_is_decoded_while_decoding_is_cheap_and_fewer_when_the_cpu_is_busy():
    pacer = FramePacer(idle_budget=0.2, active_budget=0.6)
    t = 0.0

    def taken_of(frames: int, decode_s: float, found: bool = False) -> int:
        nonlocal t
        taken = 0
        for _ in range(frames):
            t += 1 / 30
            if pacer.offer(t):
                pacer.taken()
                pacer.decoded(decode_s, found, t)
                taken += 1
        return taken

    assert taken_of(60, 0.002) == 60  # 2 ms a frame: well within a fifth of the time
    taken_of(60, 0.040)  # the averages follow the slower decodes
    slow = taken_of(60, 0.040)
    assert 60 / slow >= 6  # 40 ms for a 33 ms frame at a fifth of the time: one frame in 6 or 7
    active = taken_of(60, 0.040, found=True)
    assert active >= 2 * slow  # someone is presenting badges: a larger share, a quicker answer
    busy = taken_of(90, 2.0)
    assert busy >= 90 // MAX_STRIDE  # never less than two decodes a second


def test_a_picture_that_moves_is_decoded_sooner_than_a_still_one():
    from checkin.io.camera_decoder import moved

    still = bytes(range(0, 250, 2)) * 4
    noisy = bytes(min(255, b + (3 if i % 7 == 0 else 0)) for i, b in enumerate(still))
    raised = bytes(255 if 100 < i < 200 else b for i, b in enumerate(still))  # a white badge comes up
    assert not moved(still, noisy) and moved(noisy, raised) and not moved(None, still)

    def stride_after(motion: bool) -> int:
        pacer = FramePacer(idle_budget=0.2, active_budget=0.6)
        t = 0.0
        for _ in range(60):  # 40 ms decodes of 30 fps frames
            t += 1 / 30
            if pacer.offer(t):
                pacer.taken()
                pacer.decoded(0.040, False, t)
        pacer.offer(t + 1 / 30, moved=motion)
        return pacer.stride

    assert stride_after(True) * 2 < stride_after(False)
