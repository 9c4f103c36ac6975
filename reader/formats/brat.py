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

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

from reader.core.entities import EntityDef
from reader.core.errors import EmptyFileError, FormatError
from reader.core.labels import LabelDef, LabelStyle
from reader.core.links import LinkTypeDef
from reader.core.review import AnnotationSet, ForeignDocument, ForeignLink, ForeignSpan
from reader.core.text import context_around
from reader.core.words import QT_TR_NOOP, Where, Words, line_of, listed, plural
from reader.formats.common import (
    CanonicalText,
    Faults,
    WriteReport,
    atomic_folder,
    check_spans,
    document,
    iter_lines,
    read_text,
    require_one_annotator,
    short_title,
)

NAME = "brat"
RESOURCE = "Qari"  # the normalisation resource the app writes its entities as
UNNAMED = "Unnamed"  # the attribute of a claim whose source the text does not name
_OFFSETS = re.compile(r"^\d+ \d+(;\d+ \d+)*$")
_KINDS = {  # (one, other): said in the plural the count asks for
    "R": ("{count} relation", QT_TR_NOOP("{count} relations")),
    "E": ("{count} event", QT_TR_NOOP("{count} events")),
    "A": ("{count} attribute", QT_TR_NOOP("{count} attributes")),
    "M": ("{count} attribute", QT_TR_NOOP("{count} attributes")),
    "N": ("{count} normalisation", QT_TR_NOOP("{count} normalisations")),  # not References
    "*": ("{count} equivalence", QT_TR_NOOP("{count} equivalences")),
}


def annotator_of(path: Path) -> str:
    """brat names no annotator: its spans are taken as the work of one named after the
    file or folder."""
    return path.stem if path.is_file() else path.name


# ---------------------------------------------------------------- reading


def _pairs(path: Path) -> list[tuple[Path, Path | None]]:
    if path.is_dir():
        anns = sorted(path.rglob("*.ann"))
        texts = sorted(p for p in path.rglob("*.txt") if not p.with_suffix(".ann").exists())
        if not anns:
            raise FormatError(
                Words(QT_TR_NOOP("{path}: no .ann files; not a brat folder"), path=path)
            )
        pairs: list[tuple[Path, Path | None]] = [(a.with_suffix(".txt"), a) for a in anns]
        pairs += [(t, None) for t in texts]
        return sorted(pairs, key=lambda pair: pair[0])
    txt, ann = path.with_suffix(".txt"), path.with_suffix(".ann")
    return [(txt, ann if ann.exists() else None)]


def read(path: Path) -> AnnotationSet:
    path = Path(path)
    documents: list[ForeignDocument] = []
    spans: list[ForeignSpan] = []
    links: list[ForeignLink] = []
    warnings: list[Words] = []
    annotator = annotator_of(path)
    registry: dict[str, EntityDef] = {}  # by "RESOURCE:ID"
    faults = Faults(path)
    for key, (txt, ann) in enumerate(_pairs(path)):
        if not txt.exists():
            raise FormatError(
                Words(QT_TR_NOOP("{ann}: its text file {name} is missing"), ann=ann, name=txt.name)
            )
        canon = CanonicalText.of(read_text(txt))
        if not canon.text.strip():  # an empty document is never added
            raise EmptyFileError(txt)
        documents.append(document(key, canon.text))
        if ann is not None:
            found, linked = _read_ann(ann, canon, key, annotator, warnings, registry, faults)
            spans += found
            links += linked
            check_spans(len(spans), str(path))
    faults.check()
    return AnnotationSet(str(path), tuple(documents), tuple(spans), warnings=tuple(warnings),
                         links=tuple(links), entities=tuple(registry.values()))  # fmt: skip


class _Span:
    """A T line being read; its note may come on a later line."""

    __slots__ = ("end", "entity", "label", "note", "start", "surface")

    def __init__(self, label: str, start: int, end: int, surface: str) -> None:
        self.label, self.start, self.end, self.surface = label, start, end, surface
        self.note = ""
        self.entity: int | None = None


def _read_ann(
    ann: Path,
    canon: CanonicalText,
    key: int,
    annotator: str,
    warnings: list[Words],
    registry: dict[str, EntityDef],
    faults: Faults,
) -> tuple[list[ForeignSpan], list[ForeignLink]]:
    found: dict[str, _Span] = {}
    other: Counter[tuple[str, str]] = Counter()
    links: list[tuple[Where, str, str, str | None]] = []  # where, type, claim, target
    for number, line in enumerate(iter_lines(CanonicalText.of(read_text(ann)).text), 1):
        where = line_of(ann, number)
        if not line.strip():
            continue
        kind = line[0]
        if kind == "T":
            with faults.each():  # each bad span named, not only the first
                ident, span = _text_bound(line, canon, where, warnings)
                found[ident] = span
            check_spans(len(found), str(ann))
        elif kind == "#":
            _note(line, found, where, warnings)
        elif (link := _link_line(line)) is not None:
            links.append((where, *link))
        elif kind == "N" and _reference(line, found, registry):
            continue
        elif kind in _KINDS:
            other[_KINDS[kind]] += 1
        else:
            skipped = QT_TR_NOOP("{where}: not a brat annotation line; skipped")
            warnings.append(Words(skipped, where=where))
    if other:
        counts = listed([plural(*kind, n) for kind, n in sorted(other.items())])
        not_kept = QT_TR_NOOP("{ann}: {counts} not imported (Qari keeps spans and notes)")
        warnings.append(Words(not_kept, ann=ann, counts=counts))
    text = canon.text
    spans = {}
    for ident, span in found.items():
        before, after = context_around(text, span.start, span.end)
        spans[ident] = ForeignSpan(key, span.label, span.start, span.end, span.surface, before,
                                   after, span.note, annotator, entity=span.entity,
                                   where=f"{ann}, {ident}")  # fmt: skip
    return list(spans.values()), _links(links, spans, annotator, warnings)


