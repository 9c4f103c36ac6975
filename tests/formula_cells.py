"""Annotations whose cells a spreadsheet would run as formulas, and the check that the
CSV export (made inert in SQL) writes exactly what `csv_format.write_csv` makes of the
same rows, on an annotation file and on a team database alike."""

from __future__ import annotations

from pathlib import Path

from reader.core.annotations import draft_span
from reader.formats.csv_format import read_csv, write_csv
from reader.formats.registry import by_name
from reader.services.exchange import export_annotations
from reader.storage import repository
from reader.storage.db import AnnotationFile

# Each trigger, its full-width form, apostrophes already in front, and harmless cells.
NOTES = ["=SUM(A1)", "+971 4", "-5", "@x", "\tx", "\rx", "\uff1dx", "\uff20x", "'=x", "''+x",
         "'plain", "", "قال", "a=b"]  # fmt: skip


def tag_formula_notes(file: AnnotationFile) -> None:
    """A span for each of NOTES, by two annotators, one of them named like a formula."""
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        for i, note in enumerate(NOTES):
            draft = draft_span(doc.id, doc.text, 3 * i, 3 * i + 2, "ACTOR", note=note)
            repository.add_annotation(s, draft, "=Layla" if i % 2 else "Layla")


def assert_export_as_written_row_by_row(file: AnnotationFile, folder: Path) -> None:
    out, reference = folder / "export.csv", folder / "reference.csv"
    export_annotations(file, by_name("csv"), out)
    with file.session() as s:
        rows = list(repository.iter_export_rows(s))
    write_csv(rows, reference)
    assert out.read_bytes() == reference.read_bytes()
    assert read_csv(out) == rows  # and it reads back as the annotations are
    assert sorted(r.note for r in rows) == sorted(NOTES)
