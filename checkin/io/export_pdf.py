"""A short attendance report to attach to a mail: the event, the figures, the arrivals chart, the lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from checkin.core.attendance import GroupFigures
from checkin.core.folding import fold
from checkin.core.models import Status
from checkin.io import pdf_text
from checkin.io.attendance_data import AttendanceData

ACCENT = colors.HexColor("#305496")
STRIPE = colors.HexColor("#F0F3F8")
NOT_GIVEN = "(not given)"
WIDTH = A4[0] - 30 * mm


def write_attendance_report(data: AttendanceData, path: Path,
                            progress: Callable[[int, int], None] | None = None) -> None:
    styles = _styles()
    event = data.event
    figures = data.figures
    story: list[Any] = [
        pdf_text.paragraph(event.title, styles["title"], bold=True),
        pdf_text.paragraph(_when_where(data), styles["small"]),
        pdf_text.paragraph(f"Attendance report — checkpoint {data.checkpoint} — "
                           f"{datetime.now(data.zone):%d %B %Y %H:%M}", styles["small"]),
        Spacer(0, 5 * mm),
        _key_figures(data, styles),
        Spacer(0, 6 * mm),
    ]
    if figures.arrivals:
        story += [pdf_text.paragraph("Arrivals per 5 minutes", styles["h2"], bold=True), _arrivals_chart(data),
                  Spacer(0, 4 * mm)]
    for title, groups in (("Category", figures.by_category), ("Organisation type", figures.by_organisation_type),
                          ("Language", figures.by_language)):
        if groups:
            story.append(KeepTogether([pdf_text.paragraph(f"By {title.lower()}", styles["h2"], bold=True),
                                       _breakdown_table(title, groups, styles), Spacer(0, 4 * mm)]))
    story += _lists_by_category(data, styles, progress)
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                 topMargin=15 * mm, bottomMargin=18 * mm, title=f"Attendance — {event.title}",
                                 author="checkin", subject="Attendance report",
                                 initialFontName=pdf_text.initial_font())
    footer = event.title if len(event.title) <= 90 else event.title[:89] + "…"

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.grey)
        pdf_text.draw_text(canvas, 15 * mm, 10 * mm, footer, 7.5, max_width=WIDTH - 25 * mm)
        canvas.setFont(pdf_text.REGULAR, 7.5)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _styles() -> dict[str, Any]:
    return {
        "title": pdf_text.style("title", 16, bold=True, leading=20, spaceAfter=2),
        "h2": pdf_text.style("h2", 12, bold=True, spaceBefore=4, spaceAfter=3, textColor=ACCENT, keepWithNext=1),
        "body": pdf_text.style("body", 9),
        "small": pdf_text.style("small", 8.5, textColor=colors.HexColor("#444444")),
        "figure": pdf_text.style("figure", 20, bold=True, leading=24, alignment=1, textColor=ACCENT),
        "label": pdf_text.style("label", 8, alignment=1, textColor=colors.HexColor("#444444")),
    }


def _when_where(data: AttendanceData) -> str:
    event = data.event
    return f"{event.starts_on:%d %B %Y}" + (f" — {event.venue}" if event.venue else "")


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _key_figures(data: AttendanceData, styles: dict[str, Any]) -> Table:
    f = data.figures
    items = [("Registered", str(f.registered)), ("Arrived", str(f.arrived)), ("Show-up rate", _rate(f.show_up_rate)),
             ("No-shows", str(f.no_shows)), ("Walk-ins", str(f.walk_ins)), ("Waitlist", str(f.waitlisted))]
    cells = [[pdf_text.paragraph(value, styles["figure"], bold=True) for _, value in items],
             [pdf_text.paragraph(label, styles["label"]) for label, _ in items]]
    table = Table(cells, colWidths=[WIDTH / len(items)] * len(items))
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), STRIPE), pdf_text.TABLE_FONT,
                               ("LINEABOVE", (0, 0), (-1, 0), 1.5, ACCENT),
                               ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]))
    return table


def _arrivals_chart(data: AttendanceData) -> Drawing:
    bands = data.figures.arrivals
    drawing = Drawing(WIDTH, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 9 * mm
    chart.width, chart.height = WIDTH - 14 * mm, 41 * mm
    chart.data = [[band.arrivals for band in bands]]
    every = max(1, len(bands) // 16)  # at most ~16 time labels, or they overlap
    chart.categoryAxis.categoryNames = [f"{b.start:%H:%M}" if i % every == 0 else "" for i, b in enumerate(bands)]
    chart.categoryAxis.labels.fontName = pdf_text.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0 if len(bands) <= 16 else 30
    chart.categoryAxis.labels.boxAnchor = "n" if len(bands) <= 16 else "ne"
    chart.valueAxis.labels.fontName = pdf_text.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 2
    drawing.add(chart)
    drawing.add(String(0, 53.5 * mm, "People", fontName=pdf_text.REGULAR, fontSize=7, fillColor=colors.grey))
    return drawing


def _table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        pdf_text.TABLE_FONT,
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])


def _breakdown_table(title: str, groups: Sequence[GroupFigures], styles: dict[str, Any]) -> Table:
    body = styles["body"]
    right = pdf_text.style("right", 9, alignment=2)
    rows = [[pdf_text.paragraph(title, body, bold=True)]
            + [pdf_text.paragraph(h, right, bold=True) for h in ("Registered", "Arrived", "Show-up rate")]]
    for group in groups:
        rows.append([pdf_text.paragraph(group.label or NOT_GIVEN, body),
                     *(pdf_text.paragraph(text, right) for text in (
                         str(group.registered), str(group.arrived), _rate(group.show_up_rate)))])
    table = Table(rows, colWidths=[WIDTH - 84 * mm, 28 * mm, 28 * mm, 28 * mm], repeatRows=1)
    table.setStyle(_table_style())
    return table


def _lists_by_category(data: AttendanceData, styles: dict[str, Any],
                       progress: Callable[[int, int], None] | None) -> list[Any]:
    """Every confirmed attendee, by category: name, organisation, first check-in time or "—"."""
    confirmed = [a for a in data.attendees if a.status is Status.REGISTERED]
    confirmed.sort(key=lambda a: fold(a.category))  # stable: alphabetical within each category
    body = styles["body"]
    # The lists start on their own page: the first page is the one-glance summary.
    story: list[Any] = [PageBreak(), pdf_text.paragraph("Attendees by category", styles["title"], bold=True)
                        ] if confirmed else []
    done = 0
    for category, members in groupby(confirmed, key=lambda a: a.category):
        people = list(members)
        arrived = sum(1 for a in people if (s := data.state(a)) and s.checked_in)
        story.append(pdf_text.paragraph(f"{category or NOT_GIVEN} — {arrived} of {len(people)} arrived",
                                        styles["h2"], bold=True))
        rows = [[pdf_text.paragraph(h, body, bold=True) for h in ("Name", "Organisation", "Arrived")]]
        for attendee in people:
            state = data.state(attendee)
            when = data.local(state.checked_in_at) if state and state.checked_in else None
            family = attendee.family_name or attendee.display_name
            name = f"{family}, {attendee.given_name}" if attendee.given_name and family else family or attendee.name
            rows.append([pdf_text.paragraph(name, body), pdf_text.paragraph(attendee.organisation, body),
                         pdf_text.paragraph(f"{when:%H:%M}" if when else "—", body)])
            done += 1
            if progress is not None and done % 500 == 0:
                progress(done, len(confirmed))
        table = Table(rows, colWidths=[62 * mm, WIDTH - 80 * mm, 18 * mm], repeatRows=1)
        table.setStyle(_table_style())
        story += [table, Spacer(0, 3 * mm)]
    return story
