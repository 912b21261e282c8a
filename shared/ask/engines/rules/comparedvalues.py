"""Values set against each other by a comparative: "are there more A or B?", "is X higher for A or B?".

The question asks which of the named values has more, so each value's figure is the answer; one figure
pooled over both (WHERE col IN (A, B)) answers nothing of it. "More than" is a bound, not a comparison.
"""

from __future__ import annotations

from shared.semantic.vocabulary.linktypes import Item

COMPARATIVES = frozenset(
    [
        "more",
        "fewer",
        "less",
        "higher",
        "lower",
        "bigger",
        "smaller",
        "larger",
        "greater",
        "cheaper",
        "costlier",
        "heavier",
        "lighter",
    ]
)


def comparative_between(items: list[Item], positions: list[int], start: int, end: int) -> list[int]:
    """The comparative words of the clause [start, end) when "or" joins the values at positions and no
    "than" makes the comparative a bound; empty when the values are not weighed against each other."""
    if not any(items[k].text == "or" for k in range(positions[0], positions[-1])):
        return []
    said = [k for k in range(start, end) if items[k].kind == "word" and items[k].text.lower() in COMPARATIVES]
    than = any(items[k].text.lower() == "than" for k in range(start, end))
    return [] if than else said
