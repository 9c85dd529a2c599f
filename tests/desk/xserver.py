"""A private X display for real-input tests: Xvfb with a window manager (openbox), and xdotool to type into it.

No pytest in here: the benchmarks and the screenshot scripts start the same display. Each process that
needs one starts its own (`Xvfb -displayfd` picks a free display number), so test runs and pytest-xdist
workers never share a screen or a keyboard.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SCREEN = (1366, 768)  # the venue laptop the desk must fit on
TOOLS = ("Xvfb", "openbox", "xdotool")
# Debian's packages for the tools above (scripts/setup.sh installs them with the test extras).
APT_PACKAGES = "xvfb openbox xdotool"


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _sooner() -> None:
    """Run xdotool before other work where allowed: a scanner's keys keep their pace on a busy machine.

    A USB scanner's pace is set by its hardware; xdotool's is set by the scheduler, and on a loaded machine
    a key may wait longer than the gap that tells a scanner from a person. Without the right to, nothing."""
    try:
        os.nice(-10)
    except OSError:
        pass


class XServer:
    """Xvfb + openbox on a display of their own; `stop()` ends both."""

    def __init__(self, size: tuple[int, int] = SCREEN) -> None:
        self.size = size
        self.display = ""
        self.folder = Path(tempfile.mkdtemp(prefix="checkin-x-"))
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._wm: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        """The environment a program needs to open its windows on this display (and nowhere else)."""
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XAUTHORITY")}
        env["DISPLAY"] = self.display
        return env

    def start(self, timeout: float = 30) -> XServer:
        read, write = os.pipe()
        width, height = self.size
        self._xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp",
             "-noreset", "+extension", "XTEST"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=(self.folder / "xvfb.log").open("wb"),
            preexec_fn=_sooner)  # xdotool waits on the server for each key: both keep the pace
        os.close(write)
        number = b""
        deadline = time.monotonic() + timeout
        with os.fdopen(read, "rb") as pipe:  # Xvfb writes the display number, then a newline, when it is ready
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"Xvfb did not start: {(self.folder / 'xvfb.log').read_text()[-500:]}")
                number += chunk
        self.display = f":{number.decode().strip()}"
        self._wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env, stdout=subprocess.DEVNULL,
                                    stderr=(self.folder / "openbox.log").open("wb"))
        self._wait_for_window_manager(deadline)
        return self

    def _wait_for_window_manager(self, deadline: float) -> None:
        from Xlib import X, display

        screen = display.Display(self.display)
        try:
            check = screen.intern_atom("_NET_SUPPORTING_WM_CHECK")
            while screen.screen().root.get_full_property(check, X.AnyPropertyType) is None:
                if self._wm is not None and self._wm.poll() is not None:
                    raise RuntimeError(f"openbox exited: {(self.folder / 'openbox.log').read_text()[-500:]}")
                if time.monotonic() > deadline:
                    raise RuntimeError("openbox did not take the display")
                time.sleep(0.02)  # polling the root window: openbox gives no other sign it is ready
        finally:
            screen.close()

    def xdotool(self, *args: str, timeout: float = 60) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout,
                                preexec_fn=_sooner)
        if result.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def keyboard_layout(self, layout: str) -> None:
        """Switch the display's keyboard layout (`ch`, `fr`, `us`): a desk laptop that is not American."""
        subprocess.run(["setxkbmap", "-display", self.display, layout], check=True, timeout=30)

    def stop(self) -> None:
        for process in (self._wm, self._xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self._wm = self._xvfb = None
        shutil.rmtree(self.folder, ignore_errors=True)
