"""An HTML e-mail body made plain text: paragraphs and breaks as lines, table cells apart, quotes marked.

Mail programs quote the earlier message in a <blockquote>: its lines come out with "> " before them, as
a plain-text reply would quote them, so the reader leaves them out the same way. Table cells are joined
by a tab: a delegation sent as a table stays one person a row.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

_BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                     "hr", "blockquote", "pre", "address", "section", "article", "header", "footer"})
_SKIPPED = frozenset({"style", "script", "head", "title", "template"})
_CELLS = frozenset({"td", "th"})


class _TextMaker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping = 0
        self.quote_depth = 0
        self.cell_in_row = 0

    def _break(self) -> None:
        line = "".join(self.current).strip(" ")
        self.current = []
        if self.quote_depth and line:
            line = "> " * self.quote_depth + line
        self.lines.append(line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _CELLS:
            if self.cell_in_row:
                self.current.append("\t")
            self.cell_in_row += 1
        elif tag in _BREAKS:
            if tag == "tr":
                self.cell_in_row = 0
            self._break()
            if tag == "blockquote":
                self.quote_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in _BREAKS and tag != "br":
            self._break()
            if tag == "blockquote":
                self.quote_depth = max(self.quote_depth - 1, 0)
            if tag == "tr":
                self.cell_in_row = 0

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        words = " ".join(data.split())
        # "<b>De :</b> Secrétariat": the space between two pieces of markup is a word boundary to keep.
        if data[:1].isspace() and self.current:
            words = " " + words
        if data[-1:].isspace() and words.strip():
            words += " "
        self.current.append(words)


def html_to_text(html: str) -> str:
    maker = _TextMaker()
    try:
        maker.feed(html)
        maker.close()
    except (AssertionError, ValueError):  # HTMLParser on truly broken markup: keep what it made
        pass
    maker._break()
    lines: list[str] = []
    for line in maker.lines:
        line = unescape(line).replace("\u00a0", " ")
        cells = [" ".join(cell.split()) for cell in line.split("\t")]
        line = "\t".join(cells).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip()
