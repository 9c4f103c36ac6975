"""The label colours as the article draws them, checked for people: text on every wash
meets WCAG AA (4.5:1) in the light and the dark theme, and ACTOR and PLACE stay apart
for the three common colour-vision deficiencies, simulated with the matrices of Machado,
Oliveira & Fernandes (2009) at full severity. CLAIM is told apart by its underline, not
by colour alone (its wash is close to PLACE's for protanopes and to ACTOR's for
tritanopes)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from reader.core.labels import LabelStyle
from reader.services.annotation_files import default_labels
from reader.ui import theme
from reader.ui.article_view import CLAIM_TINT, ENTITY_TINT, NESTED_STEP, SELECTED_TINT

Matrix = tuple[tuple[float, float, float], ...]
RGB = tuple[float, float, float]
MACHADO: dict[str, Matrix] = {  # linear RGB, severity 1.0
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip
DEEPEST = 3  # nesting levels drawn deeper; beyond, the wash stops deepening


def linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def gamma(c: float) -> float:
    c = max(0.0, min(1.0, c))
    return 255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)


def simulate(rgb: RGB, m: Matrix) -> RGB:
    lin = [linear(c) for c in rgb]
    r, g, b = (gamma(sum(m[i][j] * lin[j] for j in range(3))) for i in range(3))
    return r, g, b


def luminance(rgb: RGB) -> float:
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lab(rgb: RGB) -> RGB:
    r, g, b = (linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: RGB, b: RGB) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b), strict=True)) ** 0.5


def drawn(wash: QColor, base: QColor) -> RGB:
    """`wash` composited over `base`, as the screen shows it."""
    a = wash.alphaF()
    r, g, b = (a * w + (1 - a) * c for w, c in zip(
        (wash.red(), wash.green(), wash.blue()), (base.red(), base.green(), base.blue()),
        strict=True))  # fmt: skip
    return r, g, b


def rgb(colour: QColor) -> RGB:
    return float(colour.red()), float(colour.green()), float(colour.blue())


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply_theme(qapp, request.param)
    yield request.param
    theme.apply_theme(qapp, "light")


def strengths() -> list[float]:
    """Every wash strength the article draws: claims, then entities nested 1..DEEPEST."""
    nested = [ENTITY_TINT + NESTED_STEP * d for d in range(DEEPEST)]
    return [CLAIM_TINT, *(min(s, SELECTED_TINT - 0.1) for s in nested)]


def test_text_on_every_label_wash_meets_wcag_aa(themed: str, qapp: QApplication) -> None:
    palette = qapp.palette()
    base, text = palette.base().color(), palette.text().color()
    for label in default_labels():
        for strength in strengths():
            shown = drawn(theme.tint(label.colour, strength), base)
            ratio = contrast(shown, rgb(text))
            assert ratio >= 4.5, f"{themed}: {label.name} at {strength:.2f}: {ratio:.2f}:1"


def test_the_selected_span_keeps_black_text_readable(themed: str, qapp: QApplication) -> None:
    base = qapp.palette().base().color()
    for label in default_labels():
        shown = drawn(theme.solid(label.colour, SELECTED_TINT), base)
        assert contrast(shown, (0.0, 0.0, 0.0)) >= 4.5, (themed, label.name)


@pytest.mark.parametrize("deficiency", sorted(MACHADO))
def test_entity_labels_stay_apart_for_colour_blind_readers(
    themed: str, qapp: QApplication, deficiency: str
) -> None:
    base = qapp.palette().base().color()
    entities = [label for label in default_labels() if label.style is LabelStyle.BACKGROUND]
    assert len(entities) >= 2
    for strength in strengths()[1:]:
        seen = {
            label.name: simulate(drawn(theme.tint(label.colour, strength), base),
                                 MACHADO[deficiency])
            for label in entities
        }  # fmt: skip
        for a, b in itertools.combinations(seen, 2):
            # 20 ΔE*ab: told apart at a glance, not only side by side.
            assert delta_e(seen[a], seen[b]) >= 20, (themed, deficiency, a, b, strength)


def test_claims_are_told_apart_by_their_underline_not_by_colour_alone() -> None:
    styles = {label.name: label.style for label in default_labels()}
    assert styles["CLAIM"] is LabelStyle.UNDERLINE
    assert styles["CUE"] is LabelStyle.DOTTED  # a dotted line, not a claim's solid one
    assert {styles["ACTOR"], styles["PLACE"]} == {LabelStyle.BACKGROUND}
