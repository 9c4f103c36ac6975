"""Hostile input at every door: article files, every annotation format, Qari annotation
files from colleagues, the command line. Whatever the bytes, a reader returns or raises a
KnownError that names the file (which the app shows as a message); nothing else escapes,
nothing from a file is executed, and a 50 MB input is read in bounded memory.

Hypothesis feeds random bytes, valid files mutated (truncated, bytes changed, bytes
inserted), JSON of the wrong shape and types, and deep nesting."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.articles import iter_drafts
from reader.core.errors import ArticleError, KnownError
from reader.core.foreign import ForeignSpan
from reader.core.review import AnnotationSet
from reader.core.text import context_around
from reader.formats.common import document
from reader.formats.registry import BY_NAME
from reader.services.exchange import read_annotations
from tests.conftest import REPO

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The file name each format is read from (brat: the .ann beside its .txt).
NAMES = {
    "brat": "doc.ann",
    "doccano": "doc.jsonl",
    "label-studio": "doc.json",
    "conll": "doc.conll",
    "csv": "doc.csv",
    "qari-jsonl": "doc.qari.jsonl",
}


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def _sample() -> AnnotationSet:
    text = "قال الجيش العربي السوري إن مدينة دير الزور\nتعرضت لعاصفة «غبارية» 😀."
    spans = []
    for label, needle in (("ACTOR", "الجيش العربي السوري"), ("PLACE", "دير الزور")):
        start = text.index(needle)
        end = start + len(needle)
        before, after = context_around(text, start, end)
        spans.append(ForeignSpan(0, label, start, end, needle, before, after, "=1+1", "Layla"))
    return AnnotationSet("sample", (document(0, text, "عنوان"),), tuple(spans))


@functools.cache
def _valid_bytes(fmt: str) -> bytes:
    """A good file of `fmt`, as the app's writer makes it (brat: its .ann)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / NAMES[fmt]
        BY_NAME[fmt].write(_sample(), Path(folder) / "brat" if fmt == "brat" else out)
        written = out if out.exists() else next(Path(folder).rglob("*.ann"))
        return written.read_bytes()


def _read_as(fmt: str | None, data: bytes, folder: Path) -> None:
    """Read `data` as `fmt` (None: detect) the way import and review do; only a result
    or a KnownError naming the file may come back."""
    name = NAMES.get(fmt or "", "doc.jsonl")
    path = folder / name
    if fmt == "brat":
        path.with_suffix(".txt").write_text("قال الجيش العربي السوري إن مدينة دير الزور")
    path.write_bytes(data)
    try:
        read_annotations(path, fmt)
    except KnownError as err:
        assert str(path) in str(err) or str(path.with_suffix(".txt")) in str(err)


def _read_articles(suffix: str, data: bytes, folder: Path) -> None:
    path = folder / f"article{suffix}"
    path.write_bytes(data)
    for item in iter_drafts([path]):
        if isinstance(item, ArticleError):
            assert str(path) in str(item)


mutations = st.lists(
    st.tuples(
        st.sampled_from(["cut", "set", "insert"]),
        st.integers(0, 10**6),
        st.binary(min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=4,
)


def _mutate(data: bytes, steps: list[tuple[str, int, bytes]]) -> bytes:
    for kind, at, chunk in steps:
        at = at % (len(data) + 1)
        if kind == "cut":
            data = data[:at]
        elif kind == "set":
            data = data[:at] + chunk + data[at + len(chunk) :]
        else:
            data = data[:at] + chunk + data[at:]
    return data


@pytest.mark.parametrize("fmt", [*NAMES, None])
@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes_in_any_annotation_format_are_read_or_refused(
    scratch: Path, fmt: str | None, data: bytes
) -> None:
    _read_as(fmt, data, scratch)


@pytest.mark.parametrize("fmt", list(NAMES))
@FUZZ
@given(steps=mutations)
def test_valid_files_truncated_or_corrupted_are_read_or_refused(
    scratch: Path, fmt: str, steps: list[tuple[str, int, bytes]]
) -> None:
    _read_as(fmt, _mutate(_valid_bytes(fmt), steps), scratch)


JSON_KEYS = [
    "text", "label", "labels", "data", "annotations", "result", "value", "start", "end",
    "type", "id", "format", "version", "name", "annotator", "document", "completed_by",
    "entities", "start_offset", "end_offset", "note", "sha256",
]  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(JSON_KEYS), inner, max_size=6)
    ),
    max_leaves=20,
)


