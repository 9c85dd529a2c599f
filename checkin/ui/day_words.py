"""The words and icons of the programme's day: roles, arrival notices, needs, loan outcomes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from checkin.core.needs import Meal, Need, NeedKind
from checkin.core.programme import ArrivalNotice, Role
from checkin.resources import resources_dir


def role_text(role: Role | None) -> str:
    if role is Role.MODERATOR:
        return QCoreApplication.translate("Day", "Moderator")
    if role is Role.PANELLIST:
        return QCoreApplication.translate("Day", "Panellist")
    if role is Role.SPEAKER:
        return QCoreApplication.translate("Day", "Speaker")
    return QCoreApplication.translate("Day", "VIP")


def event_time(moment: datetime | None, timezone: str) -> str:
    """08:50 on the event's clock (the programme's times are the venue's, whatever the laptop says)."""
    if moment is None:
        return ""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    return moment.astimezone(zone).strftime("%H:%M")


def session_clock(moment: datetime, timezone: str) -> str:
    """9:10, as a programme writes it."""
    text = event_time(moment, timezone)
    return text[1:] if text.startswith("0") else text


def notice_text(notice: ArrivalNotice, timezone: str) -> str:
    """"Speaker — 9:10 Opening address; tell the organiser"."""
    if notice.session is None:
        return QCoreApplication.translate("Day", "%1 — tell the organiser").replace("%1", role_text(None))
    return (QCoreApplication.translate("Day", "%1 — %2 %3; tell the organiser")
            .replace("%1", role_text(notice.role)).replace("%2", session_clock(notice.session.starts_at, timezone))
            .replace("%3", notice.session.title))


def arrival_line(notice: ArrivalNotice, timezone: str) -> str:
    """For the organisers: "08:50 Jovan Kurbalija has arrived — Speaker — 9:10 Opening address"."""
    who = notice.attendee.name
    what = role_text(notice.role) if notice.session is None else f"{role_text(notice.role)} — " \
        f"{session_clock(notice.session.starts_at, timezone)} {notice.session.title}"
    return (QCoreApplication.translate("Day", "%1 %2 has arrived — %3")
            .replace("%1", event_time(notice.arrived_at, timezone))
            .replace("%2", who).replace("%3", what))


def meal_text(meal: str) -> str:
    words = {
        "vegetarian": QCoreApplication.translate("Day", "Vegetarian"),
        "vegan": QCoreApplication.translate("Day", "Vegan"),
        "halal": QCoreApplication.translate("Day", "Halal"),
        "kosher": QCoreApplication.translate("Day", "Kosher"),
        "gluten_free": QCoreApplication.translate("Day", "Gluten-free"),
        "lactose_free": QCoreApplication.translate("Day", "Lactose-free"),
        "nut_allergy": QCoreApplication.translate("Day", "Nut allergy"),
    }
    return words.get(meal, meal)


def language_text(code: str) -> str:
    """The language as its code in capitals (FR, EN): what the receivers' channels are labelled with."""
    return code.upper() if code else QCoreApplication.translate("Day", "language not said")


def need_text(need: Need) -> str:
    if need.kind is NeedKind.WHEELCHAIR:
        return QCoreApplication.translate("Day", "Wheelchair")
    if need.kind is NeedKind.HEARING_LOOP:
        return QCoreApplication.translate("Day", "Hearing loop")
    if need.kind is NeedKind.SIGN_LANGUAGE:
        return QCoreApplication.translate("Day", "Sign language")
    if need.kind is NeedKind.INTERPRETATION:
        if need.detail:
            return QCoreApplication.translate("Day", "Interpretation %1").replace("%1", language_text(need.detail))
        return QCoreApplication.translate("Day", "Interpretation")
    if need.kind is NeedKind.MEAL:
        return meal_text(need.detail)
    return need.written


def need_icon_name(need: Need) -> str:
    if need.kind is NeedKind.MEAL:
        return "vegetarian" if need.detail in (Meal.VEGETARIAN, Meal.VEGAN) else "meal"
    return need.kind.value


def need_pixmap(name: str, size: int, colour: str = "#14181d") -> QPixmap:
    """A needs icon (resources/icons/needs, Font Awesome 4.7 glyphs) drawn in `colour`, aspect kept."""
    renderer = QSvgRenderer(str(resources_dir() / "icons" / "needs" / f"{name}.svg"))
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if renderer.isValid():
        box = renderer.defaultSize()
        scale = size / max(box.width(), box.height(), 1)
        width, height = box.width() * scale, box.height() * scale
        painter = QPainter(image)
        renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), QColor(colour))
        painter.end()
    return QPixmap.fromImage(image)


def need_icon(need: Need, size: int = 24) -> QIcon:
    return QIcon(need_pixmap(need_icon_name(need), size))
