"""Who said what, as the table an analyst pastes into a report: one row per attribution
(a claim and one of its sources), in the same Excel-safe CSV as the span export.

Columns: the article (id, SHA-256, title, outlet, date), the claim (start, end, text),
the source (start, end, text; empty for an unnamed source, and `source_kind` says
"named", "unnamed" or "" for a claim no source is linked to yet), its cue (the first,
start, end, text; more cues joined by " | " in `cues`), the places it is about (joined by
" | "), and the annotator. Every claim has at least one row. Written only: to move
annotations between files, use the Qari JSONL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from reader.core.errors import FormatError
from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan
from reader.core.links import ABOUT, CLAIM, CUE, SOURCE
from reader.core.review import AnnotationSet
from reader.core.words import QT_TR_NOOP, Words
from reader.formats.common import WriteReport
from reader.formats.csv_format import safe_cells, write_table

NAME = "claims-csv"
JOIN = " | "
COLUMNS = (
    "document_id", "sha256", "title", "outlet", "date",
    "claim_start", "claim_end", "claim_text",
    "source_kind", "source_start", "source_end", "source_text",
    "cue_start", "cue_end", "cue_text", "cues", "places", "annotator",
)  # fmt: skip


def read(path: Path) -> AnnotationSet:
    raise FormatError(
        Words(
            QT_TR_NOOP(
                "{path}: a claims CSV is written for spreadsheets; it cannot be read back "
                "(move annotations between files with the Qari JSONL)"
            ),
            path=path,
        )
    )


def _ends(span: ForeignSpan | None) -> list[str | int]:
    return [span.start, span.end, span.text] if span else ["", "", ""]


def rows(aset: AnnotationSet) -> Iterator[list[str | int]]:
    """The table's rows, claims in document then text order."""
    docs = {d.key: d for d in aset.documents}
    links: dict[ForeignSpan, list[ForeignLink]] = defaultdict(list)
    for link in aset.links:
        links[link.claim].append(link)
    for claim in sorted((s for s in aset.spans if s.label == CLAIM),
                        key=lambda s: (s.document, s.start, -s.end)):  # fmt: skip
        yield from _claim_rows(docs[claim.document], claim, links[claim])


def _claim_rows(
    doc: ForeignDocument, claim: ForeignSpan, links: list[ForeignLink]
) -> Iterator[list[str | int]]:
    of = defaultdict(list)
    for link in links:
        of[link.type].append(link.target)
    cues = sorted((c for c in of[CUE] if c), key=lambda c: c.start)
    places = JOIN.join(p.text for p in sorted((p for p in of[ABOUT] if p), key=lambda p: p.start))
    sources = of[SOURCE] or [None]
    for source in sources:
        kind = "" if not of[SOURCE] else "named" if source else "unnamed"
        yield safe_cells([
            doc.key, doc.sha256, doc.title, doc.source, doc.date, *_ends(claim), kind,
            *_ends(source), *_ends(cues[0] if cues else None), JOIN.join(c.text for c in cues),
            places, claim.annotator,
        ])  # fmt: skip


def write(aset: AnnotationSet, out: Path, bom: bool = True) -> WriteReport:
    count = write_table(COLUMNS, rows(aset), Path(out), bom)
    return WriteReport(Path(out), len({s.document for s in aset.spans}), count)
