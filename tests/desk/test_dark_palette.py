"""Dark mode (Windows 11, macOS): every panel of the desk is drawn from palette roles, readable on dark."""

from __future__ import annotations

from tests.desk.desk import find

DARK = ("from PySide6.QtGui import QPalette, QColor; "
        "p = QPalette(); "
        "[p.setColor(role, QColor(colour)) for role, colour in ("
        "(QPalette.ColorRole.Window, '#202124'), (QPalette.ColorRole.WindowText, '#e8eaed'), "
        "(QPalette.ColorRole.Base, '#17181a'), (QPalette.ColorRole.AlternateBase, '#2a2b2e'), "
        "(QPalette.ColorRole.Text, '#e8eaed'), (QPalette.ColorRole.Button, '#303134'), "
        "(QPalette.ColorRole.ButtonText, '#e8eaed'), (QPalette.ColorRole.Highlight, '#3b6fd1'), "
        "(QPalette.ColorRole.HighlightedText, '#ffffff'), (QPalette.ColorRole.PlaceholderText, '#9aa0a6'))]; "
        "app.setPalette(p)")


def test_the_desk_is_readable_under_a_dark_palette(start_desk, sample_event_path):
    desk = start_desk(sample_event_path)
    desk.run(DARK)
    desk.type("kurbalija")
    desk.wait_until(lambda: desk.state()["person"] == "Jovan Kurbalija", "Kurbalija is shown")
    desk.sync()
    for widget in ("window.checkin.person.name", "window.checkin.person.facts", "window.banner.text",
                   "window.checkin.arrivals", "window.checkin.results"):
        ratio = desk.eval(f"__import__('tests.desk.contrast', fromlist=['x']).text_contrast({widget}, force_show=True)")
        assert ratio >= 4.5, f"{widget}: contrast {ratio:.2f} under a dark palette"
    desk.scan(find(sample_event_path, "Kulling").code)
    desk.wait_until(lambda: desk.colour() == "green", "green")
    ratio = desk.eval("__import__('tests.desk.contrast', fromlist=['x']).text_contrast("
                      "window.checkin.result_panel.name)")
    assert ratio >= 4.5
