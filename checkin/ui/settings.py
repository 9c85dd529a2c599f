"""Every per-desk setting, declared once (key, type, default) over QSettings.

Event data never goes here: it lives in the event file. QSettings' quirks
(bools and ints coming back as strings, empty lists as None) are handled in
`_read` and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type
    default: T


LANGUAGE = Setting("ui/language", str, "")  # "" follows the system language
MUTED = Setting("ui/muted", bool, False)
GEOMETRY = Setting("ui/geometry", bytes, b"")
RECENT_EVENTS = Setting("events/recent", list, [])
LAST_EVENT = Setting("events/last", str, "")
DESK_NAME = Setting("desk/name", str, "Desk 1")
CHECKPOINT = Setting("desk/checkpoint", str, "Entrance")
AUTO_PRINT = Setting("badges/auto_print", bool, False)
PRINTER = Setting("badges/printer", str, "")  # "" is the system default printer
LAYOUT = Setting("badges/layout", str, "a6")
OFFSET_X = Setting("badges/offset_x_mm", float, 0.0)
OFFSET_Y = Setting("badges/offset_y_mm", float, 0.0)
SCALE = Setting("badges/scale_pct", float, 100.0)
PRIVACY = Setting("desk/privacy_mode", bool, False)
PIN = Setting("desk/pin", str, "")  # older versions kept the PIN as typed: turned into PIN_HASH and cleared
PIN_HASH = Setting("desk/pin_hash", str, "")  # scrypt$N$r$p$salt$digest (checkin.ui.desk_lock)
PIN_WRONG_TRIES = Setting("desk/pin_wrong_tries", int, 0)
PIN_RETRY_AT = Setting("desk/pin_retry_at", float, 0.0)  # time.time() before which no PIN is looked at
LOCKED = Setting("desk/locked", bool, False)  # the desk reopens locked after a crash or a restart
# Seconds the outcome stays before the desk shows "Next, please" (0: until the next scan or key).
NEXT_PLEASE_S = Setting("desk/next_please_s", int, 6)
ORGANISERS_DESK = Setting("desk/organisers", bool, False)  # told when a speaker or VIP arrives at another desk
CAMERA_ON = Setting("camera/on", bool, False)  # the check-in view's camera pane (Ctrl+Shift+C)
CAMERA = Setting("camera/device", str, "")  # "" the system's default camera, else its id (or a video file)
CAMERA_RESOLUTION = Setting("camera/resolution", str, "1280x720")


class Settings:
    """Typed access to the declared settings; tests pass a QSettings on a temporary file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def get(self, setting: Setting[T]) -> T:
        return self._read(setting, self._q.value(setting.key, None))

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.kind is bytes:
            from PySide6.QtCore import QByteArray

            self._q.setValue(setting.key, QByteArray(value))  # type: ignore[arg-type]
        else:
            self._q.setValue(setting.key, value)
        self._q.sync()

    @staticmethod
    def _read(setting: Setting[T], raw: Any) -> T:
        if raw is None:
            return setting.default
        try:
            if setting.kind is bool:
                return (raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1"))  # type: ignore[return-value]
            if setting.kind is list:
                return (list(raw) if isinstance(raw, list | tuple) else [raw])  # type: ignore[return-value]
            if setting.kind is bytes:
                return bytes(raw)  # type: ignore[return-value]
            return setting.kind(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def remember_event(self, location: str) -> None:
        """Put an event first in the recent list and make it the one reopened on next start."""
        recent = [item for item in self.get(RECENT_EVENTS) if item != location]
        self.set(RECENT_EVENTS, [location, *recent][:MAX_RECENT])
        self.set(LAST_EVENT, location)

    def forget_event(self, location: str) -> None:
        self.set(RECENT_EVENTS, [item for item in self.get(RECENT_EVENTS) if item != location])
        if self.get(LAST_EVENT) == location:
            self.set(LAST_EVENT, "")
