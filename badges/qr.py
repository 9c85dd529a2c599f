"""QR codes: encode the attendee's code and draw it as vector rectangles.

Pure-Python encoders spend most of their time scoring the eight mask patterns. Every mask is a valid
choice under ISO/IEC 18004 (the decoder reads the mask number from the format information), so a
fixed mask keeps codes readable by any scanner while encoding several times faster; the benchmark
(`benchmarks/bench_badges.py`) compares the encoders.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

Matrix = Sequence[Sequence[bool]]

# Mask 0 was as readable as the others in our zxing-cpp round trips; fixing it skips the mask search.
FIXED_MASK = 0


def error_correction_for(payload: str) -> str:
    """Short payloads get the strongest correction, long ones stay small enough to scan."""
    size = len(payload.encode("utf-8"))
    if size <= 32:
        return "H"
    if size <= 128:
        return "M"
    return "L"


def _qrcode_matrix(payload: str, fixed_mask: bool) -> Matrix:
    import qrcode
    import qrcode.constants as constants

    level = {"H": constants.ERROR_CORRECT_H, "M": constants.ERROR_CORRECT_M, "L": constants.ERROR_CORRECT_L}
    code = qrcode.QRCode(
        error_correction=level[error_correction_for(payload)],
        border=0,
        mask_pattern=FIXED_MASK if fixed_mask else None,
    )
    code.add_data(payload)
    code.make(fit=True)
    return code.modules


def _segno_matrix(payload: str, fixed_mask: bool) -> Matrix:
    import segno

    code = segno.make_qr(
        payload,
        error=error_correction_for(payload).lower(),
        boost_error=False,
        mask=FIXED_MASK if fixed_mask else None,
    )
    return code.matrix  # rows of 0/1 bytes: truthiness is all the drawing needs


ENCODERS: dict[str, Callable[[str], Matrix]] = {
    "qrcode-fixed-mask": lambda p: _qrcode_matrix(p, True),
    "segno-fixed-mask": lambda p: _segno_matrix(p, True),
    "qrcode": lambda p: _qrcode_matrix(p, False),
    "segno": lambda p: _segno_matrix(p, False),
}
DEFAULT_ENCODER = "qrcode-fixed-mask"


def qr_matrix(payload: str, encoder: str = DEFAULT_ENCODER) -> Matrix:
    return ENCODERS[encoder](payload)


@lru_cache(maxsize=4096)
def _row_runs(row: tuple[bool, ...]) -> str:
    """PDF rectangles for the dark runs of one row, in module units (row offset added later)."""
    parts = []
    start = None
    for col, dark in enumerate((*row, False)):
        if dark and start is None:
            start = col
        elif not dark and start is not None:
            parts.append((start, col - start))
            start = None
    return " ".join(f"{s} {{r}} {n} 1 re" for s, n in parts)


def qr_operators(matrix: Matrix) -> str:
    """Rectangles for the whole matrix with integer coordinates, one per horizontal run.

    Integer module coordinates plus one scaling matrix keep the content stream a few hundred bytes.
    """
    ops = []
    for r, row in enumerate(matrix):
        runs = _row_runs(tuple(row))
        if runs:
            ops.append(runs.replace("{r}", str(r)))
    return "\n".join(ops)


def draw_qr(canvas, matrix: Matrix, x: float, y: float, size: float, quiet_zone: int, colour=(0, 0, 0)) -> None:
    """Draw ``matrix`` into the square (x, y, size) in points; the quiet zone stays blank inside it."""
    count = len(matrix)
    module = size / (count + 2 * quiet_zone)
    top = y + size - quiet_zone * module
    left = x + quiet_zone * module
    canvas.saveState()
    canvas.setFillColorRGB(*colour)
    # Row r, column c of the matrix maps to the unit square (c, r) in a y-down module grid.
    canvas.addLiteral(f"{module:.4f} 0 0 {-module:.4f} {left:.3f} {top:.3f} cm\n{qr_operators(matrix)}\nf")
    canvas.restoreState()
