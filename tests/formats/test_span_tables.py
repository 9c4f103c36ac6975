"""Span tables from other tools' CSVs: columns recognised by name in any order, case and
separator, or named with --columns; documents named by file name, title, id or SHA-256;
offsets in code points, UTF-16 units or bytes; what was written is what is read."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text import text_sha256
from reader.formats import span_csv
from reader.formats.csv_format import neutralise
from reader.formats.registry import detect
from tests.test_cli import reader

TEXT = "قال الجيش 👍 إن البوكمال محاصرة."
ARMY, BUKAMAL = (4, 9), (15, 23)  # code points; the emoji sits between them


def table(path: Path, rows: list[list[object]], delimiter: str = ",", bom: bool = False) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_text(("\ufeff" if bom else "") + out.getvalue(), "utf-8", newline="")
    return path


def stored(db: Path) -> list[tuple[str, int, int, str, str]]:
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT l.name, a.start, a.end, a.text, p.name FROM annotation a "
            "JOIN label l ON l.id = a.label_id JOIN annotator p ON p.id = a.annotator_id "
            "ORDER BY a.start"
        ).fetchall()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article-a.txt"
    path.write_text(TEXT, "utf-8")
    return path


def test_an_analysts_table_is_read_with_its_articles_in_one_import(
    tmp_path: Path, article: Path
) -> None:
    spans = table(
        tmp_path / "spans.csv",
        [
            [" Doc ", "START", "end", "Label", "text", "Annotator"],
            ["article-a", *ARMY, "ACTOR", "الجيش", "Huda"],
            ["article-a", *BUKAMAL, "PLACE", "البوكمال", "Huda"],
        ],
        delimiter=";",
        bom=True,
    )
    assert detect(spans) is not None and detect(spans).name == "span-csv"  # type: ignore[union-attr]
    db = tmp_path / "mine.qari.sqlite"
    done = reader("import", "--db", str(db), str(article), str(spans))
    assert done.returncode == 0, done.stderr
    assert "spans.csv (span-csv, as Huda): 2 annotations added" in done.stdout
    assert stored(db) == [
        ("ACTOR", *ARMY, "الجيش", "Huda"),
        ("PLACE", *BUKAMAL, "البوكمال", "Huda"),
    ]


@pytest.mark.parametrize("doc", ["article-a", "title", "id", "sha256"])
def test_a_document_is_named_by_file_name_title_id_or_sha256(
    tmp_path: Path, article: Path, doc: str
) -> None:
    db = tmp_path / "mine.qari.sqlite"
    assert reader("import", "--db", str(db), str(article)).returncode == 0
    names = {"article-a": "article-a", "title": TEXT, "id": "1", "sha256": text_sha256(TEXT)}
    spans = table(
        tmp_path / "t.tsv.csv",
        [["document", "begin", "end", "tag"], [names[doc], *ARMY, "ACTOR"]],
        "\t",
    )
    done = reader("import", "--db", str(db), str(spans))
    assert done.returncode == 0, done.stderr
    assert stored(db) == [("ACTOR", *ARMY, "الجيش", "t.tsv")]  # the text taken from the article


def test_a_document_not_in_the_file_is_said(tmp_path: Path, article: Path) -> None:
    spans = table(
        tmp_path / "spans.csv", [["doc", "start", "end", "label"], ["article-b", 0, 3, "ACTOR"]]
    )
    done = reader("import", "--db", str(tmp_path / "m.qari.sqlite"), str(article), str(spans))
    assert done.returncode == 1
    assert (
        "«article-b» (1 span): no document in your file has this SHA-256, title, file name or id"
        in done.stderr
    )


def test_unrecognised_columns_are_named_and_then_mapped(tmp_path: Path, article: Path) -> None:
    spans = table(
        tmp_path / "odd.csv", [["File", "Begin", "Finish", "Kind"], ["article-a", *ARMY, "ACTOR"]]
    )
    db = tmp_path / "m.qari.sqlite"
    refused = reader("import", "--db", str(db), str(article), str(spans))
    assert refused.returncode == 2 and not db.exists()
    assert (
        "cannot tell which column holds end, label (its columns: File, Begin, Finish, "
        "Kind); name them, for example --columns"
    ) in refused.stderr
    done = reader(
        "import", "--db", str(db), str(article), str(spans), "--columns", "end=Finish,label=Kind"
    )
    assert done.returncode == 0, done.stderr
    assert stored(db) == [("ACTOR", *ARMY, "الجيش", "odd")]
    wrong = reader("import", "--db", str(db), str(spans), "--columns", "finish=Finish")
    assert wrong.returncode == 2 and "'finish=Finish' is not FIELD=COLUMN" in wrong.stderr


@pytest.mark.parametrize("unit", ["utf16", "bytes"])
def test_offsets_in_utf16_units_or_bytes_are_converted(
    tmp_path: Path, article: Path, unit: str
) -> None:
    codec = "utf-16-le" if unit == "utf16" else "utf-8"
    width = 2 if unit == "utf16" else 1

    def counted(at: int) -> int:
        return len(TEXT[:at].encode(codec)) // width

    rows = [
        ["doc", "start", "end", "label", "text"],
        ["article-a", counted(BUKAMAL[0]), counted(BUKAMAL[1]), "PLACE", "البوكمال"],
    ]
    spans = table(tmp_path / "units.csv", rows)
    db = tmp_path / "m.qari.sqlite"
    done = reader("import", "--db", str(db), str(article), str(spans), "--offsets", unit)
    assert done.returncode == 0, done.stderr  # at their offsets once converted: not moved
    assert stored(db) == [("PLACE", *BUKAMAL, "البوكمال", "units")]
    as_code = reader("import", "--db", str(tmp_path / "c.qari.sqlite"), str(article), str(spans))
    assert as_code.returncode == 1 and "moved: " in as_code.stderr  # read wrongly, it is said


def test_a_neutralised_cell_is_read_back_as_the_original(tmp_path: Path) -> None:
    spans = table(
        tmp_path / "n.csv",
        [
            ["doc", "start", "end", "label", "text", "note"],
            ["a", 0, 3, "ACTOR", neutralise("=قال"), neutralise("-x")],
        ],
    )
    aset = span_csv.read(spans)
    assert [(s.text, s.note) for s in aset.spans] == [("=قال", "-x")]


COLUMN_NAMES = {
    "doc": ["doc", "Document", "FILE_NAME"],
    "start": ["start", "Start Offset", "begin"],
    "end": ["end", "END_OFFSET", "stop"],
    "label": ["label", "Tag", "entity type"],
    "text": ["text", "Mention", "span text"],
    "annotator": ["annotator", "User", "coder"],
    "note": ["note", "Comments"],
}
cells = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
).filter(lambda s: s.strip() == s)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_random_tables_read_back_exactly_what_was_written(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    fields = data.draw(st.permutations(list(span_csv.FIELDS)))
    names = [data.draw(st.sampled_from(COLUMN_NAMES[f])) for f in fields]
    delimiter = data.draw(st.sampled_from([",", ";", "\t"]))
    rows = []
    for _ in range(data.draw(st.integers(1, 6))):
        start = data.draw(st.integers(0, 10_000))
        span = {
            "doc": data.draw(cells),
            "start": start,
            "end": start + data.draw(st.integers(1, 50)),
            "label": data.draw(cells),
            "text": data.draw(cells),
            "annotator": data.draw(cells),
            "note": data.draw(cells),
        }
        rows.append(span)
    path = tmp_path_factory.mktemp("fuzz") / "t.csv"
    table(
        path,
        [names, *[[neutralise(str(r[f])) for f in fields] for r in rows]],
        delimiter,
        bom=data.draw(st.booleans()),
    )
    aset = span_csv.read(path)
    docs = {d.key: d.title for d in aset.documents}
    read = [
        {
            "doc": docs[s.document],
            "start": s.start,
            "end": s.end,
            "label": s.label,
            "text": s.text,
            "annotator": s.annotator,
            "note": s.note,
        }
        for s in aset.spans
    ]
    assert read == rows


def test_a_carriage_return_in_a_tables_span_text_is_said(tmp_path: Path) -> None:
    spans = table(tmp_path / "cr.csv", [["doc", "start", "end", "label", "text"],
                                        ["a", 0, 5, "CLAIM", "قال\r\nإن"]])  # fmt: skip
    aset = span_csv.read(spans)
    assert [s.text for s in aset.spans] == ["قال\nإن"]
    assert "line 3: the text of a span labelled CLAIM holds a carriage return" in str(  # ends there
        aset.warnings[0]
    )


def test_each_column_a_table_has_beyond_the_spans_is_named(tmp_path: Path) -> None:
    plain = table(tmp_path / "p.csv", [["doc", "start", "end", "label"], ["a", 0, 3, "ACTOR"]])
    assert span_csv.read(plain).warnings == ()
    extra = table(tmp_path / "x.csv", [["doc", "start", "end", "label", "confidence", "Source"],
                                       ["a", 0, 3, "ACTOR", "0.9", "wire"]])  # fmt: skip
    named = [str(w) for w in span_csv.read(extra).warnings]
    assert named == [f"{extra}: the column 'confidence' is not imported",
                     f"{extra}: the column 'Source' is not imported"]  # fmt: skip
