"""Shared fixtures. Qt must be told there is no screen before PySide6 is imported anywhere."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from checkin.core.models import Event
from checkin.core.session import EventSession
from checkin.sample import create_sample_event
from checkin.store import create_event


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
