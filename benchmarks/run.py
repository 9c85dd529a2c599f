"""Run every `benchmarks/bench_*.py`, print one table, write JSON.

    python -m benchmarks [--quick] [--only NAME ...] [--json PATH]

Each bench module offers `run(quick: bool) -> list[dict]`; a row holds the
figure (`value`, `unit`), its `target`, and a `floor`: the same
work done by the bare library (ReportLab, the spreadsheet reader, a linear
scan) in the same run, so a slow machine shows as a slow floor too.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_JSON = HERE / "results" / "latest.json"


def discover() -> list[str]:
    return sorted(path.stem for path in HERE.glob("bench_*.py"))


def format_number(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def print_table(rows: list[dict]) -> None:
    headers = ("benchmark", "figure", "unit", "target", "floor", "floor is")
    table = [(r["name"], format_number(r.get("value")), r.get("unit", ""), r.get("target", ""),
              format_number(r.get("floor")), r.get("floor_name", "")) for r in rows]
    widths = [max(len(str(row[i])) for row in [headers, *table]) for i in range(len(headers))]
    for row in [headers, tuple("-" * w for w in widths), *table]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--only", nargs="*", help="module names, e.g. bench_core")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    rows: list[dict] = []
    failed: list[str] = []
    for name in args.only or discover():
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            produced = module.run(quick=args.quick)
        except Exception as error:  # one broken bench must not hide the others
            failed.append(f"{name}: {type(error).__name__}: {error}")
            continue
        for row in produced:
            row.setdefault("module", name)
        rows.extend(produced)
        print(f"# {name}: {len(produced)} figures in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print_table(rows)
    for failure in failed:
        print(f"FAILED {failure}", file=sys.stderr)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                     "quick": args.quick, "rows": rows, "failed": failed}, indent=2))
    return 1 if failed else 0
