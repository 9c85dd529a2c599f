from __future__ import annotations

from collections.abc import Iterator

import pytest

from checkin.core.models import Status
from checkin.core.session import EventSession

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
