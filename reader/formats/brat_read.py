"""Reading brat standoff (the format is described in `brat`), as a stream: a 50 MB `.ann`
of 680,000 spans is never held whole, as text, lines or spans.

A first pass reads each `.ann` in blocks of bytes: the labels of its `T` lines are
counted (`brat_lines.labels_counted`), with nothing kept of them, and its few other
lines (notes, relations, normalisations) are decoded and read for good. The second pass decodes the
blocks and reads the `T` lines again, a block of usual lines at once (`brat_lines`), and
hands them over a run at a time (`span_batches`); a span is built whole, with its context
and note, only when the import asks for it or a link or an entity names it.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from reader.core.entities import EntityDef
from reader.core.errors import EmptyFileError, FormatError
from reader.core.foreign import ForeignLink, ForeignSpan
from reader.core.review import AnnotationSet
from reader.core.span_batches import BATCH, StreamEnd
from reader.core.text import context_around
from reader.core.words import QT_TR_NOOP, Where, Words, line_of, listed, plural
from reader.formats.common import (
    MAX_INPUT_BYTES,
    CanonicalText,
    Faults,
    check_spans,
    document,
    read_bytes,
    read_text,
)

UNNAMED = "Unnamed"  # the attribute of a claim whose source the text does not name
_OFFSETS = re.compile(r"^\d+ \d+(;\d+ \d+)*$")
_LABELS = re.compile(rb"\nT[^\t\n]*\t([^ \t\n]*)")  # each T line's label, in a block
_OTHER = re.compile(rb"\n[^T\n][^\n]*")  # each line that is not a T line
_BLOCK = 1 << 20  # bytes read at a time
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


def read(path: Path) -> AnnotationSet:
    """The whole file in memory (review, tests); an import uses `open_stream`."""
    stream = BratStream(Path(path))
    spans = tuple(b.span(i) for b in stream.batches() for i in range(len(b.starts)))
    end = stream.finish()
    return AnnotationSet(str(path), stream.documents, spans,
                         warnings=(*stream.warnings, *end.warnings), links=end.links,
                         entities=end.entities)  # fmt: skip


def open_stream(path: Path) -> AnnotationSet:
    """The file's documents and labels, its spans left in it to be read a run at a time."""
    stream = BratStream(Path(path))
    return AnnotationSet(str(path), stream.documents, (), warnings=tuple(stream.warnings),
                         stream=stream)  # fmt: skip


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


@dataclass
class _Pair:
    """One document and what the first pass read from its `.ann`."""

    key: int
    ann: Path | None
    canon: CanonicalText
    notes: dict[str, str] = field(default_factory=dict)  # by span id
    refs: dict[str, tuple[str, str]] = field(default_factory=dict)  # span id: entity, name
    links: list[tuple[Where, str, str, str | None]] = field(default_factory=list)
    other: Counter[tuple[str, str]] = field(default_factory=Counter)  # kinds not imported
    noted_at: dict[str, Words] = field(default_factory=dict)  # where each note is
    wanted: set[str] = field(default_factory=set)  # span ids a link or entity names
    seen: set[str] = field(default_factory=set)  # noted or named span ids found as spans


