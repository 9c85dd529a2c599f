"""The desk fixtures of tests/ui (a window on a fresh copy of the sample event), for the desk tests here."""

from tests.ui.conftest import context, settings, window  # noqa: F401 - fixtures, found by name
