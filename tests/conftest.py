"""Hermetic fixtures: offscreen Qt, user folders in tmp, the founding corpus, and
dialogs that never block."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from pathlib import Path

import pytest

from reader import paths
from reader.annotation_files import default_labels
from reader.core.labels import LabelDef
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
