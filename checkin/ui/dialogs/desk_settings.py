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
    QWidget,
)

from checkin.ui import settings as keys
from checkin.ui.dialogs.camera_settings import CameraSettingsRows, CameraSetup, save_camera_setup
from checkin.ui.printing import printer_names
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
        self.printer.addItem(self.tr("System default printer"), "")
        for name in printer_names():
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.get(keys.PRINTER))))
        import badges  # ReportLab loads when the dialog opens, not at start

        self.layout_box = QComboBox()
        for name in badges.list_layouts():
            self.layout_box.addItem(name, name)
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
        form.addRow("", self.muted)
        form.addRow("", self.privacy)
        self.camera = CameraSettingsRows(settings, self)
        self.camera.add_to(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> DeskSetup:
        return DeskSetup(
            desk=self.desk.text().strip() or "Desk 1", checkpoint=self.checkpoint.currentText().strip() or "Entrance",
            printer=self.printer.currentData() or "", layout=self.layout_box.currentData() or "a6",
            auto_print=self.auto_print.isChecked(), dx_mm=self.dx.value(), dy_mm=self.dy.value(),
            scale_pct=self.scale.value(), muted=self.muted.isChecked(), privacy=self.privacy.isChecked(),
            camera=self.camera.value())

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
                       (keys.PRIVACY, setup.privacy)):
        settings.set(key, value)
    if setup.camera is not None:
        save_camera_setup(settings, setup.camera)
