"""The camera's figures, on recorded webcam footage (the camera tests' footage: our badges in a desk scene):

- decode rate of the camera pipeline (frames/s) at 720p and 1080p; floor: zxing-cpp's `read_barcodes`
  alone, with its defaults, on the same frames;
- badge held up → green panel painted, p95, a 720p video played at 30 fps into the desk's camera pane
  through QtMultimedia, as a webcam delivers it (target ≤ 300 ms); floor: one frame decoded and checked
  in, with no waiting for frames;
- CPU of the desk while its camera shows nobody, in % of one core (target ≤ 25 %); floor: the same video
  played into a bare video sink (what getting the frames costs at all).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import percentile  # noqa: E402

SHOW_S, GAP_S, LEAD_S = 1.0, 0.6, 0.5  # each badge held up for a second, then taken away


def _event(folder: Path):
    from checkin.sample import create_sample_event

    path = folder / "bench.checkin"
    session = create_sample_event(path)
    people = [a for a in session.attendees() if a.status.value == "registered"]
    session.store.close()
    return path, people


def _badge_cards(people, folder: Path) -> dict:
    from checkin.selftest import person_fields
    from tests.camera.footage import badge_card

    return {p.code: badge_card(person_fields(p), "Bench", folder) for p in people}


def _footage(size, people, cards, folder: Path, name: str):
    from tests.camera.footage import Footage, Shot

    shots = [Shot(p.code, LEAD_S + i * (SHOW_S + GAP_S), SHOW_S, 0.30 if size[1] == 720 else 0.22,
                  x=0.4 + 0.2 * (i % 2), angle=(-12, 0, 12)[i % 3]) for i, p in enumerate(people)]
    duration = LEAD_S + len(people) * (SHOW_S + GAP_S)
    return Footage(size, duration, shots, cards, seed=len(people)), shots


# -- decode rate ------------------------------------------------------------------------------------
def _decode_rows(people, cards, folder: Path, quick: bool) -> list[dict]:
    import zxingcpp

    from checkin.io.camera_decoder import CameraDecoder, Frame
    from tests.camera.footage import FULL_HD, HD

    rows = []
    for size, label in ((HD, "720p"), (FULL_HD, "1080p")):
        footage, _ = _footage(size, people[:4], cards, folder, label)
        frames = [image.convert("L") for image in footage.frames()][:: 2 if quick else 1]
        grey = [Frame(f.tobytes(), f.width, f.height, i / 30) for i, f in enumerate(frames)]
        decoder = CameraDecoder(lambda _: None)
        for frame in grey[:3]:
            decoder.decode(frame)  # warm up
        started = time.perf_counter()
        for frame in grey:
            decoder.decode(frame)
        ours = len(grey) / (time.perf_counter() - started)
        started = time.perf_counter()
        for image in frames:
            zxingcpp.read_barcodes(image)
        floor = len(frames) / (time.perf_counter() - started)
        rows.append({"name": f"camera decode rate {label} (badges and empty frames)", "value": ours,
                     "unit": "frames/s", "floor": floor, "floor_name": "zxing-cpp read_barcodes alone",
                     "target": "-"})
    return rows


# -- the desk -----------------------------------------------------------------------------------------
def _desk(folder: Path, event: Path, video: Path):
    from PySide6.QtCore import QSettings

    from checkin.ui import settings as keys
    from checkin.ui.app import create_app
    from checkin.ui.context import create_context
    from checkin.ui.main_window import MainWindow
    from checkin.ui.settings import Settings
    from checkin.ui.widgets.camera_pane import CameraPane

    app = create_app()
    context = create_context(Settings(QSettings(str(folder / f"{video.stem}.ini"), QSettings.Format.IniFormat)))
    context.sounds.muted = True
    context.settings.set(keys.CAMERA_ON, True)
    CameraPane.run_source = str(video)
    window = MainWindow(context, folder)
    window.resize(1366, 740)
    window.open_location(str(event))
    return app, window


def _until(app, done, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def _latency_rows(event: Path, people, cards, folder: Path, quick: bool) -> list[dict]:
    from checkin.core.session import EventSession
    from checkin.io.camera_decoder import CameraDecoder, Frame
    from checkin.store import open_event
    from tests.camera.footage import HD, write_h264

    shown = people[:6] if quick else people[:20]
    footage, shots = _footage(HD, shown, cards, folder, "latency")
    video = write_h264(footage, folder / "latency.mp4")
    app, window = _desk(folder, event, video)
    first_frame: dict[int, float] = {}  # badge index → wall time its first frame reached the desk
    green: dict[str, float] = {}
    starts = [shot.start for shot in shots]

    def on_frame(frame) -> None:
        t = frame.startTime() / 1e6
        for index, start in enumerate(starts):
            if start <= t < start + SHOW_S and index not in first_frame:
                first_frame[index] = time.perf_counter()

    def on_result(result) -> None:
        window.checkin.result_panel.repaint()  # painted, as the volunteer sees it
        if result.attendee is not None and result.outcome.value == "checked_in":
            green.setdefault(result.attendee.code, time.perf_counter())

    window.operations.checked_in.connect(on_result)
    window.show()
    pane = window.checkin.camera
    _until(app, lambda: pane.source is not None, 10)
    pane.source.frame.connect(on_frame)
    _until(app, lambda: len(green) == len(shown) or "ended" in pane.status.text(), footage.duration + 15)
    latencies = [green[p.code] - first_frame[i] for i, p in enumerate(shown) if p.code in green and i in first_frame]
    if os.environ.get("BENCH_VERBOSE"):
        print("latencies ms:", sorted(round(x * 1000) for x in latencies), file=sys.stderr)
    missed = len(shown) - len(latencies)
    pane.stop()
    window.context.close()
    window.close()
    # The floor: the frame the badge is sharpest in, decoded and checked in at once.
    from tests.camera.footage import luminance_frames

    frames = list(luminance_frames(video))
    decoder = CameraDecoder(lambda _: None)
    store = open_event(folder / "floor.checkin")
    session = EventSession(store)
    floors = []
    for shot in shots:
        width, height, pixels = frames[int((shot.start + SHOW_S / 2) * 30)]
        started = time.perf_counter()
        for sighting in decoder.decode(Frame(pixels, width, height, 0.0)):
            session.check_in(sighting.text)
        floors.append(time.perf_counter() - started)
    store.close()
    name = "camera: badge held up → green panel p95 (720p, 30 fps)"
    if missed:
        name += f" ({missed} of {len(shown)} badges never answered)"
    return [{"name": name, "value": percentile(latencies, 0.95) * 1e3 if latencies else None, "unit": "ms",
             "floor": percentile(floors, 0.95) * 1e3, "floor_name": "one frame decoded + check_in p95",
             "target": "<= 300 ms"}]


def _idle_rows(event: Path, folder: Path, quick: bool) -> list[dict]:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    from tests.camera.footage import HD, Footage, write_h264

    seconds = 6.0 if quick else 15.0
    video = write_h264(Footage(HD, seconds + 1.0, [], {}, seed=9), folder / "idle.mp4")
    app, window = _desk(folder, event, video)
    window.show()
    pane = window.checkin.camera
    _until(app, lambda: pane.source is not None and pane.source.frames > 15, 10)  # past the start-up
    cpu, wall = time.process_time(), time.perf_counter()
    _until(app, lambda: time.perf_counter() - wall > seconds - 0.5, seconds + 5)
    desk = (time.process_time() - cpu) / (time.perf_counter() - wall) * 100
    pane.stop()
    window.context.close()
    window.close()
    player, sink = QMediaPlayer(), QVideoSink()
    player.setVideoSink(sink)
    frames = []
    sink.videoFrameChanged.connect(lambda _frame: frames.append(1))
    player.setSource(QUrl.fromLocalFile(str(video)))
    player.play()
    _until(app, lambda: len(frames) > 15, 10)
    cpu, wall = time.process_time(), time.perf_counter()
    _until(app, lambda: time.perf_counter() - wall > seconds - 0.5, seconds + 5)
    floor = (time.process_time() - cpu) / (time.perf_counter() - wall) * 100
    player.stop()
    return [{"name": "camera idle: desk CPU, camera on, nobody in front (720p, 30 fps)", "value": desk,
             "unit": "% of a core", "floor": floor, "floor_name": "the video into a bare sink",
             "target": "<= 25 %"}]


def run(quick: bool = False) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        event, people = _event(folder)
        import shutil

        shutil.copyfile(event, folder / "floor.checkin")
        cards = _badge_cards(people[:20], folder)
        rows = _decode_rows(people, cards, folder, quick)
        rows += _latency_rows(event, people, cards, folder, quick)
        rows += _idle_rows(event, folder, quick)
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
