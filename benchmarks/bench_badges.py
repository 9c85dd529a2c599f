"""Badge rendering benchmarks: our renderer beside a bare ReportLab loop drawing the same content.

Run on its own with ``python -m benchmarks.bench_badges [--quick]``; the common runner imports
:func:`run`. Peak memory is measured in a child process so that it is not polluted by this one.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

EVENT = {"title": "Migration and Development Conference", "date": "18 October 2018", "venue": "Geneva, CICG"}
GIVEN = ["Amélie", "Jean", "Владимир", "Νικόλαος", "Fatima", "Maria", "Jürgen", "Søren", "Zoë", "Chiara"]
FAMILY = ["Dupont", "Müller", "Petrov", "Papadopoulos", "Haddad", "García", "Nguyễn", "O'Neill", "Kowalski", "Rossi"]
ORGANISATIONS = ["IOM", "Swiss FDFA", "Permanent Mission of France", "UNHCR", "University of Geneva", "ICRC"]
CATEGORIES = ["speaker", "participant", "press", "mission"]
# Alphabet of the app's codes: no letters that AZERTY/QWERTZ scanners mangle.
CODE_ALPHABET = "23456789BCDFGHJKLMNPRSTVWX"


def people(count: int, seed: int = 7):
    """A generator, as the app passes: nothing is held in memory beyond the current person."""
    rng = random.Random(seed)
    for _ in range(count):
        yield {
            "code": "".join(rng.choice(CODE_ALPHABET) for _ in range(14)),
            "given_name": rng.choice(GIVEN),
            "family_name": rng.choice(FAMILY),
            "organisation": rng.choice(ORGANISATIONS),
            "job_title": "Programme Officer",
            "category": rng.choice(CATEGORIES),
        }


def time_renderer(count: int, encoder: str | None = None) -> tuple[float, int]:
    """Badges per second and bytes of PDF for ``count`` A6 badges through :func:`badges.render_badges`."""
    import badges

    kwargs = {"qr_encoder": encoder} if encoder else {}
    badges.render_badges(people(5), io.BytesIO(), event=EVENT, **kwargs)  # fonts parsed outside the clock
    buffer = io.BytesIO()
    start = time.perf_counter()
    badges.render_badges(people(count), buffer, layout="a6", event=EVENT, **kwargs)
    elapsed = time.perf_counter() - start
    return count / elapsed, len(buffer.getvalue())


def time_bare_reportlab(count: int, qr: str) -> float:
    """The floor: a hand-written ReportLab loop drawing the same words, band, rule and QR code.

    ``qr`` is "same-encoder" (our fixed-mask matrices drawn as rectangles), "reportlab" (ReportLab's
    own QrCodeWidget, what a bare script would use) or "none".
    """
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from badges.fonts import font_set
    from badges.qr import draw_qr, qr_matrix

    font_set()  # same bundled fonts, registered once
    width, height = 105 * mm, 148 * mm
    buffer = io.BytesIO()
    start = time.perf_counter()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    for person in people(count):
        canvas.setFillColorRGB(0.12, 0.23, 0.37)
        canvas.setFont("NotoSans-Bold", 13)
        canvas.drawCentredString(width / 2, height - 14 * mm, EVENT["title"])
        canvas.setFont("NotoSans", 8.5)
        canvas.drawCentredString(width / 2, height - 21 * mm, f"{EVENT['date']} · {EVENT['venue']}")
        canvas.line(6 * mm, height - 25 * mm, 99 * mm, height - 25 * mm)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("NotoSans-Bold", 34)
        canvas.drawCentredString(width / 2, height - 44 * mm, person["given_name"])
        canvas.setFont("NotoSans", 20)
        canvas.drawCentredString(width / 2, height - 56 * mm, person["family_name"])
        canvas.setFont("NotoSans", 12)
        canvas.drawCentredString(width / 2, height - 69 * mm, person["organisation"])
        canvas.setFont("NotoSans", 9.5)
        canvas.drawCentredString(width / 2, height - 80 * mm, person["job_title"])
        if qr == "same-encoder":
            draw_qr(canvas, qr_matrix(person["code"]), 66 * mm, 27 * mm, 34 * mm, 4)
        elif qr == "reportlab":
            widget = QrCodeWidget(person["code"], barLevel="H")
            drawing = Drawing(34 * mm, 34 * mm)
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, 66 * mm, 27 * mm)
        canvas.setFillColorRGB(0.75, 0.22, 0.17)
        canvas.rect(0, 0, width, 22 * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("NotoSans-Bold", 16)
        canvas.drawCentredString(width / 2, 9 * mm, person["category"].title())
        canvas.showPage()
    canvas.save()
    return count / (time.perf_counter() - start)


def time_encoders(count: int) -> dict[str, float]:
    from badges.qr import ENCODERS

    codes = [p["code"] for p in people(count, seed=11)]
    rates = {}
    for name, encode in ENCODERS.items():
        start = time.perf_counter()
        for code in codes:
            encode(code)
        rates[name] = count / (time.perf_counter() - start)
    return rates


_RSS_CHILD = """
import os, sys, time
sys.path.insert(0, {repo!r})
from benchmarks.bench_badges import EVENT, peak_kb, people
import badges
count, chunk = {count}, {chunk}
badges.render_badges(people(1), os.devnull, layout="a6", event=EVENT)  # the baseline: fonts loaded, one badge
start = time.perf_counter()
if count:
    badges.render_badges(people(count), {out!r}, layout="a6", event=EVENT, chunk_size=chunk)