class BratStream:
    """A brat file or folder, its spans read a run at a time (`SpanStream`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.annotator = annotator_of(path)
        self.labels: Counter[str] = Counter()
        self.document_counts: dict[int, int] = {}
        self.warnings: list[Words] = []  # known before the spans are read
        self._late: list[Words] = []  # met while reading them
        self._faults = Faults(path)
        self._pairs: list[_Pair] = []
        for key, (txt, ann) in enumerate(_pairs(path)):
            self._pairs.append(self._first_pass(key, txt, ann))
        self.documents = tuple(document(p.key, p.canon.text) for p in self._pairs)
        self._built: dict[tuple[int, str], ForeignSpan] = {}  # the wanted spans, once read
        self._registry: dict[str, EntityDef] = {}  # by "RESOURCE:ID"
        check_spans(self.span_count, str(path))

    @property
    def span_count(self) -> int:
        return sum(self.labels.values())

    @property
    def annotators(self) -> list[str]:
        return [self.annotator] if self.span_count else []

    # ------------------------------------------------------------ first pass

    def _first_pass(self, key: int, txt: Path, ann: Path | None) -> _Pair:
        if not txt.exists():
            raise FormatError(
                Words(QT_TR_NOOP("{ann}: its text file {name} is missing"), ann=ann, name=txt.name)
            )
        canon = CanonicalText.of(read_text(txt))
        if not canon.text.strip():  # an empty document is never added
            raise EmptyFileError(txt)
        pair = _Pair(key, ann, canon)
        if ann is not None:
            labels: Counter[bytes] = Counter()
            for raw, first_line in _raw_blocks(ann):
                labels.update(self._scan(raw, first_line, pair))
            self.labels.update({_decoded(x, ann): n for x, n in labels.items()})
            self.document_counts[key] = sum(labels.values())
            self.warnings += _not_imported(ann, pair.other)
            ends = {ident for _, _, claim, target in pair.links for ident in (claim, target)}
            pair.wanted = set(pair.refs) | {ident for ident in ends if ident is not None}
        return pair

    def _scan(self, raw: bytes, first_line: int, pair: _Pair) -> Counter[bytes]:
        """Read the lines of a block that are not T lines; the labels of its T lines,
        counted, not decoded (a 50 MB file is decoded once, by the second pass)."""
        from reader.formats.brat_lines import labels_counted  # NumPy: not at start-up

        assert pair.ann is not None
        number, at = first_line, 0
        for m in _OTHER.finditer(raw):
            number += raw.count(b"\n", at, m.start())
            at = m.start()
            line = _decoded(m.group()[1:], pair.ann)
            if line.strip():
                self._other_line(line, line_of(pair.ann, number), pair)
        counted = labels_counted(raw)
        return Counter(_LABELS.findall(raw)) if counted is None else counted

    def _other_line(self, line: str, where: Words, pair: _Pair) -> None:
        kind = line[0]
        if kind == "#":
            self._note(line, where, pair)
        elif (link := _link_line(line)) is not None:
            pair.links.append((where, *link))
        elif kind == "N" and (ref := _reference(line)) is not None:
            ident, entity, name = ref
            pair.refs[ident] = (entity, name)
        elif kind in _KINDS:
            pair.other[_KINDS[kind]] += 1
        else:
            skipped = QT_TR_NOOP("{where}: not a brat annotation line; skipped")
            self.warnings.append(Words(skipped, where=where))

    def _note(self, line: str, where: Words, pair: _Pair) -> None:
        parts = line.split("\t", 2)
        kind, _, target = (parts[1] if len(parts) > 1 else "").partition(" ")
        if kind != "AnnotatorNotes":
            comment = QT_TR_NOOP("{where}: a comment of type {kind!r}; skipped")
            self.warnings.append(Words(comment, where=where, kind=kind or "(none)"))
            return
        ident, note = target.strip(), parts[2] if len(parts) > 2 else ""
        if not ident:
            stray = QT_TR_NOOP("{where}: a note on {target}, which is not a span")
            self.warnings.append(Words(stray, where=where, target="(nothing)"))
            return
        pair.notes[ident] = f"{pair.notes[ident]}\n{note}" if ident in pair.notes else note
        pair.noted_at.setdefault(ident, where)

    # ------------------------------------------------------------ second pass

    def batches(self) -> Iterator[_Batch]:
        for pair in self._pairs:
            if pair.ann is not None:
                yield from self._batches_of(pair)
        self._faults.check()

    def _batches_of(self, pair: _Pair) -> Iterator[_Batch]:
        assert pair.ann is not None
        for block in _blocks(pair.ann):
            rows = self._rows(block, pair)
            self._note_found(pair, rows)
            for at in range(0, len(rows.idents), BATCH):
                if not self._faults.found:  # a broken file is read on, to name all
                    yield _Batch(self, pair, rows.cut(at, at + BATCH))

    def _rows(self, block: _Block, pair: _Pair) -> _Rows:
        """The T lines of a block: a block of usual lines all at once (`brat_lines`),
        any other line by line."""
        size = -1 if pair.canon.crlf else len(pair.canon.text)  # CRLF: every line in full
        if size >= 0:
            from reader.formats.brat_lines import usual_lines  # NumPy: not at start-up

            if (usual := usual_lines(block.raw, block.text, size, self.labels)) is not None:
                return _Rows(*usual)
        return self._rows_by_line(block, pair, size)

    def _rows_by_line(self, block: _Block, pair: _Pair, size: int) -> _Rows:
        """The usual line (`T1<TAB>LABEL START END<TAB>TEXT` inside the text of a file
        with LF line ends) read inline, any other (discontinuous, CRLF, broken) by
        `_text_bound`."""
        assert pair.ann is not None
        idents: list[str] = []
        labels: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        texts: list[str] = []
        for offset, line in enumerate(block.text.split("\n")):
            if line[:1] != "T":
                continue
            try:
                ident, body, text = line.split("\t", 2)
                label, first, last = body.split(" ")
            except ValueError:  # not the usual shape: read in full below
                pass
            else:
                if first.isdecimal() and last.isdecimal() and label:
                    start, end = int(first), int(last)
                    if start < end <= size:
                        idents.append(ident)
                        labels.append(label)
                        starts.append(start)
                        ends.append(end)
                        texts.append(text)
                        continue
            with self._faults.each():
                where = line_of(pair.ann, block.first_line + offset - 1)
                ident, label, start, end, text = _text_bound(line, pair.canon, where, self._late)
                idents.append(ident)
                labels.append(label)
                starts.append(start)
                ends.append(end)
                texts.append(text)
        return _Rows(idents, labels, starts, ends, texts)

    def _note_found(self, pair: _Pair, rows: _Rows) -> None:
        """Mark the noted and named spans found, and build the ones the links want now,
        whether or not the import asks for them."""
        if pair.notes or pair.refs:  # the ids of a block are cut only when asked
            pair.seen.update((pair.notes.keys() | pair.refs.keys()).intersection(rows.idents))
        if not pair.wanted or pair.wanted.isdisjoint(rows.idents):
            return
        for i, ident in enumerate(rows.idents):
            if ident in pair.wanted:
                self.span_of(pair, ident, rows.labels[i], rows.starts[i], rows.ends[i],
                             rows.texts[i])  # fmt: skip

    def span_of(
        self, pair: _Pair, ident: str, label: str, start: int, end: int, text: str
    ) -> ForeignSpan:
        """The whole span of a row: its context, note and entity."""
        wanted = (pair.key, ident)
        if wanted in self._built:
            return self._built[wanted]
        before, after = context_around(pair.canon.text, start, end)
        entity = self._entity(pair, ident, label, text)
        span = ForeignSpan(pair.key, label, start, end, text, before, after,
                           pair.notes.get(ident, ""), self.annotator, entity=entity,
                           where=f"{pair.ann}, {ident}")  # fmt: skip
        if ident in pair.wanted:
            self._built[wanted] = span
        return span

    def _entity(self, pair: _Pair, ident: str, label: str, text: str) -> int | None:
        """The entity a normalisation line says the span names (one per RESOURCE:ID)."""
        if ident not in pair.refs:
            return None
        key, name = pair.refs[ident]
        entity = self._registry.setdefault(
            key, EntityDef(len(self._registry) + 1, label, name or text)
        )
        return entity.id

    # ------------------------------------------------------------ after the spans

    def finish(self) -> StreamEnd:
        links: list[ForeignLink] = []
        late = list(self._late)
        for pair in self._pairs:
            links += self._links(pair, late)
            stray = QT_TR_NOOP("{where}: a note on {target}, which is not a span")
            late += [Words(stray, where=pair.noted_at[ident], target=ident)
                     for ident in pair.notes if ident not in pair.seen]  # fmt: skip
            unnamed = sum(ident not in pair.seen for ident in pair.refs)
            if unnamed and pair.ann is not None:  # a normalisation of no span: not imported
                late += _not_imported(pair.ann, Counter({_KINDS["N"]: unnamed}))
        return StreamEnd(tuple(links), tuple(self._registry.values()), tuple(late))

    def _links(self, pair: _Pair, late: list[Words]) -> list[ForeignLink]:
        found = []
        for where, kind, claim, target in pair.links:
            start = self._built.get((pair.key, claim))
            end = self._built.get((pair.key, target)) if target is not None else None
            if start is None or (target is not None and end is None):
                not_spans = QT_TR_NOOP(
                    "{where}: a {kind} relation between things that are not spans"
                )
                late.append(Words(not_spans, where=where, kind=kind))
                continue
            found.append(ForeignLink(kind, start, end, self.annotator))
        return found


@dataclass
class _Rows:
    """T lines read, as columns."""

    idents: Sequence[str]  # a list, or `brat_lines.Slices` cut when asked
    labels: list[str]
    starts: list[int]
    ends: list[int]
    texts: list[str]

    def cut(self, start: int, end: int) -> _Rows:
        return _Rows(self.idents[start:end], self.labels[start:end], self.starts[start:end],
                     self.ends[start:end], self.texts[start:end])  # fmt: skip


class _Batch:
    """A run of one document's spans (`SpanBatch`)."""

    def __init__(self, stream: BratStream, pair: _Pair, rows: _Rows) -> None:
        self._stream, self._pair, self._idents = stream, pair, rows.idents
        self.document = pair.key
        self.labels, self.starts, self.ends = rows.labels, rows.starts, rows.ends
        self.texts = rows.texts
        self.annotators = [stream.annotator] * len(rows.idents)
        wanted = pair.wanted
        self.wanted = [i for i, x in enumerate(rows.idents) if x in wanted] if wanted else []

    def span(self, index: int) -> ForeignSpan:
        i = index
        return self._stream.span_of(self._pair, self._idents[i], self.labels[i], self.starts[i],
                                    self.ends[i], self.texts[i])  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Block:
    raw: bytes  # whole lines, LF ends, led by the line feed before its first line
    text: str  # the same, decoded
    first_line: int  # the number of that line


