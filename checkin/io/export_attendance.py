"""One entry point for every attendance export, chosen by the output's suffix.

Both faces call `export_attendance`: the CLI directly, the desk app in a background task
with a progress callback (which may raise to cancel; the temporary file is then removed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.core.models import DEFAULT_CHECKPOINT
from checkin.core.purge import is_purged, statistics_for
from checkin.io.atomic_write import atomic_output, check_output

if TYPE_CHECKING:
    from checkin.store.base import EventStore

FORMATS = ("xlsx", "csv", "pdf")
ANONYMISED_FORMATS = ("xlsx", "csv", "pdf", "json")
Progress = Callable[[int, int], None]


class ExportRefused(Exception):
    """An export that cannot be made; `reason` names why, for the faces to word."""

    UNKNOWN_FORMAT = "unknown_format"
    PURGED = "purged"  # personal data are gone: only --anonymised can be exported
    NO_STATISTICS = "no_statistics"  # purged event without figures for that checkpoint

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    kind: str
    anonymised: bool
    attendees: int  # rows of people written (0 for anonymised statistics)
    records: int


def kind_of(path: Path, anonymised: bool = False) -> str:
    kind = path.suffix.lower().lstrip(".")
    if kind not in (ANONYMISED_FORMATS if anonymised else FORMATS):
        raise ExportRefused(path, ExportRefused.UNKNOWN_FORMAT, path.suffix)
    return kind


def export_attendance(store: EventStore, path: str | Path, *, anonymised: bool = False, delimiter: str = ",",
                      checkpoint: str = DEFAULT_CHECKPOINT, progress: Progress | None = None) -> ExportSummary:
    target = Path(path).expanduser()
    kind = kind_of(target, anonymised)
    check_output(target)  # before the (possibly long) read of the event
    if anonymised:
        statistics = statistics_for(store, checkpoint)
        if statistics is None:
            raise ExportRefused(target, ExportRefused.NO_STATISTICS, checkpoint)
        from checkin.io.anonymised import write_statistics

        with atomic_output(target) as temporary:
            write_statistics(statistics, temporary, kind, delimiter)
        return ExportSummary(target, kind, True, 0, 0)
    if is_purged(store):
        raise ExportRefused(target, ExportRefused.PURGED)
    from checkin.io.attendance_data import collect_attendance

    data = collect_attendance(store, checkpoint)
    with atomic_output(target) as temporary:
        if kind == "xlsx":
            from checkin.io.export_xlsx import write_attendance_xlsx

            write_attendance_xlsx(data, temporary, progress)
        elif kind == "csv":
            from checkin.io.export_csv import write_attendance_csv

            write_attendance_csv(data, temporary, delimiter, progress)
        else:
            from checkin.io.export_pdf import write_attendance_report

            write_attendance_report(data, temporary, progress)
    return ExportSummary(target, kind, False, len(data.attendees), len(data.records))
