"""Qari beside the peer a user would pick instead: Label Studio, on the same machine, the
same hour and the same generated Arabic articles (issue 22). `make bench-peers` installs
Label Studio into its own virtual environment (bench-out/label-studio-venv) and runs
this; it is not part of `make bench`, CI or the test command.

Label Studio runs as its users run it: `label-studio start` on its default SQLite
database, driven through its HTTP API from here (standard library only):
- first start: from launching the server until it answers;
- import N articles: one POST /api/projects/ID/import of N tasks, until the import has
  finished (1,000 and 10,000, each into a new project);
- save one annotation: POST /api/tasks/ID/annotations of one labelled span, p50 of 50;
- export: GET /api/projects/ID/export (JSON, every task) of the 10,000-article project
  with those annotations;
- memory: the server's resident memory idle after start, and its peak (VmHWM).

Qari's side: `import_articles` into a new file until the articles are committed (what a
user waits for) and with its search index built behind them; one annotation committed by
the repository in a unit of work (as the window's store does), p50 of 50; export of the
10,000 articles and their annotations to Label Studio's own JSON format.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.corpus import REPO, remove_file, write_jsonl
from reader.core.annotations import draft_span
from reader.core.articles import iter_drafts
from reader.formats.registry import by_name
from reader.services.annotation_files import default_labels
from reader.services.exchange import export_annotations
from reader.storage import reads, repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles, index_behind

OUT = REPO / "bench-out"
VENV = OUT / "label-studio-venv"
RESULTS = Path(__file__).with_name("peers.json")
SAVES = 50
CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="ACTOR"/><Label value="PLACE"/><Label value="CLAIM"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>"""
USER, PASSWORD = "bench@example.org", secrets.token_hex(8)


# ---------------------------------------------------------------------- Label Studio


