"""Attendance export benchmarks: the xlsx workbook (four sheets, two charts) beside bare openpyxl.

The floor writes the same Attendance and Check-in log cells with openpyxl's write-only mode and
nothing else (no styles, widths, summary, charts). At 100,000 attendees the export runs in a child
process so its peak memory can be compared with a child that only loads the event.

    python -m benchmarks.bench_export [--quick]
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TARGETS = {10_000: 1.5, 100_000: 15.0}


def build_event(path: Path, count: int, seed: int = 11) -> None:
    """An event of `count` synthetic attendees, four in five checked in over 90 minutes."""
    from benchmarks.synthetic import attendees
    from checkin.core.models import CheckInRecord, Event, RecordKind
    from checkin.store import create_event

    rng = random.Random(seed)
    event = Event(title="Benchmark conference", starts_on=date(2018, 10, 18), timezone="Europe/Zurich")
    doors = datetime(2018, 10, 18, 6, 30, tzinfo=UTC)
    with create_event(path, event) as store, store.batch():
        stored = store.add_attendees(list(attendees(count)))
        store.append_records(
            CheckInRecord(attendee_id=a.id, kind=RecordKind.ENTRY, desk=f"Desk {rng.randint(1, 8)}",
                          door_time=doors + timedelta(seconds=rng.randint(0, 90 * 60)))
            for a in stored if rng.random() < 0.8)


def export_seconds(event_path: Path, out: Path) -> float:
    from checkin.io.export_attendance import export_attendance
    from checkin.store import open_event

    with open_event(event_path) as store:
        start = time.perf_counter()
        export_attendance(store, out)
        return time.perf_counter() - start


def bare_openpyxl_seconds(event_path: Path, out: Path) -> float:
    """The same cells of the two big sheets, written by bare openpyxl (rows prepared off the clock)."""
    from openpyxl import Workbook

    from checkin.io.attendance_data import attendance_header, attendance_rows, collect_attendance, log_rows
    from checkin.store import open_event

    with open_event(event_path) as store:
        data = collect_attendance(store)
    people = [attendance_header(data), *attendance_rows(data)]
    log = list(log_rows(data))
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for rows in (people, log):
        sheet = workbook.create_sheet()
        for row in rows:
            sheet.append(row)
    workbook.save(out)
    return time.perf_counter() - start


def _child(mode: str, event_path: Path, out: Path) -> dict:
    """Run export or load-only in a fresh interpreter; returns seconds and peak RSS (MB)."""
    result = subprocess.run([sys.executable, "-m", "benchmarks.bench_export", "--child", mode, str(event_path),
                             str(out)], capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(result.stdout)


def _child_main(mode: str, event_path: Path, out: Path) -> None:
    if mode == "export":
        seconds = export_seconds(event_path, out)
    else:
        from checkin.io.attendance_data import collect_attendance
        from checkin.store import open_event

        with open_event(event_path) as store:
            start = time.perf_counter()
            collect_attendance(store)
            seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss_mb": peak_kb / 1024}))


def run(quick: bool = False) -> list[dict]:
    sizes = [2_000] if quick else [10_000, 100_000]
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        for count in sizes:
            event_path = base / f"event-{count}.checkin"
            build_event(event_path, count)
            floor = bare_openpyxl_seconds(event_path, base / "floor.xlsx")
            target = TARGETS.get(count)
            if count >= 100_000:
                exported = _child("export", event_path, base / "out.xlsx")
                loaded = _child("load", event_path, base / "unused.xlsx")
                seconds = exported["seconds"]
                rows.append({"name": f"export xlsx peak memory, {count:,} attendees", "value": exported["rss_mb"],
                             "unit": "MB", "floor": loaded["rss_mb"], "floor_name": "process that only loads the event",
                             "target": "bounded (write-only mode)"})
            else:
                seconds = export_seconds(event_path, base / "out.xlsx")
            rows.insert(len(rows) - (1 if count >= 100_000 else 0), {
                "name": f"export xlsx with charts, {count:,} attendees", "value": seconds, "unit": "s",
                "floor": floor, "floor_name": "bare openpyxl write-only, same cells",
                "target": f"<= {target} s" if target else ""})
            csv_path = base / "out.csv"
            from checkin.io.export_attendance import export_attendance
            from checkin.store import open_event

            with open_event(event_path) as store:
                start = time.perf_counter()
                export_attendance(store, csv_path, delimiter=";")
                csv_seconds = time.perf_counter() - start
            rows.append({"name": f"export csv, {count:,} attendees", "value": csv_seconds, "unit": "s",
                         "floor": None, "floor_name": "", "target": ""})
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child_main(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        for row in run(quick="--quick" in sys.argv):
            print(row)
