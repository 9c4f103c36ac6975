"""CoNLL / IOB: one token a line with its tag last (tab- or space-separated), a blank line
between sentences, `-DOCSTART-` between documents.

Read: `B-X` begins a span, `I-X` continues one of the same label and otherwise begins
one (so IOB1 and IOB2 both read), `O` is outside; `E-`/`L-` and `S-`/`U-` (BIOES, BILOU)
end and make one-token spans. A document's text is its tokens joined by spaces, one
sentence a line: on import it is matched to a document of the file whose text is the
same apart from spacing, and its spans are moved onto that text exactly.

Write: tokens are the text's words, also cut at every span boundary so each span keeps
its exact characters; a sentence is a line of the text (never broken inside a span).
IOB holds neither overlapping spans, nor notes, nor titles, nor the text's spacing: where
spans overlap the earlier (then longer) is kept and every span left out is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.errors import FormatError
from reader.core.foreign import ForeignDocument, ForeignSpan
from reader.core.links import CUE_LABEL
from reader.core.review import AnnotationSet
from reader.core.text import context_around
from reader.core.words import QT_TR_NOOP, Where, Words, line_of, plural
from reader.formats.common import (
    MAX_TOKENS,
    CanonicalText,
    Faults,
    WriteReport,
    atomic_file,
    document,
    iter_lines,
    read_text,
    require_one_annotator,
    short_title,
    unwritten_links,
    unwritten_notes,
)

NAME = "conll"
DOCSTART = "-DOCSTART-"
_TAG = re.compile(r"^(?:O|([BIESLU])-(\S+))$")


@dataclass
class _Document:
    """A document being read: its text grows token by token; spans close as tags say."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    in_sentence: bool = False
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    open: tuple[str, int] | None = None
    last_end: int = 0

    def add(self, token: str, tag: str, where: Where) -> None:
        match = _TAG.match(tag)
        if match is None:
            raise FormatError(
                Words(
                    QT_TR_NOOP("{where}: tag {tag!r} is not O, B-LABEL or I-LABEL"),
                    where=where,
                    tag=tag,
                )
            )
        if self.parts:
            sep = " " if self.in_sentence else "\n"
            self.parts.append(sep)
            self.length += 1
        start = self.length
        self.parts.append(token)
        self.length += len(token)
        self.in_sentence = True
        self._tag(match.group(1), match.group(2), start)

    def _tag(self, kind: str | None, label: str | None, start: int) -> None:
        continues = self.open is not None and self.open[0] == label
        if kind is None or kind in "BSU" or not continues:
            self.close()
            if kind is not None and label is not None:
                self.open = (label, start)
        self.last_end = self.length
        if kind in ("E", "L", "S", "U"):
            self.close()

    def close(self) -> None:
        if self.open is not None:
            label, start = self.open
            self.spans.append((label, start, self.last_end))
            self.open = None

    def end_sentence(self) -> None:
        self.close()
        self.in_sentence = False

    def text(self) -> str:
        return "".join(self.parts)


NO_TAG = QT_TR_NOOP("{path}, line {number}: expected a token and a tag")


def read(path: Path) -> AnnotationSet:
    path = Path(path)
    annotator = path.stem
    found: list[_Document] = [_Document()]
    faults = Faults(path)  # every line without a tag, not only the first
    tokens = between = 0  # lines with columns between the token and its tag
    for number, line in enumerate(iter_lines(CanonicalText.of(read_text(path)).text), 1):
        if not line.strip():
            found[-1].end_sentence()
            continue
        columns = line.split("\t") if "\t" in line else line.split()
        token = columns[0].strip()
        if token == DOCSTART:
            found[-1].end_sentence()
            found.append(_Document())
            continue
        if len(columns) < 2 or not token:
            faults.add(Words(NO_TAG, path=path, number=number))
            continue
        tokens += 1
        if tokens > MAX_TOKENS:
            raise FormatError(
                Words(
                    QT_TR_NOOP("{path}: more than {MAX_TOKENS:,} tokens; split it to import it"),
                    path=path,
                    MAX_TOKENS=MAX_TOKENS,
                )
            )
        found[-1].add(token, columns[-1].strip(), line_of(path, number))
        between += len(columns) > 2
    faults.check()
    documents: list[ForeignDocument] = []
    spans: list[ForeignSpan] = []
    for doc in found:
        doc.end_sentence()
        if not doc.parts:
            continue
        text, key = doc.text(), len(documents)
        documents.append(document(key, text, article=False))
        for label, start, end in doc.spans:
            before, after = context_around(text, start, end)
            spans.append(
                ForeignSpan(key, label, start, end, text[start:end], before, after, "", annotator)
            )
    return AnnotationSet(str(path), tuple(documents), tuple(spans),
                         warnings=tuple(_between_said(path, between)))  # fmt: skip


