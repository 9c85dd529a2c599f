"""Shared fixtures. Qt must be told there is no screen before PySide6 is imported anywhere."""

from __future__ import annotations

import itertools
import os
import shutil
import sys
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
