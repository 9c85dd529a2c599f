"""The desk app itself, on a real X display (Xvfb + openbox), scanning a recorded video as its camera.

`checkin desk EVENT --camera VIDEO` runs as its own process on a private display; the test watches
the event file, grabs the screen as the volunteer would see it (FFmpeg's x11grab, from the wheel of
imageio-ffmpeg), and presses Ctrl+Shift+C with real X key events (xdotool) to hide the pane.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from checkin.store import open_event

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)
TOOLS = ("Xvfb", "openbox", "xdotool")


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A display of its own: Xvfb picks a free number (-displayfd), openbox manages the windows."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"NO {', '.join(missing)} on this machine (Debian: xvfb openbox xdotool)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI must run the real-window tests")
        pytest.skip(reason)
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp", "+extension", "XTEST"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=(tmp_path / "xvfb.log").open("wb"))
    os.close(write)
    with os.fdopen(read) as pipe:
        display = f":{pipe.readline().strip()}"
    manager = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": display},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield display
    finally:
        for process in (manager, xvfb):
            process.terminate()
            process.wait(10)


def wait(what, seconds: float = 30, every: float = 0.1):
    """Poll another process's work (a file, a window) until `what()` is true."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"not within {seconds} s: {what.__doc__ or what}")


def checked_in(event: Path) -> set[str]:
    store = open_event(event)
    try:
        by_id = {a.id: a.code for a in store.attendees()}
        return {by_id[i] for i, p in store.presence("Entrance").items() if p.checked_in}
    finally:
        store.close()


def screen_grab(display: str, out: Path) -> Image.Image:
    import imageio_ffmpeg

    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-f", "x11grab", "-video_size",
                    f"{SCREEN[0]}x{SCREEN[1]}", "-i", display, "-frames:v", "1", str(out)], check=True, timeout=30)
    return Image.open(out).convert("RGB")


def test_the_desk_on_a_real_display_checks_in_the_badges_its_camera_sees(x_display, clips, camera_event, tmp_path):
    clip = clips["desk-720p"]
    home = tmp_path / "home"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    env.pop("WAYLAND_DISPLAY", None)
    desk = subprocess.Popen([sys.executable, "-m", "checkin", "desk", str(camera_event), "--camera", str(clip.path)],
                            env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=(tmp_path / "desk.log").open("wb"))
    try:
        window = wait(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Checkin$"],
                                             env=env, capture_output=True, text=True).stdout.split(), 60)[0]
        wait(lambda: len(checked_in(camera_event)) >= 1)

        def green_on_screen() -> Image.Image | None:
            """The screen once it shows the outcome panel's green (the first badge answered)"""
            shot = screen_grab(x_display, tmp_path / "desk.png")
            colours = dict((colour, count) for count, colour in shot.getcolors(SCREEN[0] * SCREEN[1]))
            return shot if colours.get((0x1E, 0x7B, 0x34), 0) > 20_000 else None

        shot = wait(green_on_screen, 10, 0.2)
        preview = shot.crop((10, 120, 330, 300))  # the camera's picture, below the search field
        assert len(preview.getcolors(320 * 180)) > 500, "the camera's picture is not on the screen"
        wait(lambda: checked_in(camera_event) == clip.expected)
        # Real key events: the volunteer hides the camera pane; the desk remembers.
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=True, timeout=30)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+shift+c"], env=env, check=True, timeout=30)
        config = home / "config" / "checkin" / "checkin.conf"
        wait(lambda: config.is_file() and "on=false" in config.read_text(encoding="utf-8"))
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=env, check=True, timeout=30)
        # The desk asks before quitting: yes.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Quit", "windowactivate", "--sync",
                        "key", "--clearmodifiers", "alt+y"], env=env, check=True, timeout=30)
        assert desk.wait(30) == 0
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait(10)
    assert "Traceback" not in (tmp_path / "desk.log").read_text(errors="replace")
    assert checked_in(camera_event) == clip.expected  # each once, on disk after the desk closed