@pytest.mark.parametrize("fmt", ["doccano", "label-studio", "qari-jsonl"])
@FUZZ
@given(lines=st.lists(json_values, min_size=1, max_size=4))
def test_json_of_the_wrong_shape_and_types_is_refused_plainly(
    scratch: Path, fmt: str, lines: list[Any]
) -> None:
    if fmt == "qari-jsonl":  # past the header, so the records themselves are fuzzed
        lines = [{"format": "qari-annotations", "version": 1}, *lines]
    if fmt == "label-studio":
        body = json.dumps(lines, ensure_ascii=False)
    else:
        body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    _read_as(fmt, body.encode("utf-8"), scratch)


@FUZZ
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_random_bytes_as_articles_are_imported_or_reported(
    scratch: Path, data: bytes, suffix: str
) -> None:
    _read_articles(suffix, data, scratch)


@FUZZ
@given(lines=st.lists(json_values, min_size=1, max_size=4))
def test_article_jsonl_of_the_wrong_shape_is_reported_by_line(
    scratch: Path, lines: list[Any]
) -> None:
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    _read_articles(".jsonl", body.encode("utf-8"), scratch)


@pytest.mark.parametrize("fmt", ["doccano", "label-studio", "qari-jsonl", None])
def test_deep_nesting_is_refused_not_a_crash(scratch: Path, fmt: str | None) -> None:
    for deep in ("[" * 200_000, '{"a":' * 100_000 + "1" + "}" * 100_000):
        _read_as(fmt, deep.encode(), scratch)
        _read_articles(".jsonl", deep.encode(), scratch)


# ---------------------------------------------------------------- colleagues' SQLite files


@pytest.fixture(scope="module")
def good_file(scratch: Path) -> Path:
    """A colleague's annotation file as the app writes it (a path: hypothesis would
    print the bytes of a failing example)."""
    from reader.core.annotations import draft_span
    from reader.services.annotation_files import open_annotation_file
    from reader.storage import repository

    path = scratch / "good.qari.sqlite"
    file = open_annotation_file(path, seed_corpus=True)
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        for n in range(20):
            draft = draft_span(doc.id, doc.text, 10 * n, 10 * n + 4, "ACTOR", note="'; DROP")
            repository.add_annotation(s, draft, "Omar")
    file.close()
    return path


@FUZZ
@given(steps=mutations)
def test_damaged_colleague_files_are_refused_by_name(
    scratch: Path, good_file: Path, steps: list[tuple[str, int, bytes]]
) -> None:
    # Keep the header so the file is read as SQLite; damage anything after it.
    good = good_file.read_bytes()
    data = good[:100] + _mutate(good[100:], steps)
    path = scratch / "colleague.qari.sqlite"
    path.write_bytes(data)
    try:
        read_annotations(path)
    except KnownError as err:
        assert str(path) in str(err)


def test_sql_in_a_colleague_file_is_data_never_run(scratch: Path, good_file: Path) -> None:
    path = scratch / "sly.qari.sqlite"
    shutil.copy(good_file, path)
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE pwned (x TEXT);"
        "CREATE TRIGGER t BEFORE DELETE ON annotation BEGIN INSERT INTO pwned VALUES (1); END;"
        "CREATE VIEW label_view AS SELECT load_extension('/tmp/evil') AS x;"
        "UPDATE annotation SET note = 'x''); DROP TABLE annotation; --' WHERE id = 1;"
    )
    con.close()
    before = path.read_bytes()
    got = read_annotations(path)
    assert got is not None and len(got.annotations.spans) == 20
    assert any("DROP TABLE" in s.note for s in got.annotations.spans)  # kept as text
    assert path.read_bytes() == before


# ---------------------------------------------------------------- the command line


CLI_WORDS = [
    "--db", "--format", "--map", "-o", "--annotator", "csv", "brat", "x=y", "=", "--", "-",
    "\x00", "ب", "--bogus", "articles", "doc.jsonl",
]  # fmt: skip