def _blocks(ann: Path) -> Iterator[_Block]:
    """The file in blocks of whole lines as text (see `_raw_blocks`), decoded a block at a
    time (a text stream's own newline handling took twice as long)."""
    for raw, first_line in _raw_blocks(ann):
        yield _Block(raw, _decoded(raw, ann), first_line)


def _raw_blocks(ann: Path) -> Iterator[tuple[bytes, int]]:
    """The file in blocks of whole lines, each led by a line feed, so that one pattern
    finds the start of every line, with the number of that line; line ends made LF, a BOM
    dropped."""
    if ann.stat().st_size > MAX_INPUT_BYTES:
        read_bytes(ann)  # refuses it, saying so
    rest, number = b"\n", 1
    with ann.open("rb") as fh:
        head = fh.read(len(codecs.BOM_UTF8))
        rest += b"" if head == codecs.BOM_UTF8 else head
        while chunk := fh.read(_BLOCK):
            data = rest + chunk
            cut = data.rfind(b"\n")
            cut -= cut > 0 and data[cut - 1] == ord("\r")  # a CRLF stays whole
            if cut <= 0:  # no line end yet (or only CRs): read on
                rest = data
                continue
            raw = _lf(data[:cut])
            yield raw, number
            number += raw.count(b"\n")
            rest = data[cut:]
    yield _lf(rest), number


