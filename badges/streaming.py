"""Bounded memory for big batches: write each finished page to the output instead of keeping it.

ReportLab keeps every page of a document in memory until it saves (about 8 KB per badge), so
10,000 badges would need some 150 MB. :class:`PageStream` writes the pages finished so far
straight to the output file (page dictionary and compressed content stream, as ReportLab would
format them at save) and forgets them. What pages share (fonts, the static badge forms, logos)
stays in the one document and is written once at the end, with the cross-reference table, so
fonts are embedded once per PDF and the output is the file ReportLab itself would have written.

This reaches into ReportLab's document object (``PDFDocument.format`` is split in two here);
``tests/badges/test_streaming.py`` checks the result against ReportLab's own save.
"""

from __future__ import annotations

import os
import tempfile
import time
from array import array
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

CHUNK_BADGES = 500  # badges drawn between two flushes: ~4 MB of ReportLab pages at most


@contextmanager
def plain_binary_streams() -> Iterator[None]:
    """Plain binary streams instead of ReportLab's default ASCII85 wrapping.

    ASCII85 only matters for channels that mangle binary data; it costs about 15% of every badge.
    The setting is global in ReportLab, so it is changed only for the time of a save or a flush.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


# Windows refuses to rename onto (or away) a file another program holds open (access denied, sharing
# or lock violation); Defender or the search indexer reading a file just written lets go within a
# moment. The same patience as checkin's atomic_write, which this package cannot import.
_HELD_WINERRORS = (5, 32, 33)
_sleep = time.sleep
_clock = time.monotonic


def _rename(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    os.replace(source, target)


def _replace_when_let_go(source: str, target: Path, patience: float = 2.0) -> None:
    deadline, pause = _clock() + patience, 0.05
    while True:
        try:
            _rename(source, target)
            return
        except PermissionError as error:
            if getattr(error, "winerror", None) not in _HELD_WINERRORS or _clock() >= deadline:
                raise
        _sleep(pause)
        pause = min(pause * 2, 0.4)


@contextmanager
def open_output(out: str | Path | BinaryIO) -> Iterator[BinaryIO]:
    """A binary handle for ``out``; a path gets a temporary file beside it, renamed on success only.

    So a run cancelled half-way leaves neither a half-written file nor a stray temporary one.
    """
    if not isinstance(out, (str, Path)):
        yield out
        return
    target = Path(out)
    descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-", suffix=".part")
    # Held while written: a program that tidies crash leftovers (checkin's start) then leaves it alone.
    _hold(descriptor)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
        _replace_when_let_go(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _hold(descriptor: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: a file open for writing cannot be deleted there anyway
        return
    with suppress(OSError):
        fcntl.flock(descriptor, fcntl.LOCK_SH)


class PageStream:
    """Writes the finished pages of a ReportLab canvas to ``out`` and drops them from memory.

    Of a written page only its object number is kept (as the ``b"12 0 R"`` the page tree needs)
    and its offset, so what stays grows by a few dozen bytes a page.
    """

    def __init__(self, canvas: Any, out: BinaryIO) -> None:
        self.canvas = canvas
        self.doc = canvas._doc
        self.out = out
        self.position = 0
        self.flushed_pages = 0
        self.offsets = array("q")  # by object number: where it was written, or -1
        self._emit(pdfdoc.PDFFile(self.doc._pdfVersion).format(self.doc))

    def flush(self) -> None:
        """Write every page finished since the last flush, with its content stream, and forget them."""
        pages = self.doc.Pages.pages
        with plain_binary_streams():
            for index in range(self.flushed_pages, len(pages)):
                page = pages[index]
                number = self._write_and_forget(page)  # formatting registers the content stream
                self._write_and_forget(page.Contents)
                # ReportLab's formatter passes bytes through: the page tree gets the bare reference.
                pages[index] = b"%d 0 R" % number
        self.flushed_pages = len(pages)

    def save(self) -> None:
        """Write the rest of the document (shared objects, page tree, xref, trailer): the end of ``canvas.save``."""
        canvas, doc = self.canvas, self.doc
        if len(canvas._code):
            canvas.showPage()
        self.flush()
        with plain_binary_streams():
            for font in doc.delayedFonts:
                font.addObjects(doc)
            doc.info.invariant = doc.invariant
            doc.info.digest(doc.signature)
            doc.Outlines.prepare(doc, canvas)
            if doc.Outlines.ready < 0:
                doc.Catalog.Outlines = None
            self._write_remaining()
        doc._savedToFile = True

    def _write_remaining(self) -> None:
        """``PDFDocument.format`` for the objects not written yet, then the xref of all of them."""
        doc = self.doc
        doc.encrypt.prepare(doc)
        catalog = doc.Reference(doc.Catalog)
        info = doc.Reference(doc.info)
        doc.__accum__ = pdfdoc.PDFFile(doc._pdfVersion)  # as in ReportLab's format: some objects look for it
        number = 1
        while number <= doc.objectcounter:  # formatting may register new objects: no fixed range
            if not self._written(number):
                name = doc.numberToId[number]
                self._record(number)
                self._emit(pdfdoc.PDFIndirectObject(name, doc.idToObject[name]).format(doc))
            number += 1
        del doc.__accum__
        xref_at = self.position
        lines = [f"xref\n0 {number}\n0000000000 65535 f \n"]
        lines.extend(f"{self.offsets[n]:010d} 00000 n \n" for n in range(1, number))
        self._emit("".join(lines).encode("ascii"))
        trailer = pdfdoc.PDFTrailer(startxref=xref_at, Size=number, Root=catalog, Info=info, ID=doc.ID())
        self._emit(trailer.format(doc))

    def _write_and_forget(self, obj: Any) -> int:
        doc = self.doc
        name = obj.__InternalName__
        number = doc.idToObjectNumberAndVersion[name][0]
        self._record(number)
        self._emit(pdfdoc.PDFIndirectObject(name, obj).format(doc))
        del doc.idToObject[name], doc.idToObjectNumberAndVersion[name], doc.numberToId[number]
        return number

    def _written(self, number: int) -> bool:
        return number < len(self.offsets) and self.offsets[number] >= 0

    def _record(self, number: int) -> None:
        if number >= len(self.offsets):
            self.offsets.extend([-1] * (number + 1 - len(self.offsets)))
        self.offsets[number] = self.position

    def _emit(self, data: bytes) -> None:
        self.out.write(data)
        self.position += len(data)
