"""Keep the interface's translations in step with the code, with Qt's own tools.

    python scripts/translations.py update   # lupdate: new strings into resources/i18n/*.ts
    python scripts/translations.py compile  # lrelease: the .ts into the shipped .qm

Translate in Qt Linguist (`pyside6-linguist resources/i18n/qari_ar.ts`) or by hand, then
compile. tests/ui/test_translations.py fails when a string is missing from the .ts, left
unfinished, loses a {placeholder}, or the .qm is older than its .ts.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("ar",)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader").rglob("*.py"))


NUMERUS = re.compile(r'<message numerus="yes">\s*<source>(.*?)</source>.*?</message>', re.S)


def update(ts: Path) -> None:
    """lupdate, keeping the plural forms: messages made with `words.plural` are marked
    QT_TR_NOOP, which lupdate reads as one form, so the numerus messages of the catalogue
    (plural forms translated) are put back as they were."""
    kept = {m.group(1): m.group(0) for m in NUMERUS.finditer(ts.read_text("utf-8"))
            } if ts.exists() else {}  # fmt: skip
    args = ["-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language"]
    subprocess.run([tool("lupdate"), *args, ts.stem.split("_")[-1], *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True)  # fmt: skip
    text = ts.read_text("utf-8")
    for source, block in kept.items():
        one_form = re.compile(rf"<message>\s*<source>{re.escape(source)}</source>.*?</message>",
                              re.S)  # fmt: skip
        text = one_form.sub(lambda _, block=block: block, text, count=1)
    ts.write_text(text, "utf-8")


def compile_(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip


def main(command: str) -> int:
    for language in LANGUAGES:
        ts = CATALOGUES / f"qari_{language}.ts"
        if command == "update":
            update(ts)
        elif command == "compile":
            compile_(ts, ts.with_suffix(".qm"))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
