"""Print benchmarks/results.json as the Markdown tables the README shows, and beside it
benchmarks/results-loaded.json (the same run with every core kept busy) when there is one:
`python -m benchmarks.report`."""

from __future__ import annotations

import json

from benchmarks.run import RESULTS, RESULTS_LOADED


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:,.1f}"


def main() -> None:
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
    if RESULTS_LOADED.exists():
        _loaded(report["rows"], json.loads(RESULTS_LOADED.read_text(encoding="utf-8"))["rows"])


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
