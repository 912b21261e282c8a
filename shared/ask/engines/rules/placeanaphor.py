"""A question that points back at a place (what's the rate there? / 那里的阳性率): "there" is the place of
the turn before. When that turn was asked back (and in the PICU? not understood), the place was never
read: any answer would be of another place, so the question is asked back too."""

from __future__ import annotations

import re

# "there" as a place, not the existential "how many were there" / "is there"
_EN = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )\bthere\b(?!\s+(?:is|are|was|were|be)\b)", re.I
)
_ZH = re.compile(r"那里|那儿|那边|该处|那个地方")


def refers_to_a_place(question: str) -> bool:
    return bool(_EN.search(question) or _ZH.search(question))
