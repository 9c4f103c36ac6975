"""A brat file imported as a stream, a run of spans at a time (the 50 MB case): what is
stored is what the whole file read at once gives, whatever falls in which run; a file
broken past its first runs keeps nothing; a second import adds nothing."""

from __future__ import annotations

import random
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.errors import FormatError
from reader.formats import brat, brat_lines, brat_read
from reader.services.annotation_files import open_annotation_file
from reader.services.annotation_import import import_annotations
from reader.services.exchange import Incoming, read_annotations
from reader.storage import annotation_sets, reads
from reader.storage.db import AnnotationFile

WORDS = ("قال", "ديلون", "إن", "التحالف", "في", "البوكمال", "ودير", "الزور", "الجيش", "العربي")


@pytest.fixture(autouse=True)
def small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of four spans, blocks of 90 characters: a small file crosses many of each."""
    monkeypatch.setattr(brat_read, "BATCH", 4)
    monkeypatch.setattr(brat_read, "_BLOCK", 90)


def collection(folder: Path, broken: str = "") -> Path:
    """One article and its .ann: 30 spans in shuffled order, one listed twice, a note
    given before its span, links and entity references between spans of different
    runs, and `broken` appended near the end."""
    rng = random.Random(7)
    text = "\n".join(" ".join(rng.choice(WORDS) for _ in range(12)) for _ in range(8))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    bounds = [(m, m + len(w)) for m, w in _words(text)]
    lines = []
    for n, (start, end) in enumerate(rng.sample(bounds, 30), 1):
        label = ("CLAIM", "ACTOR", "PLACE")[n % 3]  # T3, T27 claims; T1, T25, T28 actors
        lines.append(f"T{n}\t{label} {start} {end}\t{text[start:end]}")
    lines.insert(0, "#1\tAnnotatorNotes T29\tقيل قبل سطره")  # a note before its span
    lines.append(lines[5].replace("T6\t", "T31\t"))  # a span listed twice
    lines += ["R1\tSOURCE Arg1:T3 Arg2:T28", "A1\tUnnamed T27 SOURCE",
              "N1\tReference T1 Qari:5\tاسم", "N2\tReference T25 Qari:5\tاسم"]  # fmt: skip
    lines.insert(-3, broken) if broken else None
    (folder / "a.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _words(text: str) -> list[tuple[int, str]]:
    found, at = [], 0
    for word in text.replace("\n", " ").split(" "):
        found.append((at, word))
        at += len(word) + 1
    return found


def spans_in(file: AnnotationFile) -> int:
    return int(file.reader.execute("SELECT count(*) FROM annotation").fetchone()[0])


def stored(file: AnnotationFile) -> tuple[list[tuple[object, ...]], list[tuple[str, ...]]]:
    """Every span (label, offsets, note, entity name) and link (type, claim, target)."""
    with file.session() as s:
        aset = annotation_sets.annotation_set(s, "x")
    names = {e.id: e.name for e in aset.entities}
    spans = sorted((s.label, s.start, s.end, s.note, names.get(s.entity or 0, ""))
                   for s in aset.spans)  # fmt: skip
    links = sorted((k.type, k.claim.text, k.target.text if k.target else "") for k in aset.links)
    return spans, links


def test_a_streamed_import_stores_what_the_whole_file_gives(tmp_path: Path) -> None:
    folder = collection(tmp_path / "c")
    incoming = read_annotations(folder)
    assert incoming is not None and incoming.annotations.stream is not None
    assert incoming.annotations.span_count == 31 and incoming.annotations.spans == ()
    streamed = open_annotation_file(tmp_path / "streamed.qari.sqlite")
    report = import_annotations(streamed, incoming)
    assert (report.spans_added, report.spans_merged, report.links_added) == (30, 1, 2)
    assert (report.entities_added, report.mentions_linked) == (1, 2)
    held = open_annotation_file(tmp_path / "held.qari.sqlite")
    whole = Incoming(folder, "brat", brat.read(folder))  # read at once, as review does
    assert whole.annotations.stream is None and len(whole.annotations.spans) == 31
    import_annotations(held, whole)
    assert stored(streamed) == stored(held)
    spans, links = stored(streamed)
    assert any(note == "قيل قبل سطره" for *_, note, _ in spans)
    assert sum(name == "اسم" for *_, name in spans) == 2 and len(links) == 2


def test_a_second_streamed_import_adds_nothing(tmp_path: Path) -> None:
    folder = collection(tmp_path / "c")
    file = open_annotation_file(tmp_path / "f.qari.sqlite")
    incoming = read_annotations(folder)
    assert incoming is not None
    import_annotations(file, incoming)
    again = import_annotations(file, read_annotations(folder))  # type: ignore[arg-type]
    assert (again.spans_added, again.spans_present, again.spans_merged) == (0, 30, 1)
    assert (again.links_added, again.entities_added) == (0, 0)
    assert spans_in(file) == 30


def test_a_file_broken_past_its_first_runs_keeps_nothing(tmp_path: Path) -> None:
    folder = collection(tmp_path / "c", broken="T99\tPLACE 5 999999\tبعيد")
    file = open_annotation_file(tmp_path / "f.qari.sqlite")
    incoming = read_annotations(folder)  # the labels are read; the spans wait
    assert incoming is not None
    with pytest.raises(FormatError, match=r"a\.ann, line 34: T99 \[5, 999999\) is not inside"):
        import_annotations(file, incoming)
    assert reads.count_documents(file.reader) == 0  # the document went with the spans
    assert spans_in(file) == 0


@pytest.mark.parametrize("late", [True, False])
def test_a_bad_byte_anywhere_in_the_ann_refuses_it_and_keeps_nothing(
    tmp_path: Path, late: bool
) -> None:
    """A byte that is not UTF-8, in a span's text past the first runs (found when the spans
    are read) or in a note (found before): the file is refused, naming it and the byte,
    and neither the annotation file nor the .ann changes."""
    folder = collection(tmp_path / "c")
    ann = folder / "a.ann"
    bad = b"T40\tPLACE 0 3\t\xd8\n" if late else b"#2\tAnnotatorNotes T1\t\xff\n"
    ann.write_bytes(ann.read_bytes() + bad)
    before = ann.read_bytes()
    file = open_annotation_file(tmp_path / "f.qari.sqlite")
    refused = rf"a\.ann: not valid UTF-8 \(bad byte 0x{bad[-2]:02x} at byte {len(before) - 2}\)"
    with pytest.raises(FormatError, match=refused):
        import_annotations(file, read_annotations(folder))  # type: ignore[arg-type]
    assert (reads.count_documents(file.reader), spans_in(file)) == (0, 0)
    assert ann.read_bytes() == before


def test_a_span_moved_in_a_late_run_is_listed(tmp_path: Path) -> None:
    folder = collection(tmp_path / "c")
    text = (folder / "a.txt").read_text(encoding="utf-8")
    word = next(w for w in WORDS if w in text and not text.startswith(w) and len(w) > 3)
    with (folder / "a.ann").open("a", encoding="utf-8") as fh:
        fh.write(f"T40\tPLACE 0 {len(word)}\t{word}\n")  # its text is elsewhere
    file = open_annotation_file(tmp_path / "f.qari.sqlite")
    report = import_annotations(file, read_annotations(folder))  # type: ignore[arg-type]
    assert report.spans_moved == 1
    [moved] = map(str, report.moved)
    assert "a.ann, T40" in moved and f"«{word}» [0, {len(word)}) is not at its offsets" in moved
    start = int(moved.split("stored at [")[1].split(",")[0])
    assert text[start : start + len(word)] == word


def test_a_second_import_finds_the_spans_it_widened_to_whole_letters(tmp_path: Path) -> None:
    """Spans that split a letter from its damma are stored widened; imported again, they
    are found as they were stored (present, not said to be widened again), and the link
    on one of them is found too."""
    folder = tmp_path / "c"
    folder.mkdir()
    text = "قال الجيش إن البُوكمال محاصرة."  # البُوكمال at [13, 22): its ب carries a damma
    (folder / "a.txt").write_text(text, encoding="utf-8")
    lines = ["T1\tACTOR 13 16\tالب", "T2\tPLACE 16 22\tُوكمال", "T3\tCLAIM 0 3\tقال",
             "T4\tACTOR 4 9\tالجيش", "R1\tSOURCE Arg1:T3 Arg2:T1"]  # fmt: skip
    (folder / "a.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    file = open_annotation_file(tmp_path / "f.qari.sqlite")
    first = import_annotations(file, read_annotations(folder))  # type: ignore[arg-type]
    assert (first.spans_added, len(first.extended), first.links_added) == (4, 2, 1)
    again = import_annotations(file, read_annotations(folder))  # type: ignore[arg-type]
    assert (again.spans_added, again.spans_present, again.spans_merged) == (0, 4, 0)
    assert (again.extended, again.links_present, again.links_added) == ([], 1, 0)
    spans, links = stored(file)
    assert [(label, start, end) for label, start, end, *_ in spans] == [
        ("ACTOR", 4, 9), ("ACTOR", 13, 17), ("CLAIM", 0, 3), ("PLACE", 15, 22)]  # fmt: skip
    assert links == [("SOURCE", "قال", "البُ")]


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.text(st.sampled_from("Tab \tقال١"), max_size=12), max_size=30),
    ends=st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=30, max_size=30),
    bom=st.booleans(),
    block=st.integers(1, 40),
)
def test_the_blocks_of_a_file_are_its_text_with_every_line_numbered(
    lines: list[str], ends: list[str], bom: bool, block: int
) -> None:
    """Read in blocks of bytes, whatever the block size: the text is the file's as a text
    stream reads it (a BOM dropped, CRLF and CR made LF), each block whole lines led by a
    line feed, numbered as the file counts its lines."""
    raw = "".join(line + end for line, end in zip(lines, ends, strict=False))
    with tempfile.TemporaryDirectory() as folder:
        ann = Path(folder) / "a.ann"
        ann.write_bytes((b"\xef\xbb\xbf" if bom else b"") + raw.encode("utf-8"))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(brat_read, "_BLOCK", block)
            blocks = list(brat_read._blocks(ann))
        with ann.open(encoding="utf-8-sig") as fh:
            expected = fh.read()
    assert all(b.text[:1] == "\n" for b in blocks)
    assert "".join(b.text[1:] if i == 0 else b.text for i, b in enumerate(blocks)) == expected
    numbered = [(b.first_line + n, line) for b in blocks
                for n, line in enumerate(b.text.split("\n")[1:])]  # fmt: skip
    assert numbered == list(enumerate(expected.split("\n"), 1))


def _usual_line(line: str, size: int) -> tuple[str, str, int, int, str] | None:
    """The usual T line read as the reading line by line reads it; None for any other."""
    parts = line.split("\t", 2)
    words = parts[1].split(" ") if len(parts) == 3 else []
    if len(words) != 3 or not words[0] or not (words[1].isdecimal() and words[2].isdecimal()):
        return None
    start, end = int(words[1]), int(words[2])
    return (parts[0], words[0], start, end, parts[2]) if start < end <= size else None


_usual_lines = st.builds(
    lambda ident, label, start, length, text: f"T{ident}\t{label} {start} {start + length}\t{text}",
    st.text("1٣x", max_size=3), st.sampled_from(("A", "AB", "مكان")), st.integers(0, 9),
    st.integers(0, 2), st.text("قال T\t1 ", max_size=6),
)  # fmt: skip
_BODIES = ("A 1 5", "B 2 6", "A  1 5", "A 1 ١٢", "A 9 3", "A 1 5 7", "5 9", "A +1 5",
           "A 1_0 12", "A 1 +5", "A 1 5 ", " 1 5", "T2 7 9", "A 1 0000000000000000000005",
           "قال", "")  # fmt: skip
_odd_lines = st.builds(
    lambda ident, body, texts: "\t".join((ident, body, *texts)),
    st.sampled_from(("T1", "T", "x", "", "#1", "R1")), st.sampled_from(_BODIES),
    st.lists(st.sampled_from(("قال", "x y", "", "T2 7 9", "A 1 5")), max_size=2),
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    lines=st.lists(st.sampled_from((_usual_lines,) * 5 + (_odd_lines,)).flatmap(lambda x: x),
                   min_size=1),
    unknown=st.booleans(),
)  # fmt: skip
@example(lines=["T1\tA 1 5\tقال", "T2\t 1 5\tقال"], unknown=False)  # no label
@example(lines=["T1\tA +1 5\tقال"], unknown=False)  # not digits
@example(lines=["T1\tA  5\tقال"], unknown=False)  # an empty offset
@example(lines=["T1\tA 1 5\tقال\tقيل", "T2\tB 2 6\t"], unknown=False)  # a tab, no text
@example(lines=["#1\tAnnotatorNotes T1\tملاحظة", "T1\tA 1 5\tقال", ""], unknown=False)
def test_a_block_read_at_once_is_read_as_line_by_line(lines: list[str], unknown: bool) -> None:
    """A block is read at once only when every T line in it is usual, with a label the
    first pass counted, and then gives the rows reading it line by line gives (lines not
    led by T are no spans); any other block is left to that reading (a line read wrongly
    or dropped would be a span lost or misplaced). A block of usual lines is read at once
    unless an offset has more digits than 64 bits hold."""
    block = "\n" + "\n".join(lines)
    raw = block.encode("utf-8")
    counted = sorted({x.decode("utf-8") for x in brat_read._LABELS.findall(raw)}, reverse=True)
    given = counted[1:] if unknown else counted  # `unknown`: one not given (AB before A)
    rows = brat_lines.usual_lines(raw, block, 10, given)
    one_by_one = [_usual_line(line, 10) for line in lines if line[:1] == "T"]
    if None in one_by_one or not one_by_one or any(r[1] not in given for r in one_by_one if r):
        assert rows is None
    elif rows is not None:
        assert list(zip(*rows, strict=True)) == one_by_one
    else:
        bodies = [line.split("\t")[1] for line in lines if line[:1] == "T"]
        assert any(len(word) > 18 for body in bodies for word in body.split(" "))


@settings(max_examples=500, deadline=None)
@given(
    lines=st.lists(st.one_of(_usual_lines, _odd_lines, st.text("T\t A١"))),
    most=st.integers(1, 4),
)
def test_the_labels_of_a_block_are_counted_as_the_pattern_finds_them(
    lines: list[str], most: int
) -> None:
    """The first pass counts labels over bytes; what it counts is what the pattern finds
    (a line led by T, up to its first tab, then a word), or it says it cannot (None past
    `most` labels) and the pattern is used."""
    raw = ("\n" + "\n".join(lines)).encode("utf-8")
    found = Counter(brat_read._LABELS.findall(raw))
    counted = brat_lines.labels_counted(raw, most)
    assert counted == found if len(found) <= most else counted is None
