"""Where in a message's text the words a field was read from stand, to highlight them for the organiser.

The reading gives the exact words; the text shown is the decoded message, where those words may be split
over a line break or spaced differently (a wrapped signature, a table cell). So the words are found with
any run of white space between them, as written first, then ignoring case.
"""

from __future__ import annotations

import re

Span = tuple[int, int]  # start, end: character offsets in the text, end excluded


def evidence_span(text: str, evidence: str, after: int = 0) -> Span | None:
    """The first place at or after `after` where `evidence` stands in `text`; None when it is not there."""
    words = evidence.split()
    if not words or not text:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    for flags in (0, re.IGNORECASE):
        found = re.compile(pattern, flags).search(text, after)
        if found is None and after:
            found = re.compile(pattern, flags).search(text)  # before `after` is better than nowhere
        if found is not None:
            return found.start(), found.end()
    return None


def field_spans(text: str, evidence: dict[str, str]) -> dict[str, Span]:
    """Each field's words in `text` ({field: words} → {field: span}); fields whose words are not found are left out.

    Fields are looked for in the order given, each after the one before where it can be: a delegation
    lists each person's name before their function, so the second person's function is found after the
    second person's name, not on the first person's line."""
    spans: dict[str, Span] = {}
    after = 0
    for field, words in evidence.items():
        span = evidence_span(text, words, after)
        if span is not None:
            spans[field] = span
            after = span[0]
    return spans
