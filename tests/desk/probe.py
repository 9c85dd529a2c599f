"""The test's eyes inside the desk process: a local socket that answers questions about the live window.

Loaded by `desk_app.py` only, never by the app. Each request is one JSON line, each answer one JSON line:
    {"op": "eval", "expr": "window.checkin.search.text()"}   → {"ok": "..."}
    {"op": "exec", "code": "window.context.print_to_file = '/tmp/x.pdf'"}
    {"op": "grab", "path": "/tmp/shot.png", "what": "window" | "modal" | "screen"}
    {"op": "marks"}                                           → how many sync marks (Pause keys) arrived
Requests are answered from Qt's event loop (inside a modal dialog's loop too), so what they read is what the
window shows between two events. The Pause key is the harness's sync mark: every key typed before it has been
handled when it arrives; it is swallowed here and never reaches the desk.
"""

from __future__ import annotations

import json
import traceback
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MARK_KEY = Qt.Key.Key_Pause


def main_window() -> QWidget | None:
    from checkin.ui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def describe(widget: QObject | None) -> dict[str, str] | None:
    if widget is None:
        return None
    title = widget.windowTitle() if isinstance(widget, QWidget) else ""
    return {"class": type(widget).__name__, "name": widget.objectName(), "title": title}


def snapshot(window: Any) -> dict[str, Any]:
    """What the desk shows, in one answer; a fact the window does not have is None."""

    def read(getter: Any) -> Any:
        try:
            return getter()
        except Exception:
            return None

    view = read(lambda: window.checkin)
    panel = read(lambda: view.result_panel)
    return {
        "page": read(lambda: "event" if window.stack.currentWidget() is window.event_page else "start"),
        "tab": read(lambda: window.tabs.currentIndex()),
        "colour": read(lambda: panel.colour),
        "headline": read(lambda: panel.headline.text()),
        "detail": read(lambda: panel.detail.text()),
        # Every line the outcome shows, in order (headline, name, organisation, role, needs, detail).
        "says": read(lambda: " ".join(label.text() for label in panel.findChildren(QLabel)
                                      if label.isVisibleTo(panel) and label.text())),
        "search": read(lambda: view.search.text()),
        "results": read(lambda: [view.model.attendee(row).name for row in range(view.model.rowCount())]),
        "person": read(lambda: view.person.attendee.name if view.person.attendee else None),
        "focus": describe(QApplication.focusWidget()),
        "modal": describe(QApplication.activeModalWidget()),
        "locked": read(lambda: window.locked),
        "title": read(lambda: window.windowTitle()),
        "status": read(lambda: window.statusBar().currentMessage()),
        "recent": read(lambda: [f"{row.colour} {row.code} {row.text}" for row in view.recent.outcomes]),
    }


class Probe(QObject):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.marks = 0
        self.server = QLocalServer(self)
        QLocalServer.removeServer(path)
        if not self.server.listen(path):
            raise RuntimeError(f"{path}: {self.server.errorString()}")
        self.server.newConnection.connect(self._connected)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.namespace: dict[str, Any] = {"app": QApplication.instance(), "QApplication": QApplication, "Qt": Qt,
                                          "describe": describe}
        QApplication.instance().installEventFilter(self)
        # Filters run last-installed first: once the desk has installed its own, go in front of them.
        QTimer.singleShot(0, self._go_first)

    def _go_first(self) -> None:
        QApplication.instance().removeEventFilter(self)
        QApplication.instance().installEventFilter(self)

    # -- the sync mark -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
                assert isinstance(event, QKeyEvent)
                if event.key() == MARK_KEY:
                    if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat() and \
                            not isinstance(watched, QWidget):  # counted once: on its way into the window
                        self.marks += 1
                    return True
        except Exception:  # an exception must never leave a Qt virtual
            traceback.print_exc()
        return False

    # -- requests --------------------------------------------------------------------
    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._buffers.pop(s, None))

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        while b"\n" in self._buffers[socket]:
            line, _, rest = self._buffers[socket].partition(b"\n")
            self._buffers[socket] = rest
            socket.write(json.dumps(self.answer(json.loads(line)), default=repr).encode() + b"\n")
            socket.flush()

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        try:
            self.namespace["window"] = main_window()
            op = request["op"]
            if op == "eval":
                return {"ok": eval(request["expr"], self.namespace)}  # the test's own expressions
            if op == "exec":
                exec(request["code"], self.namespace)
                return {"ok": None}
            if op == "marks":
                return {"ok": self.marks}
            if op == "grab":
                return {"ok": self.grab(request["path"], request.get("what", "window"))}
            return {"error": f"unknown op {op!r}"}
        except Exception:
            return {"error": traceback.format_exc()}

    def grab(self, path: str, what: str) -> list[int]:
        """Save what the screen shows (window frame and dialogs included) as a PNG; returns x, y, w, h."""
        screen = QGuiApplication.primaryScreen()
        if what == "screen":
            rect = screen.geometry()
        else:
            widget = QApplication.activeModalWidget() if what == "modal" else main_window()
            if widget is None:
                widget = main_window()
            rect = widget.frameGeometry()
        image = screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())
        if not image.save(path):
            raise RuntimeError(f"{path}: the screenshot was not saved")
        return [rect.x(), rect.y(), rect.width(), rect.height()]
