"""The attendee list's filter by need: everyone, or only who needs a wheelchair, a receiver in French, halal…"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from checkin.core.needs import Meal, Need, NeedKind
from checkin.ui.day_words import need_icon, need_text

CHOICES: tuple[tuple[NeedKind, str], ...] = (
    (NeedKind.WHEELCHAIR, ""), (NeedKind.HEARING_LOOP, ""), (NeedKind.SIGN_LANGUAGE, ""),
    (NeedKind.INTERPRETATION, ""), (NeedKind.INTERPRETATION, "fr"), (NeedKind.INTERPRETATION, "en"),
    (NeedKind.INTERPRETATION, "de"), *((NeedKind.MEAL, meal.value) for meal in Meal), (NeedKind.OTHER, ""),
)


class NeedFilterBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Any need or none"), None)
        for kind, detail in CHOICES:
            need = Need(kind, detail, self.tr("Other needs") if kind is NeedKind.OTHER else "")
            self.addItem(need_icon(need), need_text(need), (kind.value, detail))

    def chosen(self) -> tuple[NeedKind, str] | None:
        data = self.currentData()
        return (NeedKind(data[0]), data[1]) if data else None
