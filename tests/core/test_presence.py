from datetime import UTC, datetime, timedelta

from checkin.core.models import CheckInRecord, RecordKind, derive_presence

T0 = datetime(2018, 10, 18, 6, 30, tzinfo=UTC)


def record(minutes: int, kind: RecordKind = RecordKind.ENTRY, desk: str = "Desk 1") -> CheckInRecord:
    return CheckInRecord(attendee_id=1, kind=kind, door_time=T0 + timedelta(minutes=minutes), desk=desk)


def test_no_records_means_not_checked_in() -> None:
    assert not derive_presence([]).checked_in


def test_earliest_entry_counts_whatever_the_upload_order() -> None:
    late, early = record(12, desk="Desk 1"), record(11, desk="Desk 2")
    for order in ([late, early], [early, late]):
        state = derive_presence(order)
        assert state.checked_in
        assert state.first_entry == early
        assert state.entries == 2


def test_undo_cancels_what_came_before_and_a_new_entry_counts_again() -> None:
    assert not derive_presence([record(1), record(2, RecordKind.UNDO)]).checked_in
    again = record(3)
    state = derive_presence([record(1), record(2, RecordKind.UNDO), again])
    assert state.checked_in and state.first_entry == again
