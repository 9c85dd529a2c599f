"""An event double-clicked in the Finder: macOS does not pass it as an argument but sends the app a
QFileOpenEvent, at start or while the desk runs. Qt delivers it on every platform, so it is posted here."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from checkin.ui import settings as keys
from checkin.ui.app import create_app, fresh_sample, open_window


def finder_opens(path: Path) -> None:
    QApplication.postEvent(QApplication.instance(), QFileOpenEvent(QUrl.fromLocalFile(str(path))))


def second_event(tmp_path: Path, sample_event_path: Path) -> Path:
    folder = tmp_path / "Finder Événements"
    folder.mkdir()
    path = folder / "Genève 2018 — bus.checkin"
    shutil.copyfile(sample_event_path, path)
    return path


def test_an_event_opened_in_the_finder_while_the_desk_runs_opens_there(qtbot, context, sample_event_path, tmp_path):
    create_app()
    context.settings.remember_event(str(sample_event_path))
    window = open_window(context, None, False, tmp_path)
    qtbot.addWidget(window)
    assert context.location == str(sample_event_path)
    other = second_event(tmp_path, sample_event_path)
    finder_opens(other)
    qtbot.waitUntil(lambda: context.location == str(other))
    assert window.stack.currentWidget() is window.event_page
    assert context.settings.get(keys.LAST_EVENT) == str(other)


def test_the_event_the_finder_started_the_app_with_wins_over_the_last_one(qtbot, context, sample_event_path,
                                                                          tmp_path):
    app = create_app()
    last = fresh_sample(tmp_path)
    context.settings.remember_event(str(last))
    other = second_event(tmp_path, sample_event_path)
    finder_opens(other)  # sent while the app starts, before there is a window
    app.processEvents()
    window = open_window(context, None, False, tmp_path)
    qtbot.addWidget(window)
    assert context.location == str(other)
    app.processEvents()
    assert context.location == str(other)


def test_a_locked_desk_keeps_its_event(qtbot, context, sample_event_path, tmp_path):
    create_app()
    window = open_window(context, str(sample_event_path), False, tmp_path)
    qtbot.addWidget(window)
    context.settings.set(keys.PIN, "4321")
    window.toggle_lock()
    assert window.locked
    before = context.location
    other = second_event(tmp_path, sample_event_path)
    finder_opens(other)
    qtbot.waitUntil(lambda: "unlock" in window.statusBar().currentMessage().lower())
    assert context.location == before
