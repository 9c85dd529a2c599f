"""A real PostgreSQL server for the store tests: one private cluster per session, one database per test."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from pg_cluster import APT_PACKAGE, PrivateCluster, find_binaries

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PrivateCluster]:
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
    return pg_cluster.create_database(f"event_{os.getpid()}_{next(_numbers)}")
