"""Print benchmarks/results.json as the Markdown tables the README shows, and beside it
benchmarks/results-loaded.json (the same run with every core kept busy) when there is one:
`python -m benchmarks.report`; `--chart docs/benchmark.svg` also draws each ratio against
its budget, idle and loaded, as the README's chart (plain SVG text, nothing to install)."""

from __future__ import annotations

import argparse
import json
from html import escape
from pathlib import Path

from benchmarks.run import RESULTS, RESULTS_LOADED


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:,.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chart", type=Path, help="also draw the ratios as an SVG here")
    args = parser.parse_args()
    report = json.loads(RESULTS.read_text(encoding="utf-8"))
    m = report["machine"]
    print(
        f"Measured on {m['cpu']} ({m['cores']} cores), {m['system']}, Python {m['python']}, "
        f"PySide6 {m['pyside6']}, SQLAlchemy {m['sqlalchemy']}, SQLite {m['sqlite']}.\n"
    )
    print("| measure (ms unless said) | ours | bare baseline | bare | ratio | budget | |")
    print("| --- | ---: | --- | ---: | ---: | --- | --- |")
    for row in report["rows"]:
        ratio = "–" if row["ratio"] is None else f"{row['ratio']:.2f}×"
        print(f"| {row['measure']} | {_figure(row['ours_ms'])} | {row['baseline'] or '–'} | "
              f"{_figure(row['baseline_ms'])} | {ratio} | {row['budget']} | "
              f"{'pass' if row['passed'] else '**miss**'} |")  # fmt: skip
    if "growth" in report:
        _growth(report["growth"])
    loaded = (json.loads(RESULTS_LOADED.read_text(encoding="utf-8"))["rows"]
              if RESULTS_LOADED.exists() else [])  # fmt: skip
    if loaded:
        _loaded(report["rows"], loaded)
    if args.chart:
        drawn = chart(report["rows"], loaded, report.get("date", ""))
        args.chart.write_text(drawn, encoding="utf-8")


ROW_H, LEFT, WIDTH, SCALE = 26, 430, 820, 3.0  # the bars run from 0x to SCALE x bare


def chart(idle: list[dict[str, object]], loaded: list[dict[str, object]], day: str) -> str:
    """Each ratio budget's ratio as a bar (idle) over a thin one (loaded), its budget a
    tick: green within it, red over it."""
    busy = {row["measure"]: row for row in loaded}
    rows = [r for r in idle if "×" in str(r["budget"]) and isinstance(r["ratio"], float)]
    height = 50 + ROW_H * len(rows)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           'font-family="sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
           f'<text x="10" y="18" font-weight="bold">Ours ÷ bare baseline, {day} '
           "(bar: idle; thin bar: every core busy; tick: budget)</text>"]  # fmt: skip
    for n, row in enumerate(rows):
        out += _chart_row(34 + n * ROW_H, row, busy.get(row["measure"]))
    out += [f'<line x1="{LEFT}" y1="30" x2="{LEFT}" y2="{height - 8}" stroke="#999"/>', "</svg>"]
    return "\n".join(out) + "\n"


def _chart_row(top: int, row: dict[str, object], loaded: dict[str, object] | None) -> list[str]:
    budget = float(str(row["budget"]).split("×")[0].lstrip("≤ "))
    ratio = float(row["ratio"])  # type: ignore[arg-type]
    name = str(row["measure"]).strip()
    name = name if len(name) <= 64 else name[:62].rstrip(" ,(") + "…"
    drawn = [f'<text x="10" y="{top + 13}">{escape(name)}</text>',
             _bar(top, ratio, 12, ratio <= budget),
             f'<text x="{max(_x(ratio), _x(budget)) + 6}" y="{top + 11}">{ratio:.2f}×</text>',
             f'<line x1="{_x(budget)}" y1="{top - 2}" x2="{_x(budget)}" y2="{top + 20}" '
             'stroke="black" stroke-width="2"/>']  # fmt: skip
    if loaded is not None and isinstance(loaded["ratio"], float):
        drawn.append(_bar(top + 14, loaded["ratio"], 4, loaded["ratio"] <= budget))
    return drawn


def _x(ratio: float) -> float:
    return LEFT + (WIDTH - LEFT - 60) * min(ratio, SCALE) / SCALE


def _bar(top: float, ratio: float, height: float, within: bool) -> str:
    colour = "#009E73" if within else "#D55E00"
    return (f'<rect x="{LEFT}" y="{top}" width="{max(_x(ratio) - LEFT, 1):.1f}" '
            f'height="{height}" fill="{colour}"/>')  # fmt: skip


def _loaded(idle: list[dict[str, object]], loaded: list[dict[str, object]]) -> None:
    """Each budget's figure idle and with every core kept busy by another process."""
    print("\n| measure | idle | loaded | budget | loaded |")
    print("| --- | ---: | ---: | --- | --- |")
    busy = {row["measure"]: row for row in loaded}
    for row in idle:
        other = busy.get(row["measure"])
        if other is None or row["budget"] == "(information)":
            continue
        print(f"| {row['measure']} | {_result(row)} | {_result(other)} | {row['budget']} | "
              f"{'pass' if other['passed'] else '**miss**'} |")


def _result(row: dict[str, object]) -> str:
    """The ratio where the budget is one, else the figure itself."""
    if "×" in str(row["budget"]):
        return f"{row['ratio']:.2f}×"
    return _figure(row["ours_ms"])  # type: ignore[arg-type]


def _growth(rows: list[dict[str, float]]) -> None:
    print("\n| articles | readable (s) | bare (s) | with the index (s) | bare (s) | ratio "
          "| ms an article | search (ms) | bare FTS5 (ms) | ratio |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for g in rows:
        readable = (f"{g['readable_ms'] / 1000:.2f} | {g['bare_readable_ms'] / 1000:.2f}"
                    if "readable_ms" in g else "– | –")
        bare_search = (f"{g['bare_search_ms']:.1f} | {g['search_ratio']:.2f}×"
                       if "bare_search_ms" in g else "– | –")
        print(f"| {g['articles']:,} | {readable} | {g['import_ms'] / 1000:.2f} | "
              f"{g['bare_import_ms'] / 1000:.2f} | {g['import_ratio']:.2f}× | "
              f"{g['import_ms'] / g['articles']:.2f} | {g['search_ms']:.1f} | "
              f"{bare_search} |")  # fmt: skip


if __name__ == "__main__":
    main()
