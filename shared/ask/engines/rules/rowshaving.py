"""Rows said to have a value of a column that holds missing values: strikes that had an effect,
造成影响的鸟击. Those are the rows whose value is not missing; the engine has no IS NOT NULL reading,
so an answer over every row (the missing ones grouped or counted too) answers another question."""

from __future__ import annotations

from collections.abc import Callable

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import said_keys, words
from shared.semantic.schema import Table
from shared.semantic.vocabulary.linking import Item
from shared.semantic.vocabulary.segment import CJK_RE

HAVING = said_keys(*words("value_having"))
ZH_HAVING = tuple(w for w in words("value_having") if CJK_RE.match(w))
RELATIVES = ("that", "which", "who")
ARTICLES = ("a", "an", "any", "some")


def value_had_unread(
    items: list[Item],
    intent: Intent,
    table: Table | None,
    column_of: Callable[[Item], str | None],
    names_rows: Callable[[Item], bool],
) -> bool:
    """The rows' noun with (that / which) have / had / with (a, an) a column's noun, or (zh) 有 / 造成 … a
    column's noun 的 the rows' noun, where the column holds missing values and no filter reads it."""
    if table is None:
        return False
    filtered = {f.column for f in intent.filters}
    for pos, it in enumerate(items):
        column = column_of(it) if it.kind == "match" and not it.tags else None
        if column is None or column in filtered or not _has_missing(table, column):
            continue
        if _had_by_the_rows(items, pos, names_rows) or _zh_having_clause(items, pos, names_rows):
            return True
    return False


def _has_missing(table: Table, column: str) -> bool:
    col = next((c for c in table.columns if c.name == column), None)
    return col is not None and col.profile is not None and col.profile.null_share > 0


def _had_by_the_rows(items: list[Item], pos: int, names_rows: Callable[[Item], bool]) -> bool:
    """(en) strikes that had an effect / flights with a delay."""
    j = pos - 1
    while j >= 0 and items[j].text.lower() in ARTICLES:
        j -= 1
    if j < 1 or items[j].text.lower() not in HAVING:
        return False
    j -= 1
    if items[j].text.lower() in RELATIVES:
        j -= 1
    return j >= 0 and items[j].kind == "match" and names_rows(items[j])


def _zh_having_clause(items: list[Item], pos: int, names_rows: Callable[[Item], bool]) -> bool:
    """(zh) 有影响的鸟击 / 造成影响的鸟击: a having verb, the column's noun, 的, the rows' noun."""
    if pos + 2 >= len(items) or items[pos + 1].text != "的" or not names_rows(items[pos + 2]):
        return False
    before = "".join(
        it.text.replace(" ", "") for it in items[max(0, pos - 2) : pos] if it.kind in ("word", "match")
    )
    return before.endswith(ZH_HAVING)
