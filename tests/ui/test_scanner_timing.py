"""The scanner filter's rules at a seam: key times as Windows and macOS stamp them, AltGr and Option keys,
a person's letters just before a scan, and a filter that never lets an exception out."""

from __future__ import annotations

import itertools
import logging

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from checkin.ui.key_bursts import BurstDetector
from checkin.ui.scanner import ScannerFilter

CODE = "STDEXBCDFGHJKNPRSTUV"
WINDOWS_TICK_MS = 15.625  # GetTickCount's step: key timestamps on Windows come in these steps


def _windows_clock(ms: float) -> int:
    return int(ms // WINDOWS_TICK_MS * WINDOWS_TICK_MS)


@pytest.fixture
def field(qtbot):
    line = QLineEdit()
    qtbot.addWidget(line)
    line.show()
    qtbot.waitExposed(line)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    return line


@pytest.fixture
def scanner(qapp, field):
    scanner = ScannerFilter()
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    scanner.scans = scans
    qapp.installEventFilter(scanner)
    yield scanner
    qapp.removeEventFilter(scanner)


def _press(widget, text: str, at_ms: float, key: int | None = None,
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    if key is None:
        key = ord(text.upper()) if text else 0
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    event.setTimestamp(int(at_ms))
    QApplication.sendEvent(widget, event)


def test_a_scanner_every_33_ms_on_a_windows_clock_is_one_scan(field, scanner):
    """Both clocks a desk may read on Windows tick in 15.6 ms steps: the key's timestamp and time.monotonic."""
    field.setText("kept")
    field.end(False)
    now = [10_000.0]
    scanner.monotonic = lambda: _windows_clock(now[0]) / 1000
    for char, gap in zip(CODE, itertools.cycle([33.0, 34.0, 32.0])):
        now[0] += gap
        _press(field, char, _windows_clock(now[0]))
    now[0] += 33
    _press(field, "", _windows_clock(now[0]), Qt.Key.Key_Return)
    assert scanner.scans == [CODE]
    assert field.text() == "kept"


def test_shift_altgr_and_ctrl_alt_keys_do_not_break_a_burst(field, scanner):
    """@ and # typed with AltGr (X11: ISO_Level3_Shift, Windows: Ctrl+Alt) or Option (macOS: Alt)."""
    when = 10_000.0
    typed = [("E", Qt.Key.Key_Shift), ("B", None), ("#", Qt.Key.Key_AltGr), ("4", None), ("4", None),
             ("7", None), ("1", None), ("@", Qt.Key.Key_CapsLock), ("G", Qt.Key.Key_Shift), ("V", None),
             ("A", None)]
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    for char, modifier_key in typed:
        if modifier_key is not None:
            _press(field, "", when, modifier_key)
            when += 2
        modifiers = ctrl_alt if char == "@" else (Qt.KeyboardModifier.AltModifier if char == "#" else
                                                  Qt.KeyboardModifier.NoModifier)
        _press(field, char, when, ord(char) if not char.isalpha() else None, modifiers)
        when += 5
    _press(field, "", when, Qt.Key.Key_Return)
    assert scanner.scans == ["EB#4471@GVA"]
    assert field.text() == ""


def test_a_shortcut_or_an_arrow_in_the_middle_is_a_person(field, scanner):
    when = 10_000.0
    for i, char in enumerate(CODE):
        if i == 10:
            _press(field, "\x1a", when, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
        _press(field, char, when)
        when += 4
    _press(field, "", when, Qt.Key.Key_Return)
    assert scanner.scans == [CODE[10:]]


def test_a_name_typed_before_a_scan_stays_in_the_field(field, scanner):
    when = 10_000.0
    for char in "Amina":
        when += 95
        _press(field, char, when)
    when += 400  # the hand goes from the keyboard to the scanner
    for char in CODE:
        _press(field, char, when)
        when += 4
    _press(field, "", when, Qt.Key.Key_Return)
    assert scanner.scans == [CODE]
    assert field.text() == "Amina"


def test_a_person_typing_and_pressing_enter_is_no_scan(field, scanner):
    when = 10_000.0
    for char in "kulling":
        when += 95
        _press(field, char, when)
    _press(field, "", when + 90, Qt.Key.Key_Return)
    assert scanner.scans == []
    assert field.text() == "kulling"


def test_an_exception_in_the_filter_is_logged_and_the_key_goes_through(field, scanner, caplog, monkeypatch):
    def broken(*_args):
        raise RuntimeError("Internal C++ object already deleted")

    monkeypatch.setattr(scanner.bursts, "character", broken)
    with caplog.at_level(logging.ERROR, logger="checkin.ui"):
        _press(field, "a", 10_000)
    assert field.text() == "a"
    assert "scanner filter" in caplog.text


@pytest.mark.parametrize(("gaps", "expected"), [
    ([5.0] * 20, CODE),  # a scanner on X11 or macOS
    ([31.25, 46.875] * 10, CODE),  # a slow scanner on a Windows clock
    ([5.0] * 8 + [70.0] + [5.0] * 11, CODE),  # the keyboard stalled once during the burst
    ([90.0] * 20, None),  # a person
])
def test_burst_rules(gaps, expected):
    bursts = BurstDetector()
    when = 0.0
    for char, gap in zip(CODE, gaps):
        when += gap
        bursts.character(char, when)
    assert bursts.end(when + gaps[-1]) == expected
