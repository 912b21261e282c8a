"""Units said right after a number (5公斤, 50毫米, 1300毫克, 多少公斤): one word though its characters come
one by one, so the unit clauses read it whole (vocabulary/units.py)."""

from __future__ import annotations

from shared.ask.engines.rules.parsecommon import MONEY_UNITS
from shared.semantic.vocabulary.linktypes import Item
from shared.semantic.vocabulary.segment import CJK_RE
from shared.semantic.vocabulary.units import UNITS


def number_units(items: list[Item]) -> list[Item]:
    """A Chinese unit of mass or length after a number or 多少 / 几 is one word, though its characters come
    one by one (5公斤, 50毫米, 多少公斤): the unit clauses read it whole (vocabulary/units.py). Money and
    time units stay unread characters: no column's name says which currency or clock it holds."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        bare_year = bool(out) and out[-1].kind == "time" and out[-1].text.isdigit()
        counted = out and (out[-1].kind == "num" or bare_year or out[-1].has("howmuch", "count"))
        if counted and it.kind == "word" and CJK_RE.fullmatch(it.text):
            for n in (3, 2):
                run = items[k : k + n]
                text = "".join(r.text for r in run)
                if (
                    len(run) == n
                    and all(r.kind == "word" for r in run)
                    and (text in UNITS or text in MONEY_UNITS)
                ):
                    if text in MONEY_UNITS:
                        _drop_per_quantity(out)  # 每桶100美元: the price per barrel is 100
                    if bare_year:  # 2000毫克: an amount in a unit, no year
                        out[-1] = Item(
                            out[-1].start, out[-1].end, "num", out[-1].text, value=int(out[-1].text)
                        )
                    out.append(Item(run[0].start, run[-1].end, "word", text))
                    k += n
                    break
            else:
                out.append(it)
                k += 1
            continue
        out.append(it)
        k += 1
    return out


def _drop_per_quantity(out: list[Item]) -> None:
    """每 and the quantity a price is said per (每桶, 每公斤), right before the price's number: part of its
    unit, neither a grouping (每) nor a word to read; the comparison then reads 超过 + the number."""
    if not out or out[-1].kind != "num":
        return
    k = len(out) - 2
    while k >= 0 and len(out) - 1 - k <= 2 and out[k].kind == "word" and CJK_RE.fullmatch(out[k].text):
        k -= 1
    if k >= 0 and k < len(out) - 2 and out[k].text == "每":
        del out[k:-1]
