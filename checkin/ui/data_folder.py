"""Where the desk keeps its files, and fresh copies of the sample event for `checkin demo` and the start page."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

from checkin import __version__
from checkin.core.retention import DEFAULT_RETENTION_DAYS, set_retention
from checkin.folders import data_folder
from checkin.io.atomic_write import replace_file
from checkin.store import open_event


def data_dir() -> Path:
    return data_folder()


def fresh_sample(folder: Path) -> Path:
    """A new copy of the sample event, so a demo never reuses yesterday's check-ins.

    The sample is built from its spreadsheet once per app version and sample file, then copied:
    a copy takes milliseconds where a build takes most of a second.
    """
    from checkin.resources import sample_dir
    from checkin.sample import SAMPLE_SPREADSHEET, create_sample_event

    source = sample_dir() / SAMPLE_SPREADSHEET
    template = folder / "cache" / f"sample-{__version__}-{source.stat().st_mtime_ns}.checkin"
    if not template.exists():
        template.parent.mkdir(parents=True, exist_ok=True)
        building = template.with_suffix(".building")
        building.unlink(missing_ok=True)
        create_sample_event(building).store.close()
        replace_file(building, template)  # Defender may be reading the file just built
    path = folder / f"sample-{datetime.now():%Y%m%d-%H%M%S-%f}.checkin"
    shutil.copyfile(template, path)
    # A demo copy is made today: its (fictional) personal data are kept from today, so the 2018 event's
    # long-passed retention date does not greet every training session with a purge warning.
    store = open_event(path)
    try:
        set_retention(store, date.today() + timedelta(days=DEFAULT_RETENTION_DAYS))
    finally:
        store.close()
    return path

