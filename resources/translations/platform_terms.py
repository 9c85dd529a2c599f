"""Translations of what the desk says about the systems it runs on (an event opened from the Finder).

English → (fr, de, it); merged into the table of fill_translations.py.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    # -- an event double-clicked in the Finder while the desk cannot switch (checkin/ui/file_open.py)
    "The desk is locked: unlock it, then open %1 again.": (
        "Le poste est verrouillé : déverrouillez-le, puis rouvrez %1.",
        "Der Schalter ist gesperrt: entsperren Sie ihn und öffnen Sie %1 dann erneut.",
        "Il banco è bloccato: sbloccatelo, poi aprite di nuovo %1."),
    "An import is running: open %1 again when it has finished.": (
        "Un import est en cours : rouvrez %1 une fois terminé.",
        "Ein Import läuft: Öffnen Sie %1 erneut, wenn er beendet ist.",
        "È in corso un'importazione: aprite di nuovo %1 quando sarà terminata."),
}
