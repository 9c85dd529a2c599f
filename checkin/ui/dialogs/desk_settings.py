"""This desk's setup: name, checkpoint, printer, layout, auto-print, calibration and test page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from checkin.ui import printer_choice
from checkin.ui import settings as keys
from checkin.ui.dialogs.camera_settings import CameraSettingsRows, CameraSetup, save_camera_setup
from checkin.ui.settings import Settings


@dataclass(frozen=True)
class DeskSetup:
    desk: str
    checkpoint: str
    printer: str
    layout: str
    auto_print: bool
    dx_mm: float
    dy_mm: float
    scale_pct: float
    muted: bool
    privacy: bool
    camera: CameraSetup | None = None
    next_please_s: int = 6


class DeskSettingsDialog(QDialog):
    def __init__(self, settings: Settings, checkpoints: list[str], test_page: Callable[[DeskSetup], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desk settings"))
        self.desk = QLineEdit(settings.get(keys.DESK_NAME))
        self.checkpoint = QComboBox()
        self.checkpoint.setEditable(True)
        self.checkpoint.addItems(list(dict.fromkeys(["Entrance", *checkpoints])))
        self.checkpoint.setCurrentText(settings.get(keys.CHECKPOINT))
        self.printer = QComboBox()
        default = printer_choice.default_printer()
        if default is None:
            self.printer.addItem(self.tr("System default printer (none on this computer)"), "")
        elif default.is_virtual:
            self.printer.addItem(self.tr("System default printer (%1: makes files, not badges)").replace(
                "%1", default.name), "")
        else:
            self.printer.addItem(self.tr("System default printer (%1)").replace("%1", default.name), "")
        for printer in printer_choice.system_printers():
            label = (self.tr("%1 — makes files, not badges").replace("%1", printer.name) if printer.is_virtual
                     else printer.name)
            self.printer.addItem(label, printer.name)
        chosen = settings.get(keys.PRINTER)
        if chosen and self.printer.findData(chosen) < 0:  # named earlier, not installed now: say so, keep it
            self.printer.addItem(self.tr("%1 (not found on this computer)").replace("%1", chosen), chosen)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))
        self.layout_box = QComboBox()
        for name, title in self.layout_titles().items():
            self.layout_box.addItem(title, name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(settings.get(keys.LAYOUT))))
        self.auto_print = QCheckBox(self.tr("Print a badge on each check-in"))
        self.auto_print.setChecked(settings.get(keys.AUTO_PRINT))
        self.dx, self.dy, self.scale = QDoubleSpinBox(), QDoubleSpinBox(), QDoubleSpinBox()
        for box, low, high, suffix, value in ((self.dx, -20, 20, " mm", settings.get(keys.OFFSET_X)),
                                              (self.dy, -20, 20, " mm", settings.get(keys.OFFSET_Y)),
                                              (self.scale, 80, 120, " %", settings.get(keys.SCALE))):
            box.setRange(low, high)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setSuffix(suffix)
            box.setValue(value)
        self.muted = QCheckBox(self.tr("Mute the sounds"))
        self.muted.setChecked(settings.get(keys.MUTED))
        self.privacy = QCheckBox(self.tr("Privacy mode: show search results only, never the full list"))
        self.privacy.setChecked(settings.get(keys.PRIVACY))
        self.next_please = QSpinBox()
        self.next_please.setRange(0, 120)
        self.next_please.setSuffix(self.tr(" s"))
        self.next_please.setSpecialValueText(self.tr("until the next scan"))
        self.next_please.setValue(settings.get(keys.NEXT_PLEASE_S))
        test = QPushButton(self.tr("Print a test page"))
        test.setEnabled(test_page is not None)
        if test_page is not None:
            test.clicked.connect(lambda: test_page(self.value()))
        form = QFormLayout(self)
        form.addRow(self.tr("Desk name"), self.desk)
        form.addRow(self.tr("Checkpoint"), self.checkpoint)
        form.addRow(self.tr("Badge printer"), self.printer)
        form.addRow(self.tr("Badge layout"), self.layout_box)
        form.addRow("", self.auto_print)
        form.addRow(self.tr("Shift right"), self.dx)
        form.addRow(self.tr("Shift down"), self.dy)
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow("", test)
        form.addRow(self.tr("“Next, please” after"), self.next_please)
        form.addRow("", self.muted)
        form.addRow("", self.privacy)
        self.camera = CameraSettingsRows(settings, self)
        self.camera.add_to(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def layout_titles(self) -> dict[str, str]:
        """The badge layouts a desk prints, by name, in words ("A6 badge"); tickets are for e-mails, not desks."""
        import badges  # ReportLab loads when the dialog opens, not at start

        words = {"a6": self.tr("A6 badge"), "a7": self.tr("A7 badge"), "4x3in": self.tr("4 × 3 in badge"),
                 "cr80": self.tr("Card (CR80, credit-card size)"), "fold": self.tr("Folded badge (A5 to A6)"),
                 "label-75x40": self.tr("Name label 75 × 40 mm"), "label-80x50": self.tr("Name label 80 × 50 mm"),
                 "namecard": self.tr("Name card (A4 tent card)")}
        titles = {}
        for name in badges.list_layouts():
            if name.startswith("ticket-"):
                continue
            if name not in words:
                try:
                    words[name] = badges.load_layout(name).title
                except badges.BadgeError:
                    words[name] = name
            titles[name] = words[name]
        return titles

    def value(self) -> DeskSetup:
        return DeskSetup(
            desk=self.desk.text().strip() or "Desk 1", checkpoint=self.checkpoint.currentText().strip() or "Entrance",
            printer=self.printer.currentData() or "", layout=self.layout_box.currentData() or "a6",
            auto_print=self.auto_print.isChecked(), dx_mm=self.dx.value(), dy_mm=self.dy.value(),
            scale_pct=self.scale.value(), muted=self.muted.isChecked(), privacy=self.privacy.isChecked(),
            camera=self.camera.value(), next_please_s=self.next_please.value())

    @classmethod
    def ask(cls, settings: Settings, checkpoints: list[str], test_page: Callable[[DeskSetup], None] | None = None,
            parent: QWidget | None = None) -> DeskSetup | None:
        dialog = cls(settings, checkpoints, test_page, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def save_setup(settings: Settings, setup: DeskSetup) -> None:
    for key, value in ((keys.DESK_NAME, setup.desk), (keys.CHECKPOINT, setup.checkpoint),
                       (keys.PRINTER, setup.printer), (keys.LAYOUT, setup.layout),
                       (keys.AUTO_PRINT, setup.auto_print), (keys.OFFSET_X, setup.dx_mm),
                       (keys.OFFSET_Y, setup.dy_mm), (keys.SCALE, setup.scale_pct), (keys.MUTED, setup.muted),
                       (keys.PRIVACY, setup.privacy), (keys.NEXT_PLEASE_S, setup.next_please_s)):
        settings.set(key, value)
    if setup.camera is not None:
        save_camera_setup(settings, setup.camera)
