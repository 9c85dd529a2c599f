"""Shared fixtures. Qt must be told there is no screen before PySide6 is imported anywhere."""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from checkin.core.models import Event
from checkin.core.session import EventSession
from checkin.sample import create_sample_event
from checkin.store import create_event


def _app_home_in_the_run() -> None:
    """The app's own data (offline copies, the folders outputs went to, the sample's cache) and its log go to
    a folder of this test run, not the machine's home: runs side by side must not tidy each other's files.
    The app asks for these folders when it needs them, so setting them here, before any test, is in time."""
    home = tempfile.mkdtemp(prefix="checkin-test-home-")
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[name] = os.path.join(home, name.lower())


_app_home_in_the_run()

# pg_cluster.py and tcp_proxy.py live beside the store tests, imported by their bare names (tests/store, tests/ui).
sys.path.insert(0, str(Path(__file__).parent / "store"))

if TYPE_CHECKING:
    from pg_cluster import PrivateCluster


@pytest.fixture(scope="session")
def _sample_event_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "geneva.checkin"
    create_sample_event(path).store.close()
    return path


@pytest.fixture
def sample_event_path(_sample_event_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample event (Geneva 2018, ~320 registrations) for one test."""
    path = tmp_path / "geneva.checkin"
    shutil.copyfile(_sample_event_master, path)
    return path


@pytest.fixture
def sample_session(sample_event_path: Path) -> Iterator[EventSession]:
    from checkin.store import open_event

    store = open_event(sample_event_path)
    yield EventSession(store, desk="Desk 1")
    store.close()


@pytest.fixture
def empty_session(tmp_path: Path) -> Iterator[EventSession]:
    store = create_event(tmp_path / "empty.checkin",
                         Event(title="Test event", starts_on=date(2026, 5, 4), timezone="Europe/Zurich"))
    yield EventSession(store, desk="Desk 1")
    store.close()


# -- a real PostgreSQL server: one private cluster for the session (tests/store and tests/ui), one database per test
_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PrivateCluster]:
    from pg_cluster import APT_PACKAGE, PrivateCluster, find_binaries

    bin_dir = find_binaries()
    if bin_dir is None:
        reason = (f"NO POSTGRESQL SERVER BINARIES (initdb, pg_ctl, postgres) on this machine: the server store "
                  f"tests did not run. Install Debian's {APT_PACKAGE}.")
        if os.environ.get("CI"):
            pytest.fail(reason + " CI must run them.")
        pytest.skip(reason)
    cluster = PrivateCluster(bin_dir).start()
    yield cluster
    cluster.destroy()


@pytest.fixture
def pg_url(pg_cluster: PrivateCluster) -> str:
    """The URL of a fresh, empty database of its own."""
    return pg_cluster.create_database(f"event_{os.getpid()}_{next(_database_numbers)}")


# -- windows a test leaves behind
@pytest.fixture(autouse=True)
def _windows_are_deleted_after_each_test() -> Iterator[None]:
    """pytest-qt closes a test's windows and asks Qt to delete them later, but "later" is the application's own
    event loop, which a test run never enters: every window, with its timers and child widgets, stayed alive
    for the rest of the run, and by the thirtieth window test the UI thread was too busy with them to take a
    worker's progress signal within 20 s. Deleting them here keeps every test's desk the only one."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not app.topLevelWidgets(), f"windows outlived their test: {app.topLevelWidgets()}"
