"""Run every `benchmarks/bench_*.py`, print one table, write JSON.

    python -m benchmarks [--quick] [--only NAME ...] [--json PATH]

Each bench module offers `run(quick: bool) -> list[dict]`; a row holds the
figure (`value`, `unit`), its `target`, and a `floor`: the same
work done by the bare library (ReportLab, the spreadsheet reader, a linear
scan) in the same run, so a slow machine shows as a slow floor too.

Each module runs in a process of its own, as each task runs in a desk or
command-line process of its own: the heap and caches that 100,000 exported
attendees leave behind would otherwise weigh on the import measured after
them, and a figure would depend on which modules ran before it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import subprocess
import sys
import tempfile
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
    parser.add_argument("--only", nargs="*", help="module names, e.g. bench_core (or core)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)  # what each child runs
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    rows: list[dict] = []
    failed: list[str] = []
    for name in [name if name.startswith("bench_") else f"bench_{name}" for name in args.only or discover()]:
        started = time.perf_counter()
        produced, failure = (_run_here if args.in_process else _run_apart)(name, args.quick)
        if failure:  # one broken bench must not hide the others
            failed.append(failure)
            continue
        rows.extend(produced)
        print(f"# {name}: {len(produced)} figures in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if not args.in_process:
        print_table(rows)
    for failure in failed:
        print(f"FAILED {failure}", file=sys.stderr)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                     "quick": args.quick, "rows": rows, "failed": failed}, indent=2))
    return 1 if failed else 0


def _run_here(name: str, quick: bool) -> tuple[list[dict], str | None]:
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        produced = module.run(quick=quick)
    except Exception as error:
        return [], f"{name}: {type(error).__name__}: {error}"
    for row in produced:
        row.setdefault("module", name)
    return produced, None


def _run_apart(name: str, quick: bool) -> tuple[list[dict], str | None]:
    """The module in a new interpreter, which hands its rows back through a JSON file."""
    with tempfile.TemporaryDirectory() as folder:
        result = Path(folder) / "rows.json"
        command = [sys.executable, "-m", "benchmarks", "--in-process", "--only", name, "--json", str(result)]
        finished = subprocess.run([*command, *(["--quick"] if quick else [])], cwd=HERE.parent,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if not result.exists():
            return [], f"{name}: {last_words(finished)}"
        produced = json.loads(result.read_text())
    return produced["rows"], (produced["failed"] or [None])[0]


def last_words(finished: subprocess.CompletedProcess[str]) -> str:
    """Why a child process failed: the last line it wrote to stderr, or its exit status."""
    return (finished.stderr.strip().splitlines() or [f"exit status {finished.returncode}"])[-1]
