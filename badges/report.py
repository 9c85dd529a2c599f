"""What a rendering run tells its caller: pages, badges, and every badge that needed help."""

from __future__ import annotations

from dataclasses import dataclass, field

# The three things the fitter may have had to do, mildest first.
SHRUNK = "shrunk"
WRAPPED = "wrapped"
TRUNCATED = "truncated"


@dataclass(frozen=True)
class Overflow:
    """One text element of one badge did not fit at its design size."""

    person_index: int
    code: str
    element: str
    action: str  # SHRUNK, WRAPPED or TRUNCATED


@dataclass(frozen=True)
class MissingGlyph:
    """Characters that no bundled font can draw; they were left out rather than drawn as boxes."""

    person_index: int
    code: str
    text: str
    chars: str


@dataclass
class RenderReport:
    pages: int = 0
    badges: int = 0
    overflows: list[Overflow] = field(default_factory=list)
    missing_glyphs: list[MissingGlyph] = field(default_factory=list)

    @property
    def truncated(self) -> list[Overflow]:
        """The overflows an organiser should look at: text was cut."""
        return [o for o in self.overflows if o.action == TRUNCATED]
