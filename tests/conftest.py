"""Hermetic fixtures: offscreen Qt, user folders in tmp, the founding corpus, and
dialogs that never block."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from pathlib import Path

import pytest

from reader import paths
from reader.core.labels import LabelDef
from reader.services.annotation_files import default_labels
from reader.storage.db import AnnotationFile

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
