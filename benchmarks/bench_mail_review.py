"""The desk's review of registration e-mails on a large inbox: listing the people, a decision, a message shown.

The inbox is bench_mail's (10,000 messages in the forms organisers receive), planned once against an empty
event. Figures, each beside a floor measured in the same run:
- the list of people shown (model filled, columns sized, first paint), beside the same rows in a bare
  QStandardItemModel in the same kind of view;
- one decision as the desk's own thread does it (accept, the plan copied for the task runner, the outcomes
  taken back, the list repainted), beside the plan's `refresh` that the task runner does meanwhile: how long
  the list stops answering, beside how long "becomes" takes to follow;
- one person's message shown with each field's words highlighted, beside the same text set plainly.

Run on its own with ``python -m benchmarks.bench_mail_review [--quick]``; the common runner imports :func:`run`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.bench_mail import write_mbox  # noqa: E402
from benchmarks.run import print_table  # noqa: E402


def _settle(app: object) -> None:
    for _ in range(3):
        app.processEvents()  # type: ignore[attr-defined]


def run(quick: bool = False) -> list[dict]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView, QTextBrowser

    from checkin.core.models import Event
    from checkin.core.session import EventSession
    from checkin.mail.registration_plan import plan_mail_import, refresh
    from checkin.store import create_event
    from checkin.ui.mail_plan_work import planning_copy, take_outcomes
    from checkin.ui.models.mail_review import entries_of
    from checkin.ui.widgets.mail_review import MailReview

    app = QApplication.instance() or QApplication([])
    count = 2_000 if quick else 10_000
    label = f"{count:,}"
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = write_mbox(folder / "registrations.mbox", count)
        store = create_event(folder / "review.checkin", Event("Review", date(2018, 10, 18), capacity=count // 2,
                                                              registration_deadline=date(2018, 10, 11),
                                                              timezone="Europe/Zurich"))
        session = EventSession(store)
        plan = plan_mail_import(session, path)
        entries = entries_of(plan)
        rows = [[e.name, e.value("organisation"), e.value("job_title"), e.value("email")] for e in entries]

        review = MailReview()
        review.resize(1300, 700)
        review.show()
        _settle(app)
        started = time.perf_counter()
        review.set_entries(entries)
        _settle(app)
        listed = time.perf_counter() - started

        bare_view = QTableView()
        bare_view.resize(600, 700)
        bare_view.show()
        started = time.perf_counter()
        bare = QStandardItemModel(len(rows), 4)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                bare.setItem(row, column, QStandardItem(text))
        bare_view.setModel(bare)
        bare_view.resizeColumnsToContents()
        _settle(app)
        bare_listed = time.perf_counter() - started

        people = [row for row, entry in enumerate(entries) if entry.person is not None]
        decisions, refreshes = [], []
        for row in people[:: max(1, len(people) // 20)][:20]:
            started = time.perf_counter()  # what the desk's own thread does for one decision
            review.model.accept(row)
            snapshot = planning_copy(plan)
            ui_part = time.perf_counter() - started
            started = time.perf_counter()  # on the task runner, while the list answers
            refresh(session, snapshot)
            refreshes.append(time.perf_counter() - started)
            started = time.perf_counter()
            take_outcomes(plan, snapshot)
            review.model.outcomes_changed()
            _settle(app)
            decisions.append(ui_part + time.perf_counter() - started)

        shown, plain = [], []
        browser = QTextBrowser()
        browser.show()
        for row in people[:200:10]:
            started = time.perf_counter()
            review.select(row)
            _settle(app)
            shown.append(time.perf_counter() - started)
            started = time.perf_counter()
            browser.setPlainText(entries[row].message.reading.text)
            _settle(app)
            plain.append(time.perf_counter() - started)
        store.close()
    median = sorted(decisions)[len(decisions) // 2]
    return [
        {"name": f"mail review: {label} messages' people listed", "value": listed, "unit": "s",
         "floor": bare_listed, "floor_name": "the same rows in a bare QStandardItemModel", "target": "<= 1 s"},
        {"name": f"  mail review {label}: one decision, the desk's own thread (median)", "value": median,
         "unit": "s", "floor": sorted(refreshes)[len(refreshes) // 2],
         "floor_name": "the plan's refresh (on the task runner)", "target": "<= 0.1 s"},
        {"name": f"  mail review {label}: a person's message shown, highlighted", "value": max(shown), "unit": "s",
         "floor": max(plain), "floor_name": "the same text set plainly", "target": "<= 0.1 s"},
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
