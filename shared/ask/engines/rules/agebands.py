"""Ages said as a decade or a span of years old, spelt as the span the parser reads ("aged between A and B",
A到B岁): 三十几岁 / 30多岁 / in their thirties / in their 30s are 30 to 39; "between 25 and 34 years old" is
"aged between 25 and 34". Only phrases that say age (岁, years old, in their …) are rewritten."""

from __future__ import annotations

import re

ZH_TENS = {"二": 20, "三": 30, "四": 40, "五": 50, "六": 60, "七": 70, "八": 80, "九": 90}
EN_TENS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
ZH_DECADE_RE = re.compile(r"(?:([二三四五六七八九])十|([2-9])0)(?:几|多)岁")
EN_DECADE_RE = re.compile(
    r"\bin (?:their|his|her) (?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    r"|([2-9])0s)\b"
)
EN_YEARS_OLD_RE = re.compile(r"\bbetween (\d{1,3}) and (\d{1,3}) years? old\b")


def _zh_decade(m: re.Match[str]) -> str:
    start = ZH_TENS[m.group(1)] if m.group(1) else int(m.group(2)) * 10
    return f"{start}到{start + 9}岁"


def _en_decade(m: re.Match[str]) -> str:
    start = EN_TENS[m.group(1)] if m.group(1) else int(m.group(2)) * 10
    return f"aged between {start} and {start + 9}"


def age_spans_spelt(text: str) -> str:
    """The normalised question with its decades and "between A and B years old" spelt as spans of age."""
    if "岁" in text:
        text = ZH_DECADE_RE.sub(_zh_decade, text)
    if " in " in text or "between" in text:
        text = EN_DECADE_RE.sub(_en_decade, text)
        text = EN_YEARS_OLD_RE.sub(r"aged between \1 and \2", text)
    return text
