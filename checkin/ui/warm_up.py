"""What the first scan of the morning would otherwise wait for, done while the desk is idle after opening:
the sound output (its audio back end takes a few hundred ms to open) and the badge renderer (ReportLab and
the fonts load on the first badge)."""

from __future__ import annotations

from checkin.ui.context import AppContext
from checkin.ui.safety import never_raises

# After the window has been painted and the volunteer has looked at it; a scan before this waits as before.
WARM_UP_MS = 800


@never_raises()
def warm_up(context: AppContext) -> None:
    import badges  # noqa: F401 - the import is the work: ReportLab and the badge fonts
    from checkin.ui import printer_choice

    context.sounds.prepare()
    printer_choice.default_printer()  # the printing system's first answer is its slowest
