"""One annotator tagging a team database as fast as it can, as a process of its own:
`python -m tests.team_tagger URL NAME SHARE SECONDS`. It goes through the same storage
calls as the window's store (find the same span, add it in a unit of work, now and then
delete one of its own), and prints one JSON line for each change the database took
("saved" or "deleted"); any error is printed as {"error": ...} and the exit status is 1.
`SHARE` (0-9) picks the word starts it tags, so two processes of one name never race for
the very same span."""

from __future__ import annotations

import json
import random
import sys
import time

import regex

from reader.core.annotations import draft_span
from reader.services.annotation_files import open_annotation_file
from reader.storage import reads, repository

WORD = regex.compile(r"\p{L}+")


def main(url: str, name: str, share: int, seconds: float) -> int:
    file = open_annotation_file(url)
    texts = {d: reads.get_document(file.reader, d) for d in reads.document_ids(
        file.reader, reads.DocumentQuery())}  # fmt: skip
    words = [(d, m.start(), m.end()) for d, doc in texts.items() if doc
             for i, m in enumerate(WORD.finditer(doc.text)) if i % 10 == share]  # fmt: skip
    rng, mine, saves = random.Random(share), [], 0
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            doc_id, start, end = rng.choice(words)
            text = texts[doc_id].text  # type: ignore[union-attr]
            draft = draft_span(doc_id, text, start, end, rng.choice(["ACTOR", "PLACE", "CLAIM"]))
            if reads.find_same_span(file.reader, draft, name) is not None:
                continue
            with file.session() as s:
                record = repository.add_annotation(s, draft, name)
            mine.append(record)
            saves += 1
            print(json.dumps({"saved": record.id}), flush=True)
            if saves % 5 == 0:  # one in five is taken back
                gone = mine.pop(rng.randrange(len(mine)))
                with file.session() as s:
                    repository.delete_annotation(s, gone.id, seen=gone.updated)
                print(json.dumps({"deleted": gone.id}), flush=True)
    except Exception as err:  # a user would have been shown this
        print(json.dumps({"error": f"{type(err).__name__}: {err}"}), flush=True)
        return 1
    finally:
        file.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
