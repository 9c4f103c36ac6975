"""A brat file imported as a stream, a run of spans at a time (the 50 MB case): what is
stored is what the whole file read at once gives, whatever falls in which run; a file
broken past its first runs keeps nothing; a second import adds nothing."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import FormatError
from reader.formats import brat, brat_read
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
