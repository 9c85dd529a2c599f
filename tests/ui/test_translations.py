"""The desk speaks French, German and Italian: every text goes through tr() and the built .qm matches the .ts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from checkin.core.models import PresenceState
from checkin.resources import resources_dir
from checkin.ui import i18n
from checkin.ui.models.attendee_table import status_text


def messages(language: str):
    tree = ET.parse(resources_dir() / "translations" / f"checkin_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


@pytest.fixture
def language(qapp, request):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("language", ["fr", "de", "it"], indirect=True)
def test_every_desk_text_has_a_translation_and_the_built_qm_gives_it(language):
    unfinished, stale = [], []
    for context, message in messages(language):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation.get("type") == "unfinished":
            unfinished.append(f"{context}: {source}")
            continue
        plain = message.get("numerus") != "yes" and translation.get("type") != "vanished"
        if plain and QCoreApplication.translate(context, source) != translation.text:
            stale.append(f"{context}: {source}")
    assert unfinished == [], "run resources/translations/update.sh and fill the table"
    assert stale == [], "the .qm is older than the .ts: run resources/translations/fill_translations.py"


@pytest.mark.parametrize("language", ["fr", "de", "it"], indirect=True)
def test_every_status_word_is_translated(language, sample_session):
    attendee = sample_session.attendees()[0]
    present = PresenceState(checked_in=True, first_entry=None, entries=1)
    words = {status_text(attendee, present), status_text(attendee, None)}
    assert not words & {"Checked in", "Expected"}, words


def test_the_person_panel_says_checked_in_in_french(qtbot, window):
    window.switch_language("fr")
    try:
        attendee = window.context.session.search("Kurbalija")[0]
        window.operations.check_in(attendee)
        window.checkin.search.setText("Kurbalija")
        qtbot.waitUntil(lambda: window.checkin.current_attendee() is not None)
        facts = window.checkin.person.facts.text()
        assert facts.splitlines()[0] == "Arrivé·e" and "Checked in" not in facts
    finally:
        window.switch_language("en")
