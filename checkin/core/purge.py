"""After the retention date: keep the anonymised statistics, remove everything else about people.

The statistics are computed here, before anything is removed, for every checkpoint the
log knows; the store then removes the people, their codes, the check-in log and the send log
in one go, and reclaims the storage. Keeping blanked rows with their category, status and
check-in times would still be microdata about each person: only the counts stay.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from checkin.core.anonymised import SUPPRESSION_THRESHOLD, anonymised_statistics
from checkin.core.attendance import attendance_figures
from checkin.core.models import DEFAULT_CHECKPOINT, Attendee, CheckInRecord, Status, derive_presence

if TYPE_CHECKING:
    from checkin.store.base import EventStore

# The setting an event keeps after its purge; its presence is what "purged" means.
PURGE_STATISTICS_SETTING = "anonymised_statistics"
# Settings that hold someone's data (who got which e-mail, and its Message-ID; the Message-IDs of the
# registration e-mails read): removed by a purge.
SEND_LOG_PREFIX = "mail.log."
MESSAGES_READ_SETTING = "mail.messages_read"
PERSONAL_SETTING_PREFIXES = (SEND_LOG_PREFIX, MESSAGES_READ_SETTING)


def is_purged(store: EventStore) -> bool:
    return store.get_setting(PURGE_STATISTICS_SETTING) is not None


def kept_statistics(store: EventStore) -> dict[str, Any] | None:
    return store.get_setting(PURGE_STATISTICS_SETTING)


def compute_statistics(store: EventStore, checkpoint: str = DEFAULT_CHECKPOINT,
                       threshold: int = SUPPRESSION_THRESHOLD) -> dict[str, Any]:
    """The anonymised statistics of one checkpoint, from the live data."""
    records = store.records(checkpoint=checkpoint)
    attendees = store.attendees()
    return _statistics(store, attendees, records, checkpoint, threshold)


def _statistics(store: EventStore, attendees: list[Attendee], records: list[CheckInRecord], checkpoint: str,
                threshold: int) -> dict[str, Any]:
    by_attendee: dict[int, list[CheckInRecord]] = {}
    for record in records:
        by_attendee.setdefault(record.attendee_id, []).append(record)
    presence = {attendee_id: derive_presence(rs) for attendee_id, rs in by_attendee.items()}
    event = store.event()
    figures = attendance_figures(attendees, presence, event.timezone)
    known = {a.id for a in attendees if a.status is Status.REGISTERED}
    first_entries = [s.checked_in_at for attendee_id, s in presence.items()
                     if attendee_id in known and s.checked_in and s.checked_in_at]
    document = anonymised_statistics(event, figures, first_entries, checkpoint, threshold)
    document["loans"] = _loans_counted(store, threshold)
    return document


def _loans_counted(store: EventStore, threshold: int) -> list[dict[str, Any]]:
    """Items lent and not returned, per kind (the loans themselves are purged with the people)."""
    from checkin.core.loans import loan_statistics

    try:
        return loan_statistics(store.loans(), threshold)
    except NotImplementedError:
        return []


def statistics_for(store: EventStore, checkpoint: str = DEFAULT_CHECKPOINT) -> dict[str, Any] | None:
    """Live statistics, or after a purge the ones it kept (None if that checkpoint was not kept)."""
    kept = kept_statistics(store)
    if kept is None:
        return compute_statistics(store, checkpoint)
    return kept["checkpoints"].get(checkpoint)


def purge_event(store: EventStore, when: datetime) -> dict[str, Any]:
    """Replace the personal data of the event by its anonymised statistics. Returns what was kept.

    Every checkpoint with records (and the default one) gets its statistics, so the funders'
    figures for the bus visit or the lunch survive as well as the entrance.
    """
    already = kept_statistics(store)
    if already is not None:
        # A second run (after a busy first one) must not recount people it already blanked.
        store.purge_personal_data(already)
        return already
    records = store.records()
    attendees = store.attendees()
    checkpoints = sorted({r.checkpoint for r in records} | {DEFAULT_CHECKPOINT})
    kept = {
        "purged_at": when.isoformat(timespec="seconds"),
        "checkpoints": {name: _statistics(store, attendees, [r for r in records if r.checkpoint == name],
                                          name, SUPPRESSION_THRESHOLD) for name in checkpoints},
    }
    store.purge_personal_data(kept)
    return kept
