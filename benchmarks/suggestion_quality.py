"""How well the suggestions learn: tag the first founding article, then compare what is
suggested on the second with a hand annotation of it (precision, recall, F1 by label).

    python -m benchmarks.suggestion_quality

The gold spans are hand-made (ACTOR: people, organisations and states that act; PLACE:
named places), written as the surface forms a reader tags, clitics and all («لدير الزور»,
«والبوكمال»), with an occurrence number where one form is an actor in one place and a
place in another. A nested name is not tagged inside a longer one («سوريا» in «قوات سوريا
الديمقراطية»). Every occurrence of a form is a mention unless an occurrence is given.
"""

from __future__ import annotations

import re
from collections import Counter

from benchmarks.corpus import FOUNDING
from reader.core.suggestions import Recommender

Gold = list[tuple[str, str, int | None]]  # surface form, label, occurrence (None: all)

FIRST: Gold = [
    *((f, "ACTOR", None) for f in (
        "الجيش", "الجيش العربي السوري", "التحالف", "التحالف الدولي", "للتحالف", "واشنطن",
        "داعش", "وداعش", "سانا", "جمهورية روسيا الاتحادية", "ألكسندر سيرغييف",
        "الشرطة العسكرية الروسية", "الإعلام الحربي المركزي", "للجيش السوري", "قسد", "رويترز",
        "ريان ديلون", "ديلون", "قوات سورية الديمقراطية", "لقوات سورية الديمقراطية",
        "روسيا اليوم", "دونالد ترامب", "حكومة العراق", "مركز حميميم الروسي للمصالحة",
    )),
    ("العراق", "ACTOR", 0),  # «وشن العراق هجوماً»
    *((f, "PLACE", None) for f in (
        "البوكمال", "للبوكمال", "والبوكمال", "سورية", "دير الزور", "الحويقة", "والرشدية",
        "طابية جزيرة", "الطيبة", "الميادين", "القورية", "العشارة", "الفرات", "القائم",
        "والقائم", "راوة", "حقل العمر", "النملية", "العقيدات", "الزر", "الصناعة", "والعراق",
    )),
]  # fmt: skip

SECOND: Gold = [
    *((f, "ACTOR", None) for f in (
        "التحالف الدولي", "رايان ديلون", "قوات التحالف", "داعش", "ديلون", "لديلون",
        "قوات سوريا الديمقراطية", "لقوات سوريا الديمقراطية", "التحالف", "للتحالف",
        "الجيش العراقي", "الولايات المتحدة", "للحكومة السورية", "الحكومة السورية",
        "الجيش السوري", "لندن", "ماثيو رايكروفت", "الأمم المتحدة", "مجلس الأمن الدولي",
        "مجلس الأمن", "لجنة التحقيق الدولية", "للجنة الدولية", "لجنة التحقيق",
        "اللجنة الدولية", "القوات السورية", "واشنطن", "روسيا", "منظمة حظر الأسلحة الكيميائية",
        "لدمشق",
    )),
    *((f, "PLACE", None) for f in (
        "دير الزور", "لدير الزور", "البوكمال", "والبوكمال", "سوريا", "بسوريا", "العراق",
        "والعراق", "الموصل", "والرقة", "الفرات", "القائم", "والقائم", "راوة", "خان شيخون",
        "إدلب", "مطار الشعيرات", "حقل العمر", "بحقول العمر",
    )),
]  # fmt: skip

Span = tuple[int, int, str]


def gold_spans(text: str, gold: Gold) -> set[Span]:
    """Every whole-word occurrence of each form (or the one numbered), longest first, no
    span inside another kept one."""
    found: list[Span] = []
    for form, label, occurrence in gold:
        hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
        if occurrence is not None:
            hits = hits[occurrence : occurrence + 1]
        found += [(a, b, label) for a, b in hits]
    kept: list[Span] = []
    for span in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if not any(a < span[1] and span[0] < b for a, b, _ in kept):
            kept.append(span)
    return set(kept)


def scores(suggested: set[Span], gold: set[Span], label: str | None = None) -> str:
    pick = (lambda s: s[2] == label) if label else (lambda s: True)
    s, g = {x for x in suggested if pick(x)}, {x for x in gold if pick(x)}
    tp = len(s & g)
    p, r = tp / len(s) if s else 0.0, tp / len(g) if g else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{label or 'overall':<8} {tp:>4} of {len(s):>4} suggested, {len(g):>4} in gold: P {p:.2f} R {r:.2f} F1 {f1:.2f}"  # noqa: E501


def main() -> None:
    first, second = (p.read_text(encoding="utf-8") for p in FOUNDING)
    tagged = gold_spans(first, FIRST)
    learnt = Counter((first[a:b], label) for a, b, label in tagged)
    recommender = Recommender(
        ((t, lb, n) for (t, lb), n in learnt.items()), labels=("ACTOR", "PLACE")
    )
    suggested = {(s.start, s.end, s.label) for s in recommender.suggest(second)}
    gold = gold_spans(second, SECOND)
    print(f"learnt from the first article: {len(tagged)} spans, {len(recommender)} names")
    for label in ("ACTOR", "PLACE", None):
        print(scores(suggested, gold, label))
    missed = sorted({second[a:b] for a, b, _ in gold - suggested})
    wrong = sorted({(second[a:b], lb) for a, b, lb in suggested - gold})
    print("not suggested:", "، ".join(missed))
    print("suggested, not in gold:", "، ".join(f"{t} ({lb})" for t, lb in wrong))


if __name__ == "__main__":
    main()