@FUZZ
@given(
    command=st.sampled_from(["import", "export", "agree", "search"]),
    rest=st.lists(st.sampled_from(CLI_WORDS) | st.text(max_size=6), max_size=6),
)
def test_any_command_line_ends_in_a_message_and_an_exit_code(
    scratch: Path, command: str, rest: list[str]
) -> None:
    from reader.cli import main

    db = scratch / "cli.qari.sqlite"
    args = [a.replace("\x00", "") for a in (command, *rest)]
    said = io.StringIO()
    with (
        contextlib.chdir(scratch),
        contextlib.redirect_stdout(said),
        contextlib.redirect_stderr(said),
    ):
        try:
            code = main([*args, "--db", str(db)] if "--db" not in args else args)
        except SystemExit as done:  # argparse's own usage errors
            code = done.code
    assert code in (0, 1, 2)
    assert code == 0 or said.getvalue().strip()  # a refusal always says why


# ---------------------------------------------------------------- 50 MB inputs, bounded memory

MB = 1 << 20
BIG_ARABIC = "ب" * (25 * MB)  # 50 MB of UTF-8


def _many(line: Callable[[int], str], size: int = 50 * MB) -> str:
    parts, total, n = [], 0, 0
    while total < size:
        parts.append(line(n))
        total += len(parts[-1])
        n += 1
    return "".join(parts)


HUGE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "article: one 50 MB line": (
        "a.txt",
        lambda p: p.write_text(BIG_ARABIC),
    ),
    "article JSONL: one 50 MB record": (
        "a.jsonl",
        lambda p: p.write_text(json.dumps({"text": BIG_ARABIC}, ensure_ascii=False)),
    ),
    "article JSONL: 50 MB without a line end": (
        "a.jsonl",
        lambda p: p.write_bytes(b"x" * 50 * MB),
    ),
    "doccano: millions of tiny spans": (
        "d.jsonl",
        lambda p: p.write_text(json.dumps({"text": "ب" * 9, "label": [[0, 1, "A"]] * 4_500_000})),
    ),
    "label-studio: a million tiny tasks": (
        "l.json",
        lambda p: p.write_text(json.dumps([{"data": {"text": "ب"}}] * 2_500_000)),
    ),
    "conll: millions of tokens": ("c.conll", lambda p: p.write_text(_many(lambda n: "ب O\n"))),
    "brat: millions of spans": (
        "b.ann",
        lambda p: (
            p.with_suffix(".txt").write_text("ب" * 100),
            p.write_text(_many(lambda n: f"T{n}\tA 0 1\tب\n")),
        ),
    ),
    "deep nesting, 50 MB": ("n.jsonl", lambda p: p.write_text("[" * 50 * MB)),
}
# Reading one of these may take at most this much memory beyond the interpreter's own.
MEMORY_BOUND_MB = 450  # 9x the input; the largest measured is 343 MB (brat)

# Peak resident memory (VmHWM: per process image, unlike ru_maxrss, which a child started
# from a large pytest process inherits) before and after the read.
_MEASURE = """
import re, sys
from pathlib import Path
def peak_kb():
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1))
from reader.core.articles import iter_drafts
from reader.core.errors import KnownError
from reader.services.exchange import read_annotations
path = Path(sys.argv[1])
before = peak_kb()
try:
    if path.suffix in (".txt",) or path.name == "a.jsonl":
        outcome = [type(x).__name__ for x in iter_drafts([path])]
    else:
        named = {"d.jsonl": "doccano", "n.jsonl": "doccano"}.get(path.name)
        outcome = read_annotations(path, named)
except KnownError as err:
    outcome = f"refused: {err}"
after = peak_kb()
print((after - before) // 1024, str(outcome)[:200])
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's VmHWM")
@pytest.mark.parametrize("case", HUGE)
def test_a_50_mb_input_is_read_in_bounded_memory(case: str, tmp_path: Path) -> None:
    name, make = HUGE[case]
    path = tmp_path / name
    make(path)
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]  # no uncaught exception either
    grew_mb, outcome = done.stdout.split(" ", 1)
    assert int(grew_mb) <= MEMORY_BOUND_MB, f"{case}: {grew_mb} MB ({outcome})"
    shutil.rmtree(tmp_path, ignore_errors=True)