class LabelStudio:
    """A Label Studio server of our own, in a data folder of its own."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.port = _free_port()
        self.token = secrets.token_hex(20)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> float:
        """Start it; the seconds until it answers."""
        env = os.environ | {
            "LABEL_STUDIO_BASE_DATA_DIR": str(self.data),
            "LABEL_STUDIO_USERNAME": USER,
            "LABEL_STUDIO_PASSWORD": PASSWORD,
            "LABEL_STUDIO_USER_TOKEN": self.token,
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "DATA_UPLOAD_MAX_MEMORY_SIZE": str(2**31 - 1),
            "DATA_UPLOAD_MAX_NUMBER_FIELDS": str(10**7),
        }
        log = (self.data / "server.log").open("wb")
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [str(VENV / "bin" / "label-studio"), "start", "--no-browser", "--port",
             str(self.port), "--data-dir", str(self.data)],
            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/health", timeout=2).read()
                return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if self.process.poll() is not None:
                    raise RuntimeError(f"Label Studio did not start: see {log.name}") from None
                time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def call(self, method: str, path: str, body: object = None) -> Any:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
        headers = {"Authorization": f"Token {self.token}", "Content-Type": "application/json"}
        request = urllib.request.Request(f"{self.url}{path}", data, headers, method=method)
        with urllib.request.urlopen(request, timeout=3600) as answer:
            raw = answer.read()
        return json.loads(raw) if raw else None

    def project(self, title: str) -> int:
        made = self.call("POST", "/api/projects", {"title": title, "label_config": CONFIG})
        return int(made["id"])

    def import_tasks(self, project: int, tasks: list[dict[str, object]]) -> float:
        """One import request; the seconds until the tasks are all in."""
        started = time.perf_counter()
        self.call("POST", f"/api/projects/{project}/import", tasks)
        while self.call("GET", f"/api/projects/{project}")["task_number"] < len(tasks):
            time.sleep(0.05)  # an import that returns before it is done
        return time.perf_counter() - started

    def memory_mib(self) -> tuple[float, float]:
        """Resident and peak memory of the server and its children."""
        assert self.process is not None
        now = peak = 0.0
        for pid in _tree(self.process.pid):
            status = Path(f"/proc/{pid}/status").read_text()
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            now += int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
            peak += int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
        return now, peak

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(30)


def _tree(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = [pid]
    if children.exists():
        for child in children.read_text().split():
            found += _tree(int(child))
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tasks_of(jsonl: Path) -> list[dict[str, object]]:
    with jsonl.open(encoding="utf-8") as fh:
        return [{"data": {"text": a["text"], "title": a["title"]}} for a in map(json.loads, fh)]


def _span(text: str) -> tuple[int, int]:
    at = max(text.find("البوكمال"), 0)
    return at, at + 8


def measure_label_studio(small: Path, large: Path) -> dict[str, float]:
    server = LabelStudio(OUT / "label-studio-data")
    server.data.mkdir(parents=True, exist_ok=True)
    found: dict[str, float] = {"first_start_s": server.start()}
    try:
        found["idle_mib"] = server.memory_mib()[0]
        found["import_1000_s"] = server.import_tasks(server.project("1,000"), tasks_of(small))
        project = server.project("10,000")
        found["import_10000_s"] = server.import_tasks(project, tasks_of(large))
        tasks = server.call("GET", f"/api/tasks?project={project}&page_size={SAVES}")["tasks"]
        saves = []
        for task in tasks[:SAVES]:
            start, end = _span(task["data"]["text"])
            result = [{"from_name": "label", "to_name": "text", "type": "labels", "value": {
                "start": start, "end": end, "text": task["data"]["text"][start:end],
                "labels": ["PLACE"]}}]  # fmt: skip
            began = time.perf_counter()
            server.call("POST", f"/api/tasks/{task['id']}/annotations", {"result": result})
            saves.append(time.perf_counter() - began)
        found["save_p50_s"] = statistics.median(saves)
        began = time.perf_counter()
        # Every task, as ours writes every article (by default only the annotated ones).
        every = "exportType=JSON&download_all_tasks=true"
        exported = server.call("GET", f"/api/projects/{project}/export?{every}")
        found["export_s"] = time.perf_counter() - began
        if len(exported) != len(tasks_of(large)):
            raise RuntimeError(f"Label Studio exported {len(exported)} tasks")  # no benchmark
        found["peak_mib"] = server.memory_mib()[1]
    finally:
        server.stop()
    return found


# ---------------------------------------------------------------------- Qari


def measure_qari(small: Path, large: Path) -> dict[str, float]:
    found: dict[str, float] = {}
    for name, jsonl in (("1000", small), ("10000", large)):
        path = OUT / f"peers-{name}.qari.sqlite"
        remove_file(path)
        file = AnnotationFile.open(path, default_labels())
        began = time.perf_counter()
        import_articles(file, iter_drafts([jsonl]))
        found[f"import_{name}_s"] = time.perf_counter() - began
        index_behind(file)
        found[f"import_{name}_indexed_s"] = time.perf_counter() - began
        if name == "10000":
            found["save_p50_s"] = _saves(file)
            out = OUT / "peers-export.json"
            began = time.perf_counter()
            export_annotations(file, by_name("label-studio"), out)
            found["export_s"] = time.perf_counter() - began
        file.close()
    return found


def _saves(file: AnnotationFile) -> float:
    saves = []
    for doc_id in reads.document_ids(file.reader, reads.DocumentQuery())[:SAVES]:
        document = reads.get_document(file.reader, doc_id)
        assert document is not None
        start, end = _span(document.text)
        draft = draft_span(doc_id, document.text, start, end, "PLACE")
        began = time.perf_counter()
        with file.session() as s:
            repository.add_annotation(s, draft, "bench")
        saves.append(time.perf_counter() - began)
    return statistics.median(saves)


# ---------------------------------------------------------------------- report


ROWS = (
    ("import 1,000 articles (readable)", "import_1000_s", "import_1000_s"),
    ("import 1,000 articles (and search index)", "import_1000_indexed_s", "import_1000_s"),
    ("import 10,000 articles (readable)", "import_10000_s", "import_10000_s"),
    ("import 10,000 articles (and search index)", "import_10000_indexed_s", "import_10000_s"),
    ("save one annotation, p50", "save_p50_s", "save_p50_s"),
    ("export the 10,000 articles (JSON)", "export_s", "export_s"),
)


def main() -> int:
    if not (VENV / "bin" / "label-studio").exists():
        print(f"no Label Studio in {VENV}: run `make bench-peers`", file=sys.stderr)
        return 2
    small = write_jsonl(OUT / "articles-1000.jsonl", 1000)
    large = write_jsonl(OUT / "articles-10000.jsonl", 10_000)
    qari = measure_qari(small, large)
    peer = measure_label_studio(small, large)
    version = subprocess.run([str(VENV / "bin" / "pip"), "show", "label-studio"],
                             capture_output=True, text=True).stdout  # fmt: skip
    label_studio = next((v.split(":", 1)[1].strip() for v in version.splitlines()
                         if v.startswith("Version:")), "?")  # fmt: skip
    print(f"Label Studio {label_studio} beside Qari, {datetime.now(UTC):%Y-%m-%d}\n")
    print(f"{'measure':<45}{'Qari':>12}{'Label Studio':>15}{'LS ÷ Qari':>11}")
    rows = []
    for measure, ours, theirs in ROWS:
        o, t = qari[ours], peer[theirs]
        rows.append({"measure": measure, "qari_s": round(o, 4), "label_studio_s": round(t, 4)})
        print(f"{measure:<45}{o:>11.3f}s{t:>14.3f}s{t / o:>10.1f}×")
    print(f"\nLabel Studio's first start {peer['first_start_s']:.1f} s; memory idle "
          f"{peer['idle_mib']:.0f} MiB, peak {peer['peak_mib']:.0f} MiB")
    RESULTS.write_text(json.dumps({
        "date": f"{datetime.now(UTC):%Y-%m-%d}", "label_studio": label_studio, "rows": rows,
        "label_studio_first_start_s": round(peer["first_start_s"], 2),
        "label_studio_memory_mib": {"idle": round(peer["idle_mib"]),
                                    "peak": round(peer["peak_mib"])},
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    print(f"written to {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
