"""No Python exception may leave a Qt virtual override or a slot: catch it, log it, carry on.

A Python error escaping an event filter under a modal dialog's nested event loop crashed the whole desk
(shiboken stores the error for later and faults doing so). A desk that logs a fault and takes the next
scan is worth more than a traceback at 8:31.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger("checkin.ui")

Result = TypeVar("Result")


def never_raises(default: Any = None) -> Callable[[Callable[..., Result]], Callable[..., Result]]:
    """Decorate a Qt virtual (eventFilter, paintEvent…) or a slot: an exception is logged and `default` returned."""

    def decorate(function: Callable[..., Result]) -> Callable[..., Result]:
        @functools.wraps(function)
        def guarded(*args: Any, **kwargs: Any) -> Result:
            try:
                return function(*args, **kwargs)
            except Exception:
                log.exception("%s failed; the desk carries on", function.__qualname__)
                return default

        return guarded

    return decorate
