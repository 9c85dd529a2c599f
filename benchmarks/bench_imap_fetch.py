"""Fetching a mailbox over IMAPS into the event's mail copy, from a Dovecot started as the tests start it.

    python -m benchmarks.bench_imap_fetch [--quick]

Floor, measured in the same run on the same server: the bare standard library (imaplib) taking the
same messages in one UID FETCH and writing each to a plain file, without batches, sync to disk or
resume bookkeeping. The fetch itself syncs every message to disk before recording its UID, which is
most of the difference on a slow disk. A second row times a fetch that finds nothing new: what each
round of `fetch-mail --watch` costs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _fill(server, count: int) -> None:
    """Messages filed straight into the server's Maildir, as its delivery agent would (APPEND is slower)."""
    from tests.mail.test_imap_fetch import registration

    for sub in ("new", "cur", "tmp"):
        (server.maildir / sub).mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (server.maildir / "new" / f"{1_700_000_000 + number}.M{number}P1.bench").write_bytes(
            registration(number, padding=2500))
    if os.geteuid() == 0:
        for path in (server.maildir.parent, server.maildir, *server.maildir.rglob("*")):
            os.chown(path, server.uid, server.gid)
    client = server.client()  # the server numbers the messages now, outside the clocks
    client.select("INBOX", readonly=True)
    client.logout()


def _bare(server, folder: Path) -> float:
    started = time.perf_counter()
    client = server.client()
    client.select("INBOX", readonly=True)
    _status, data = client.uid("FETCH", "1:*", "(BODY.PEEK[])")
    client.logout()
    for number, item in enumerate(part for part in data if isinstance(part, tuple)):
        (folder / str(number)).write_bytes(item[1])
    return time.perf_counter() - started


def run(quick: bool = False) -> list[dict]:
    from checkin.io.imap_address import parse_mailbox_address
    from checkin.io.imap_fetch import FetchOptions, fetch_mailbox
    from checkin.io.mail_copy import MailCopy
    from tests.mail.dovecot_server import APT_PACKAGE, PASSWORD, DovecotServer, find_dovecot

    binary = find_dovecot()
    if binary is None:
        raise RuntimeError(f"no Dovecot; install {APT_PACKAGE}")
    count = 300 if quick else 2000
    server = DovecotServer(binary).start()
    try:
        _fill(server, count)
        address = parse_mailbox_address(server.url("INBOX"))
        options = FetchOptions(cafile=server.cafile)
        with tempfile.TemporaryDirectory() as folder:
            floor = min(_bare(server, Path(tempfile.mkdtemp(dir=folder))) for _ in range(2))
            copy = MailCopy(Path(folder) / "event.checkin-mail")
            started = time.perf_counter()
            result = fetch_mailbox(address, PASSWORD, copy, options)
            elapsed = time.perf_counter() - started
            if result.fetched != count:
                raise RuntimeError(f"fetched {result.fetched} of {count}")
            started = time.perf_counter()
            again = fetch_mailbox(address, PASSWORD, copy, options)
            nothing_new = time.perf_counter() - started
            if again.fetched:
                raise RuntimeError(f"the second fetch took {again.fetched} messages again")
        return [
            {"name": f"IMAPS fetch into the mail copy, {count:,} messages of 3 KB", "value": elapsed, "unit": "s",
             "floor": floor, "floor_name": "bare imaplib FETCH 1:* and plain file writes", "target": "<= 10 s",
             "per_second": count / elapsed},
            {"name": f"IMAPS fetch with nothing new, {count:,} messages in the copy", "value": nothing_new,
             "unit": "s", "floor": None, "floor_name": "", "target": "<= 1 s"},
        ]
    finally:
        server.stop()


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(run(quick="--quick" in sys.argv))