def _reference(line: str, found: dict[str, _Span], registry: dict[str, EntityDef]) -> bool:
    """Read `N1<TAB>Reference T3 RESOURCE:ID<TAB>NAME` onto span T3 (one of the spans
    above it, as brat writes them); False for any other N line."""
    parts = line.split("\t")
    words = parts[1].split() if len(parts) > 1 else []
    if len(words) != 3 or words[0] != "Reference" or ":" not in words[2]:
        return False
    span = found.get(words[1])
    if span is None:
        return False
    name = parts[2].strip() if len(parts) > 2 and parts[2].strip() else span.surface
    entity = registry.setdefault(words[2], EntityDef(len(registry) + 1, span.label, name))
    span.entity = entity.id
    return True


def _link_line(line: str) -> tuple[str, str, str | None] | None:
    """(type, claim id, target id) of an `R` line between two spans, or (type, claim id,
    None) of an `Unnamed` attribute; None for any other line."""
    parts = line.split("\t")
    words = parts[1].split() if len(parts) > 1 else []
    if line.startswith("R") and len(words) == 3 and all(":" in w for w in words[1:]):
        return words[0], words[1].split(":", 1)[1], words[2].split(":", 1)[1]
    if line.startswith("A") and len(words) == 3 and words[0] == UNNAMED:
        return words[2], words[1], None
    return None


def _links(
    lines: list[tuple[Where, str, str, str | None]],
    spans: dict[str, ForeignSpan],
    annotator: str,
    warnings: list[Words],
) -> list[ForeignLink]:
    found = []
    for where, kind, claim, target in lines:
        if claim not in spans or (target is not None and target not in spans):
            not_spans = QT_TR_NOOP("{where}: a {kind} relation between things that are not spans")
            warnings.append(Words(not_spans, where=where, kind=kind))
            continue
        end = spans[target] if target is not None else None
        found.append(ForeignLink(kind, spans[claim], end, annotator))
    return found


def _text_bound(
    line: str, canon: CanonicalText, where: Where, warnings: list[Words]
) -> tuple[str, _Span]:
    parts = line.split("\t", 2)
    if len(parts) < 2:
        raise FormatError(
            Words(
                QT_TR_NOOP("{where}: a T line needs an id, a label with offsets, and text"),
                where=where,
            )
        )
    ident, body = parts[0], parts[1]
    label, _, offsets = body.partition(" ")
    if not label or not _OFFSETS.match(offsets):
        raise FormatError(
            Words(
                QT_TR_NOOP("{where}: expected 'LABEL START END' after {ident}, got {body!r}"),
                where=where,
                ident=ident,
                body=body,
            )
        )
    raw = canon.raw
    fragments = sorted(tuple(map(int, f.split(" "))) for f in offsets.split(";"))
    for start, end in fragments:
        if not 0 <= start < end <= len(raw):
            raise FormatError(
                Words(
                    QT_TR_NOOP(
                        "{where}: {ident} [{start}, {end}) is not inside the text (0 to "
                        "{raw_count})"
                    ),
                    where=where,
                    ident=ident,
                    start=start,
                    end=end,
                    raw_count=len(raw),
                )
            )
    first, last = min(s for s, _ in fragments), max(e for _, e in fragments)
    start, end = canon.offset(first), canon.offset(last)
    surface = canon.text[start:end]
    recorded = parts[2] if len(parts) > 2 else None
    expected = " ".join(raw[s:e] for s, e in fragments)
    if len(fragments) > 1:
        gaps = [raw[a:b] for (_, a), (b, _) in pairwise(fragments)]
        if any(g.strip() for g in gaps):
            covered = QT_TR_NOOP(
                "{where}: {ident} is discontinuous ({count} fragments); read as its covering "
                "span [{start}, {end})"
            )
            warnings.append(
                Words(covered, where=where, ident=ident, count=len(fragments), start=start, end=end)
            )
    elif recorded is not None and recorded != expected:
        surface = recorded  # the offsets disagree with the text: re-anchored on import
    return ident, _Span(label, start, end, surface)


def _note(line: str, found: dict[str, _Span], where: Where, warnings: list[Words]) -> None:
    parts = line.split("\t", 2)
    kind, _, target = (parts[1] if len(parts) > 1 else "").partition(" ")
    if kind != "AnnotatorNotes":
        comment = QT_TR_NOOP("{where}: a comment of type {kind!r}; skipped")
        warnings.append(Words(comment, where=where, kind=kind or "(none)"))
        return
    span = found.get(target.strip())
    if span is None:
        stray = QT_TR_NOOP("{where}: a note on {target}, which is not a span")
        warnings.append(Words(stray, where=where, target=target.strip() or "(nothing)"))
        return
    note = parts[2] if len(parts) > 2 else ""
    span.note = f"{span.note}\n{note}" if span.note else note


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
