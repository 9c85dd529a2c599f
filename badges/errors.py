"""Errors raised by the badge renderer.

Each message is a plain sentence a desk volunteer can act on; the structured facts are kept as
attributes so the app can show them its own way (or translate them).
"""

from __future__ import annotations

from pathlib import Path


class BadgeError(Exception):
    """Base class of every error the badge renderer raises on purpose."""


class LayoutError(BadgeError):
    """A layout file is missing, is not valid JSON, or has an element that cannot be drawn."""

    def __init__(
        self,
        path: str | Path | None,
        problem: str,
        *,
        element_index: int | None = None,
        element_name: str | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        self.element_index = element_index
        self.element_name = element_name
        where = f"The badge layout '{self.path.name}'" if self.path else "The badge layout"
        if element_index is not None:
            # Humans count from 1; the index attribute stays 0-based for code.
            label = f"element {element_index + 1}"
            if element_name:
                label += f" ('{element_name}')"
            message = f"{where} has a problem in {label}: {problem}"
        else:
            message = f"{where} cannot be used: {problem}"
        super().__init__(message)


class MissingImageError(BadgeError):
    """An image named by a layout (a logo) cannot be found or read."""

    def __init__(self, path: str | Path, *, element_name: str | None = None, reason: str = "") -> None:
        self.path = Path(path)
        self.element_name = element_name
        self.reason = reason
        message = f"The picture '{self.path}' needed on the badges cannot be found or opened"
        if element_name:
            message += f" (layout element '{element_name}')"
        message += "."
        if reason:
            message += f" {reason}"
        super().__init__(message)


class EmptySelectionError(BadgeError):
    """There is nobody to print: the selection of people was empty."""

    def __init__(self, what: str = "badges") -> None:
        self.what = what
        super().__init__(f"Nothing to print: the selection contains no one, so no {what} were made.")


class SheetError(BadgeError):
    """A sheet preset is unknown, or the badge does not fit in the sheet's slots."""

    def __init__(self, sheet: str, problem: str) -> None:
        self.sheet = sheet
        self.problem = problem
        super().__init__(f"The sheet '{sheet}' cannot be used: {problem}")