elapsed = time.perf_counter() - start
size = os.path.getsize({out!r}) if count else 0
print(peak_kb(), elapsed, size)
"""


def peak_kb() -> int:
    """This process's peak resident memory in KB.

    Linux's ``ru_maxrss`` survives ``exec``: a child forked from a big parent reports the parent's
    peak. ``VmHWM`` belongs to the new program's memory only.
    """
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def render_in_child(count: int, chunk: int | None = None) -> tuple[float, float, int]:
    """Peak resident memory (MB), seconds and PDF bytes of a fresh process rendering ``count`` badges to a file.

    ``chunk`` None is the renderer's default (pages streamed out every 500 badges); a huge chunk
    keeps every page in memory until the save, as ReportLab alone does.
    """
    import tempfile

    from badges.streaming import CHUNK_BADGES

    with tempfile.TemporaryDirectory() as folder:
        script = _RSS_CHILD.format(repo=str(REPO), count=count, chunk=chunk or CHUNK_BADGES,
                                   out=str(Path(folder) / "out.pdf"))
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    rss_kb, seconds, size = result.stdout.strip().splitlines()[-1].split()
    return int(rss_kb) / 1024.0, float(seconds), int(size)


def peak_rss_mb(count: int, chunk: int | None = None) -> float:
    return render_in_child(count, chunk)[0]


def best_of(repeats: int, measure, *args):
    """The fastest of a few runs: other work on a shared 2-core machine only ever slows a run down."""
    results = [measure(*args) for _ in range(repeats)]
    return max(results, key=lambda r: r[0] if isinstance(r, tuple) else r)


def run(quick: bool = False) -> list[dict]:
    count = 200 if quick else 1000
    big = 2000 if quick else 10000
    repeats = 2 if quick else 3
    ours, size = best_of(repeats, time_renderer, count)
    floor_same = best_of(repeats, time_bare_reportlab, count, "same-encoder")
    floor_text = best_of(repeats, time_bare_reportlab, count, "none")
    bare_rl_qr = time_bare_reportlab(max(50, count // 5), "reportlab")
    rows = [
        {
            "name": f"badges A6 with QR, {count}",
            "value": round(ours, 1),
            "unit": "badges/s",
            "floor": round(floor_same, 1),
            "floor_name": "bare ReportLab same content (same QR encoder)",
            "target": ">= 1000",
        },
        {
            "name": "bare ReportLab A6 with its own QrCodeWidget",
            "value": round(bare_rl_qr, 1),
            "unit": "badges/s",
            "floor": round(floor_text, 1),
            "floor_name": "bare ReportLab same text, no QR",
            "target": "info",
        },
        {
            "name": f"PDF size per A6 badge, {count}",
            "value": round(size / count, 1),
            "unit": "bytes/badge",
            "floor": None,
            "floor_name": "",
            "target": "<= 2048",
        },
    ]
    for encoder, rate in time_encoders(count // 2).items():
        rows.append(
            {
                "name": f"QR encode {encoder}",
                "value": round(rate, 1),
                "unit": "codes/s",
                "floor": None,
                "floor_name": "",
                "target": "info",
            }
        )
    segno_rate, _ = best_of(repeats, time_renderer, count, "segno-fixed-mask")
    rows.append(
        {
            "name": f"badges A6 with QR via segno-fixed-mask, {count}",
            "value": round(segno_rate, 1),
            "unit": "badges/s",
            "floor": round(floor_same, 1),
            "floor_name": "bare ReportLab same content",
            "target": "info",
        }
    )
    baseline = peak_rss_mb(0)
    for badges_count in (count, big):
        rss, seconds, size = render_in_child(badges_count)
        rows.append(
            {
                "name": f"peak RSS, {badges_count} A6 badges to a file (child process)",
                "value": round(rss, 1),
                "unit": "MB",
                "floor": round(baseline, 1),
                "floor_name": "same child after 1 badge",
                "target": "flat: about the floor plus a few MB",
            }
        )
    rows.append(
        {
            "name": f"badges A6 with QR, {big} streamed to a file (child process)",
            "value": round(big / seconds, 1),
            "unit": "badges/s",
            "floor": round(floor_same, 1),
            "floor_name": "bare ReportLab same content (same QR encoder)",
            "target": ">= 1000",
        }
    )
    rows.append(
        {
            "name": f"PDF size per A6 badge, {big} streamed",
            "value": round(size / big, 1),
            "unit": "bytes/badge",
            "floor": None,
            "floor_name": "",
            "target": "<= 2048",
        }
    )
    rss_kept, _, _ = render_in_child(big, chunk=10**9)
    rows.append(
        {
            "name": f"peak RSS, {big} A6 badges, every page kept until the save",
            "value": round(rss_kept, 1),
            "unit": "MB",
            "floor": round(baseline, 1),
            "floor_name": "same child after 1 badge",
            "target": "info: what streaming saves",
        }
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rows = run(quick="--quick" in argv)
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        floor = "" if r["floor"] is None else f"  (floor {r['floor']:g}: {r['floor_name']})"
        print(f"{r['name']:<{width}}  {r['value']:>10g} {r['unit']:<12} target {r['target']}{floor}")
    if "--json" in argv:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
