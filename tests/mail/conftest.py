from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from checkin.core.models import Status
from checkin.core.session import EventSession

from .dovecot_server import DovecotServer, running_dovecot
from .smtp_server import LocalServer, Recorder


@pytest.fixture
def smtp_server() -> Iterator[LocalServer]:
    """A plain SMTP server on 127.0.0.1 (no TLS, no login) keeping every message it accepts."""
    server = LocalServer(Recorder()).start()
    yield server
    server.stop()


@pytest.fixture
def waitlisted_session(sample_session: EventSession) -> EventSession:
    """The sample event with its last ten registrations moved to the waiting list."""
    people = sorted(sample_session.attendees(), key=lambda a: a.id or 0)[-10:]
    sample_session.update_attendees([a.with_changes(status=Status.WAITLISTED) for a in people])
    return sample_session


# -- a real IMAP server (Dovecot): one for the session, a folder of its own for each test
_imap_folders = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    with running_dovecot("the IMAP tests") as server:
        yield server


@pytest.fixture
def folder(dovecot: DovecotServer) -> str:
    """A fresh folder, so the tests sharing the server do not see each other's mail."""
    name = f"Registrations-{next(_imap_folders)}"
    dovecot.create_folder(name)
    return name


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """A failed test that used the IMAP server shows the server's log beside its own output."""
    outcome = yield
    report = outcome.get_result()
    server = getattr(item, "funcargs", {}).get("dovecot")
    if report.failed and isinstance(server, DovecotServer):
        report.sections.append(("dovecot log", server.logs()[-8000:]))
