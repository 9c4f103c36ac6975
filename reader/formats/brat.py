"""brat standoff: a folder of NAME.txt + NAME.ann pairs (https://brat.nlplab.org/standoff.html).

Read: `T` lines are spans (`T1<TAB>LABEL START END<TAB>TEXT`); a discontinuous span
(`START END;START END`) becomes its covering span, with a warning unless only whitespace
lies between its fragments (brat splits a selection at line ends that way); `#` lines of
type AnnotatorNotes are notes. `R` lines between two spans are links
(`R1<TAB>SOURCE Arg1:T3 Arg2:T5`: the claim first), and an `A` line
`A1<TAB>Unnamed T3 SOURCE` is an unnamed source of claim T3. A normalisation
`N1<TAB>Reference T3 Qari:7<TAB>ريان ديلون` says that span T3 names entity 7 of resource
Qari, called ريان ديلون: spans with the same resource and id name one entity. Events,
other attributes and equivalences are counted and reported, not imported. Offsets count
code points of the `.txt` file as stored; a CRLF file's offsets are moved onto the
canonical text.

Write: one pair per document named by its SHA-256, plus `annotation.conf` (overlaps
allowed) and `visual.conf` (the label colours), so brat opens the folder as it is. brat
has no annotators or titles; a note's line breaks become spaces (reported). A claim's
attribution (its source, cue and places) is written as one binary `R` line a link, each
with the claim as Arg1 and declared in `annotation.conf` ([relations] SOURCE Arg1:CLAIM,
Arg2:ACTOR); an unnamed source as the `Unnamed` attribute of the claim, whose value is the
link type. The cue is a span of its own type, CUE. The entity a span names is an `N`
line (resource Qari, the entity's id, its preferred name); brat keeps one name a
normalisation, so aliases, notes and external ids are counted as not written.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.entities import EntityDef
from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan
from reader.core.labels import LabelDef, LabelStyle
from reader.core.links import LinkTypeDef
from reader.core.review import AnnotationSet
from reader.core.words import QT_TR_NOOP, Words, plural
from reader.formats.brat_read import UNNAMED, annotator_of, open_stream, read
from reader.formats.common import (
    WriteReport,
    atomic_folder,
    require_one_annotator,
    short_title,
)

__all__ = ["NAME", "annotator_of", "file_stem", "open_stream", "read", "write"]

NAME = "brat"
RESOURCE = "Qari"  # the normalisation resource the app writes its entities as


# ---------------------------------------------------------------- writing


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line ends, as brat itself stores a selection across lines."""
    pieces: list[tuple[int, int]] = []
    at = start
    for line in text[start:end].split("\n"):
        if line:
            pieces.append((at, at + len(line)))
        at += len(line) + 1
    return pieces


def _flat(note: str) -> str:
    return " ".join(note.replace("\t", " ").split("\n"))


def _ann_lines(
    doc: ForeignDocument,
    spans: list[ForeignSpan],
    links: list[ForeignLink],
    registry: dict[int | None, EntityDef],
    report: WriteReport,
) -> list[str]:
    text = doc.text or ""
    lines: list[str] = []
    notes = 0
    ids = {span: f"T{n}" for n, span in enumerate(spans, 1)}
    for n, span in enumerate(spans, 1):
        pieces = _fragments(text, span.start, span.end)
        offsets = ";".join(f"{a} {b}" for a, b in pieces)
        surface = " ".join(text[a:b] for a, b in pieces)
        lines.append(f"T{n}\t{span.label} {offsets}\t{surface}")
        if span.note:
            notes += 1
            flat = _flat(span.note)
            if flat != span.note:
                flattened = QT_TR_NOOP(
                    "{title}: the note on {label} «{text}» had line breaks or tabs; brat keeps "
                    "one line, so they became spaces"
                )
                report.losses.append(
                    Words(flattened, title=short_title(doc), label=span.label, text=span.text)
                )
            lines.append(f"#{notes}\tAnnotatorNotes T{n}\t{flat}")
    named = [k for k in links if k.target is not None]
    lines += [f"R{n}\t{k.type} Arg1:{ids[k.claim]} Arg2:{ids[k.target]}"
              for n, k in enumerate(named, 1) if k.target is not None]  # fmt: skip
    unnamed = [k for k in links if k.target is None]
    lines += [f"A{n}\t{UNNAMED} {ids[k.claim]} {k.type}" for n, k in enumerate(unnamed, 1)]
    named_by = [(ids[span], registry[span.entity]) for span in spans if span.entity in registry]
    lines += [f"N{n}\tReference {t} {RESOURCE}:{e.id}\t{_flat(e.name)}"
              for n, (t, e) in enumerate(named_by, 1)]  # fmt: skip
    return lines


def _conf(labels: list[LabelDef], link_types: list[LinkTypeDef]) -> tuple[str, str]:
    entities = "\n".join(label.name for label in labels)
    relations = "".join(f"{t.name}\tArg1:{t.claim_label}, Arg2:{t.target_label}\n"
                        for t in link_types)  # fmt: skip
    unnamed = "|".join(t.name for t in link_types if t.unnamed)
    claims = "|".join(sorted({t.claim_label for t in link_types if t.unnamed}))
    attributes = f"{UNNAMED}\tArg:{claims}, Value:{unnamed}\n" if unnamed else ""
    annotation = (
        f"[entities]\n{entities}\n\n[relations]\n{relations}"
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n"
        f"[attributes]\n{attributes}"
    )
    drawing = "\n".join(f"{label.name}\tbgColor:{label.colour}" for label in labels)
    visual = "[labels]\n" + "\n".join(f"{x.name} | {x.name.title()}" for x in labels)
    return annotation, f"{visual}\n\n[drawing]\n{drawing}\n"


def file_stem(index: int, doc: ForeignDocument) -> str:
    return f"{index:05d}-{doc.sha256[:12]}"


def write(aset: AnnotationSet, out: Path) -> WriteReport:
    out = Path(out)
    require_one_annotator(aset, out, "brat")
    report = WriteReport(out, len(aset.documents), len(aset.spans))
    per_doc = aset.spans_by_document()
    labels = list(aset.labels) or [
        LabelDef(name, "#CCCCCC", "", LabelStyle.BACKGROUND)
        for name in sorted({s.label for s in aset.spans})
    ]
    registry: dict[int | None, EntityDef] = {e.id: e for e in aset.entities}
    kept_apart = sum(bool(e.aliases or e.note or e.external_id) for e in aset.entities)
    if kept_apart:
        apart = QT_TR_NOOP(
            "{count} entities' aliases, notes or external ids not written (brat keeps one "
            "name a normalisation)"
        )
        one = ("{count} entity's aliases, notes or external id not written (brat keeps one "
               "name a normalisation)")  # fmt: skip
        report.losses.append(plural(one, apart, kept_apart))
    with atomic_folder(out) as folder:
        annotation, visual = _conf(labels, list(aset.link_types))
        (folder / "annotation.conf").write_text(annotation, encoding="utf-8")
        (folder / "visual.conf").write_text(visual, encoding="utf-8")
        for index, doc in enumerate(aset.documents, 1):
            stem = file_stem(index, doc)
            with (folder / f"{stem}.txt").open("w", encoding="utf-8", newline="") as fh:
                fh.write(doc.text or "")
            links = [k for k in aset.links if k.claim.document == doc.key]
            lines = _ann_lines(doc, per_doc[doc.key], links, registry, report)
            with (folder / f"{stem}.ann").open("w", encoding="utf-8", newline="") as fh:
                fh.write("".join(f"{line}\n" for line in lines))
    return report
