"""The people a re-import would cancel for being missing from the file, named, before anything is written."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QListWidget, QWidget

from checkin.core.models import Attendee


class CancellationList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def set_people(self, cancelled: Sequence[Attendee], checked_in: Iterable[Attendee] = ()) -> None:
        present = {person.id for person in checked_in}
        self.clear()
        for person in sorted(cancelled, key=lambda p: (p.family_name.casefold(), p.given_name.casefold())):
            text = person.name + (f" — {person.organisation}" if person.organisation else "")
            if person.id in present:
                text += " " + self.tr("(already checked in: kept in the attendance)")
            self.addItem(text)

    def lines(self) -> list[str]:
        """The names shown, for tests (without the organisation)."""
        return [self.item(row).text().split(" — ")[0].split(" (")[0] for row in range(self.count())]
