"""Hermetic fixtures: offscreen Qt, user folders in tmp, the founding corpus, and
dialogs that never block."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Callable, Iterator

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from pathlib import Path

import pytest

from reader import paths
from reader.core.labels import LabelDef
from reader.services.annotation_files import default_labels
from reader.storage.db import AnnotationFile
from tests.pg_server import PASSWORD, PgServer

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
ARTICLE_A = CORPUS / "000_a5af9488a13e7f1f.txt"
ARTICLE_B = CORPUS / "002_0366d7dbe30f022b.txt"


@pytest.fixture(autouse=True)
def hermetic_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, config = tmp_path / "user-data", tmp_path / "user-config"
    monkeypatch.setenv("QARI_DATA_DIR", str(data))
    monkeypatch.setenv("QARI_CONFIG_DIR", str(config))
    paths.init(data, config)
    yield
    paths.init()


@pytest.fixture
def labels() -> list[LabelDef]:
    return default_labels()


@pytest.fixture
def memory_file(labels: list[LabelDef]) -> AnnotationFile:
    file = AnnotationFile.in_memory(labels)
    yield file
    file.close()


# The engines the storage suite runs on: every test asking for `new_store` runs on both.
ENGINES = ("sqlite", "postgresql")
NewStore = Callable[..., AnnotationFile]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A real PostgreSQL server for the whole run, started by the tests (never skipped:
    if it cannot start, the tests that need it fail with the reason)."""
    server = PgServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def team_url(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh, empty team database; its password where libpq looks (PGPASSWORD)."""
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    return pg_server.new_database()


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def new_store(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[NewStore]:
    """Opens a new, empty annotation store on the engine under test (a file in tmp, or a
    database of its own on the test server) with `labels` (the default scheme if none);
    closed at the end of the test."""
    opened: list[AnnotationFile] = []

    def make(labels: list[LabelDef] | None = None, **kwargs: object) -> AnnotationFile:
        labels = default_labels() if labels is None else labels
        if engine_name == "postgresql":
            from reader.storage.server import open_server

            request.getfixturevalue("monkeypatch").setenv("PGPASSWORD", PASSWORD)
            url = request.getfixturevalue("pg_server").new_database()
            file: AnnotationFile = open_server(url, labels, **kwargs)  # type: ignore[arg-type]
        else:
            path = tmp_path / f"store{len(opened)}.qari.sqlite"
            file = AnnotationFile.open(path, labels, **kwargs)  # type: ignore[arg-type]
        opened.append(file)
        return file

    yield make
    for file in opened:
        file.close()


def reopen(file: AnnotationFile) -> AnnotationFile:
    """The same store opened again, as another run of the app would."""
    from reader.storage.server import ServerFile, open_server

    if isinstance(file, ServerFile):
        return open_server(file.location)
    assert file.path is not None
    return AnnotationFile.open(file.path)


@pytest.fixture
def text_a() -> str:
    return ARTICLE_A.read_text(encoding="utf-8")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, nearly empty 2 MB filesystem (tmpfs) to fill up or make read-only. Mounting
    needs root, which the CI machines have; the same faults are also injected by tests
    that run anywhere."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "qari-test", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def make_read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)


def fill_disk(folder: Path) -> Path:
    """Write a file in `folder` until its disk is full; removing it frees the space."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError as err:
            assert err.errno == errno.ENOSPC
    return filler
