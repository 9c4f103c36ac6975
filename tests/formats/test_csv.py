from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.annotations import ExportRow
from reader.core.errors import ExportError
from reader.formats.csv_format import COLUMNS, neutralise, read_csv, restore, write_csv


def row(**changes: object) -> ExportRow:
    base = {
        "document_id": "f" * 64,
        "title": "عنوان «مقتبس»",
        "label": "CLAIM",
        "start": 10,
        "end": 25,
        "text": 'قال "ديلون", ثم',
        "context_before": "سطر\nآخر",
        "context_after": "،",
        "note": "",
        "annotator": "Layla",
        "created": "2026-11-21T05:39:09.123Z",
        "updated": "2026-11-21T05:39:09.123Z",
    }
    base.update(changes)
    return ExportRow(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "＝1", "'=x"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert neutralise(cell).startswith("'")
    assert restore(neutralise(cell)) == cell


@pytest.mark.parametrize("cell", ["", "ديلون", "1-2", "a=b", "'quoted'"])
def test_ordinary_cells_are_untouched(cell: str) -> None:
    assert neutralise(cell) == cell
    assert restore(cell) == cell


def test_export_is_rfc4180_with_bom_and_round_trips(tmp_path: Path) -> None:
    rows = [row(), row(note='=HYPERLINK("http://x")', text="-23 قتيلاً", start=30, end=40)]
    out = tmp_path / "out.csv"
    assert write_csv(rows, out, bom=True) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = list(csv.reader(fh))
    assert tuple(cells[0]) == COLUMNS
    assert cells[2][COLUMNS.index("note")] == '\'=HYPERLINK("http://x")'
    assert cells[2][COLUMNS.index("text")] == "'-23 قتيلاً"
    assert cells[1][COLUMNS.index("context_before")] == "سطر\nآخر"
    assert read_csv(out) == rows


def test_export_without_bom(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    write_csv([row()], out, bom=False)
    assert out.read_bytes().startswith(b"document_id,")


def test_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("previous", encoding="utf-8")

    def broken():  # type: ignore[no-untyped-def]
        yield row()
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        write_csv(broken(), out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_reading_a_foreign_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ExportError, match="not a Qari CSV export"):
        read_csv(path)


CELL = st.text(alphabet=st.sampled_from(list("=+-@'\t\r\n\",ابـ ًx")), max_size=12)


@given(CELL)
def test_neutralise_is_safe_and_reversible(cell: str) -> None:
    out = neutralise(cell)
    assert out[:1] not in set("=+-@\t\r")
    assert restore(out) == cell