def _lf(raw: bytes) -> bytes:
    """CRLF and CR line ends made LF (a CR byte is never part of a longer UTF-8 letter)."""
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n") if b"\r" in raw else raw


def _decoded(raw: bytes, ann: Path) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        read_text(ann)  # refuses it, naming the first bad byte
        raise


def _not_imported(ann: Path, other: Counter[tuple[str, str]]) -> list[Words]:
    if not other:
        return []
    counts = listed([plural(*kind, n) for kind, n in sorted(other.items())])
    not_kept = QT_TR_NOOP("{ann}: {counts} not imported (Qari keeps spans and notes)")
    return [Words(not_kept, ann=ann, counts=counts)]


def _reference(line: str) -> tuple[str, str, str] | None:
    """(span id, RESOURCE:ID, name) of `N1<TAB>Reference T3 RESOURCE:ID<TAB>NAME`; None for
    any other N line. The name is empty when the line gives none."""
    parts = line.split("\t")
    words = parts[1].split() if len(parts) > 1 else []
    if len(words) != 3 or words[0] != "Reference" or ":" not in words[2]:
        return None
    return words[1], words[2], parts[2].strip() if len(parts) > 2 else ""


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


def _text_bound(
    line: str, canon: CanonicalText, where: Where, warnings: list[Words]
) -> tuple[str, str, int, int, str]:
    """(id, label, start, end, text) of any T line, offsets moved onto the canonical
    text; a discontinuous span is its cover."""
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
    return ident, label, start, end, surface