def _between_said(path: Path, lines: int) -> list[Words]:
    """The columns between token and tag (part of speech, chunk) are not kept: said once."""
    if not lines:
        return []
    one = ("{path}: {count} line has columns between its token and its tag (such as "
           "part-of-speech tags); they are not imported")  # fmt: skip
    other = QT_TR_NOOP(
        "{path}: {count} lines have columns between their token and their tag (such as "
        "part-of-speech tags); they are not imported"
    )
    return [plural(one, other, lines, path=path)]


# ---------------------------------------------------------------- writing


def _without_overlaps(
    doc: ForeignDocument, spans: list[ForeignSpan], report: WriteReport
) -> list[ForeignSpan]:
    kept: list[ForeignSpan] = []
    for span in spans:  # in text order
        if kept and span.start < kept[-1].end:
            other = kept[-1]
            overlap = QT_TR_NOOP(
                "{title}: {label} «{text}» [{start}, {end}) left out: it overlaps {other} "
                "«{other_text}», and IOB cannot hold both"
            )
            report.losses.append(
                Words(overlap, title=short_title(doc), label=span.label, text=span.text,
                      start=str(span.start), end=str(span.end), other=other.label,
                      other_text=other.text)
            )  # fmt: skip
            continue
        kept.append(span)
    return kept


def _tokens(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Words of the text, also cut at every offset in `cuts` (sorted)."""
    tokens: list[tuple[int, int]] = []
    for match in re.finditer(r"\S+", text):
        start, end = match.span()
        for cut in cuts[bisect_right(cuts, start) : bisect_left(cuts, end)]:
            tokens.append((start, cut))
            start = cut
        tokens.append((start, end))
    return tokens


def _lines(doc: ForeignDocument, spans: list[ForeignSpan]) -> list[str]:
    text = doc.text or ""
    cuts = sorted({s.start for s in spans} | {s.end for s in spans})
    lines = [f"{DOCSTART}\tO", ""]
    k = 0
    previous_end = 0
    for start, end in _tokens(text, cuts):
        while k < len(spans) and spans[k].end <= start:
            k += 1
        in_span = k < len(spans) and spans[k].start <= start
        crosses = in_span and spans[k].start < start  # a span goes on over the line end
        if "\n" in text[previous_end:start] and lines[-1] and not crosses:
            lines.append("")
        tag = "O"
        if in_span:
            tag = ("B-" if start == spans[k].start else "I-") + spans[k].label
        lines.append(f"{text[start:end]}\t{tag}")
        previous_end = end
    if lines[-1]:
        lines.append("")
    return lines


def write(aset: AnnotationSet, out: Path) -> WriteReport:
    out = Path(out)
    require_one_annotator(aset, out, "a CoNLL file")
    report = WriteReport(out, len(aset.documents))
    per_doc = aset.spans_by_document()
    cues = sum(1 for s in aset.spans if s.label == CUE_LABEL)
    if cues:  # IOB has entity tags only: a B-CUE would read as a fourth kind of entity
        left = QT_TR_NOOP("{count} CUE spans (reporting words) not written: IOB tags entities")
        one = "{count} CUE span (a reporting word) not written: IOB tags entities"
        report.losses.append(plural(one, left, cues))
    with atomic_file(out) as fh:
        for doc in aset.documents:
            spans = [s for s in per_doc[doc.key] if s.label != CUE_LABEL]
            kept = _without_overlaps(doc, spans, report)
            report.spans += len(kept)
            fh.write("\n".join(_lines(doc, kept)) + "\n")
    report.losses += unwritten_notes(aset, Words(QT_TR_NOOP("IOB has no notes")))
    report.losses += unwritten_links(aset, Words(QT_TR_NOOP("IOB tags tokens, not links")))
    return report
