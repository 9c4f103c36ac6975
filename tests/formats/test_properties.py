"""Property tests: for every writer/reader pair, random Arabic texts (harakat, tatweel,
line breaks, characters outside the BMP) with random spans come back as written, less
exactly the stated loss of the format."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.folding import SpacingMap
from reader.core.foreign import ForeignDocument, ForeignSpan
from reader.core.review import AnnotationSet
from reader.core.text import context_around
from reader.formats.common import document
from reader.formats.registry import BY_NAME

ALPHABET = [
    *"ابتثجحخدرسشصعفقكلمنهوية",
    "\u064e", "\u064b", "\u0651", "\u0640",  # fatha, fathatan, shadda, tatweel
    " ", " ", "\n", "\u00a0", "\t", "«", "»", "،", ".", "-", "=", "\"", "a", "😀", "𝔸",
]  # fmt: skip
LABELS = ("ACTOR", "PLACE", "CLAIM")
Found = set[tuple[str, int, int, str, str]]  # label, start, end, note, annotator

texts = st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=60).filter(
    lambda t: bool(t.strip())
)


@st.composite
def annotation_sets(draw: st.DrawFn, annotators: tuple[str, ...]) -> AnnotationSet:
    documents: list[ForeignDocument] = []
    spans: list[ForeignSpan] = []
    seen: set[str] = set()
    for key in range(draw(st.integers(1, 3))):
        text = draw(texts.filter(lambda t: t not in seen))
        seen.add(text)
        documents.append(document(key, text))
        letters = [i for i, ch in enumerate(text) if not ch.isspace()]
        for _ in range(draw(st.integers(0, 5))):
            a, b = sorted(draw(st.lists(st.sampled_from(letters), min_size=2, max_size=2)))
            start, end = a, b + 1
            label = draw(st.sampled_from(LABELS))
            note = draw(st.sampled_from(["", "ملاحظة", "سطر\nثان", "=1+1"]))
            who = draw(st.sampled_from(annotators))
            before, after = context_around(text, start, end)
            span = ForeignSpan(key, label, start, end, text[start:end], before, after, note, who)
            if (key, label, start, end, who) not in {
                (s.document, s.label, s.start, s.end, s.annotator) for s in spans
            }:
                spans.append(span)
    return AnnotationSet("generated", tuple(documents), tuple(spans))


def by_text(aset: AnnotationSet) -> dict[str, Found]:
    texts_of = {d.key: d.text or "" for d in aset.documents}
    out: dict[str, Found] = {t: set() for t in texts_of.values()}
    for s in aset.spans:
        out[texts_of[s.document]].add((s.label, s.start, s.end, s.note, s.annotator))
    return out


def write_then_read(name: str, aset: AnnotationSet, stem: str) -> AnnotationSet:
    fmt = BY_NAME[name]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / (stem if fmt.folder else f"{stem}{fmt.pattern[1:]}")
        fmt.write(aset, out)
        return fmt.read(out)


def without_notes(found: dict[str, Found]) -> dict[str, Found]:
    return {t: {(lab, s, e, "", who) for lab, s, e, _, who in v} for t, v in found.items()}


@settings(max_examples=60, deadline=None)
@given(annotation_sets(("layla", "omar")))
def test_qari_jsonl_and_label_studio_give_back_everything(aset: AnnotationSet) -> None:
    for name in ("qari-jsonl", "label-studio"):
        assert by_text(write_then_read(name, aset, "x")) == by_text(aset), name


@settings(max_examples=60, deadline=None)
@given(annotation_sets(("layla",)))
def test_brat_gives_back_spans_with_notes_on_one_line(aset: AnnotationSet) -> None:
    back = by_text(write_then_read("brat", aset, "layla"))
    flat = {
        t: {(lab, s, e, note.replace("\n", " ").replace("\t", " "), who)
            for lab, s, e, note, who in v}
        for t, v in by_text(aset).items()
    }  # fmt: skip
    assert back == flat


@settings(max_examples=60, deadline=None)
@given(annotation_sets(("layla",)))
def test_doccano_gives_back_spans_without_notes(aset: AnnotationSet) -> None:
    assert by_text(write_then_read("doccano", aset, "layla")) == without_notes(by_text(aset))


@settings(max_examples=60, deadline=None)
@given(annotation_sets(("layla",)))
def test_csv_gives_back_spans_by_document_sha(aset: AnnotationSet) -> None:
    back = write_then_read("csv", aset, "x")
    sha_text = {d.sha256: d.text for d in aset.documents}
    got = {sha_text[d.sha256]: set() for d in back.documents}
    for s in back.spans:
        doc = back.documents[s.document]
        got[sha_text[doc.sha256]].add((s.label, s.start, s.end, s.note, s.annotator))
    assert got == {t: v for t, v in by_text(aset).items() if v}


@settings(max_examples=60, deadline=None)
@given(annotation_sets(("layla",)))
def test_conll_gives_back_the_spans_without_overlaps_on_the_same_letters(
    aset: AnnotationSet,
) -> None:
    back = write_then_read("conll", aset, "layla")
    mine = by_text(aset)
    assert len(back.documents) == len(aset.documents)
    for original, theirs in zip(aset.documents, back.documents, strict=True):
        assert original.text is not None and theirs.text is not None
        spacing = SpacingMap.of(theirs.text, original.text)
        got = set()
        for s in back.spans:
            if s.document == theirs.key:
                moved = spacing.span(s.start, s.end)
                assert moved is not None
                got.add((s.label, *moved, "", s.annotator))
        expected = without_notes({original.text: _no_overlaps(mine[original.text])})
        assert got == expected[original.text]


def _no_overlaps(found: Found) -> Found:
    kept: list[tuple[str, int, int, str, str]] = []
    for span in sorted(found, key=lambda x: (x[1], -x[2], x[0])):
        if not kept or span[1] >= kept[-1][2]:
            kept.append(span)
    return set(kept)
