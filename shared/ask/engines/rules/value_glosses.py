"""Chinese renderings in parentheses after a value written out (Open Plan（开放式布局）): they restate the
value, so the words in them name no further condition. Read alike by the parser and the join planner."""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import Item
from shared.semantic.vocabulary.segment import CJK_RE


def value_glosses_dropped(items: list[Item]) -> list[Item]:
    """A value written out, then its Chinese rendering in parentheses (Open Plan（开放式布局）): the brackets
    restate the value when a word in them means a word of it (布局: plan) and no value they name is another
    (a value they seem to name is one word of it, no new condition): the brackets and what they hold give
    way."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        close = _gloss_end(items, k)
        out.append(items[k])
        k = k + 1 if close is None else close + 1
    return out


def _gloss_end(items: list[Item], k: int) -> int | None:
    """Where the parentheses glossing the value at `k` close, if they gloss it."""
    said = {str(lk.value).lower() for lk in items[k].links if lk.kind == "value"}
    if not said or k + 1 >= len(items) or items[k + 1].text != "(":
        return None
    close = next((c for c in range(k + 2, min(k + 10, len(items))) if items[c].text == ")"), None)
    inside = items[k + 2 : close] if close is not None else []
    parts = {w for v in said for w in v.split()}
    return close if inside and _restates(inside, parts) else None


def _restates(inside: list[Item], parts: set[str]) -> bool:
    """Chinese only, no value other than a word of the value, and a word meaning one of its words."""
    if not all(CJK_RE.fullmatch(c) for it in inside for c in it.text.replace(" ", "")):
        return False
    if any(lk.kind == "value" and str(lk.value).lower() not in parts for it in inside for lk in it.links):
        return False
    return _renders("".join(it.text.replace(" ", "") for it in inside), parts)


def _renders(text: str, parts: set[str]) -> bool:
    """Some word of the Chinese text means a word of the value (啮齿动物: rodent)."""
    spans = (text[i:j] for i in range(len(text)) for j in range(i + 2, len(text) + 1))
    return any(parts & {e.lower() for e in bilingual.english_for(span)} for span in spans)
