"""Name words over a joined view: whose name, and which of a person's names.

"主人的名字" / "the owner's name" names the owners' name column even when the fact (dogs) has a `name`
column of its own: the planner already resolves the owner of a name word (joins_mentions._generic_mention),
and the view parse is told so by a synonym on that column. 名 is the given name and 姓 the family name, so
名字 / 姓氏 say which of a person's name columns is meant (first_name / last_name) as "first name" does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.joins_graph import Context, View, entity_label, name_part, spelt_name_part
from shared.ask.engines.rules.parsecommon import KIND_CHARS, words
from shared.semantic.schema import Schema, SemanticLayer
from shared.semantic.vocabulary.linking import Item, SchemaIndex

ZH_GIVEN_NAME = re.compile(r"(?<!姓)名(?!称)")
ZH_FAMILY_NAME = re.compile(r"姓(?!名)")


def said_in_chinese(words: list[str], question: str) -> bool:
    """A first-name column asked for by 名 / 名字 (not 姓名), a last-name column by 姓 / 姓氏."""
    part = spelt_name_part(words)
    if part == "first":
        return bool(ZH_GIVEN_NAME.search(question))
    if part == "last":
        return bool(ZH_FAMILY_NAME.search(question))
    return False


def owned_names(found: list[tuple[Item, set[str]]], view: View, name_words: frozenset[str]) -> dict[str, str]:
    """Name word -> the view column of the one table that owns it (主人的名字 -> Owners' first_name).
    A word said of two owners (主人的名字和狗的名字) steers nothing."""
    targets: dict[str, set[str]] = {}
    for it, _tables in found:
        word = it.text.replace(" ", "").lower()
        if word not in name_words:
            continue
        best = max((lk.score for lk in it.links if lk.kind == "column"), default=0.0)
        cols = {(lk.table, lk.column) for lk in it.links if lk.kind == "column" and lk.score >= best}
        virtual = {v for v, owner in view.columns.items() if owner in cols}
        targets.setdefault(it.text, set()).update(virtual if len(virtual) == 1 else {"", "?"})
    return {text: next(iter(v)) for text, v in targets.items() if len(v) == 1}


def modified_columns(items: list[Item], view: View, strong: float) -> dict[str, str]:
    """Column word -> the column of the thing it modifies: in 3岁猫 the age is the cat's (Pets.pet_age),
    though 岁 names the students' age better. Only a word right before a value or table word of one
    other table that has a column the word names, or right after a relative clause's opening on one
    ("a cat that is age 3")."""
    out: dict[str, str] = {}
    for pos, it in enumerate(items):
        columns = [lk for lk in it.links if lk.kind == "column" and lk.column]
        if it.tags or not columns or any(lk.kind != "column" for lk in it.links):
            continue
        best = max(columns, key=lambda lk: lk.score)
        nxt = items[pos + 1] if pos + 1 < len(items) else None
        named = _named_by(nxt, strong) or _relative_owner(items, pos, strong)
        if len(named) != 1 or best.table in named:
            continue
        (table,) = named
        virtual = {v for v, owner in view.columns.items() for lk in columns if owner == (table, lk.column)}
        if len(virtual) == 1:
            out[it.text] = next(iter(virtual))
    return out


def owned_column_links(
    items: list[Item], reach: Callable[[str, str], int | None], strong: float
) -> dict[str, tuple[str, str]]:
    """治疗的描述: a column word after a table's word and 的, naming columns of several tables only weakly,
    is the column of that table, or else of the one table a single step from it (`reach`: steps from the
    owner; Treatments -> its type's description, not the description of the dog's size two steps away).
    Word -> (table, column)."""
    out: dict[str, tuple[str, str]] = {}
    for pos in range(2, len(items)):
        it, de, owner_item = items[pos], items[pos - 1], items[pos - 2]
        if de.text != "的" or it.tags:
            continue
        columns = [lk for lk in it.links if lk.kind == "column" and lk.column]
        if not columns or any(lk.kind != "column" for lk in it.links):
            continue
        best = max(lk.score for lk in columns)
        if best >= strong:
            continue  # named outright: the parse reads it
        columns = [lk for lk in columns if lk.score >= best - 0.01]  # 学生的ID: an id, not city_code
        owners = _named_by(owner_item, strong)
        if len(owners) != 1:
            continue
        (owner,) = owners
        by_distance: dict[int, set[tuple[str, str]]] = {}
        for lk in columns:
            steps = reach(owner, lk.table)
            if steps is not None and steps <= 1:
                by_distance.setdefault(steps, set()).add((lk.table, str(lk.column)))
        nearest = by_distance.get(min(by_distance), set()) if by_distance else set()
        if len(nearest) == 1:
            out[it.text] = next(iter(nearest))
    return out


def owned_columns(items: list[Item], view: View, strong: float) -> dict[str, str]:
    """The owned column words (owned_column_links) as the joined view's columns."""
    out: dict[str, str] = {}
    for word, source in owned_column_links(items, lambda o, t: _steps_from(view, o, t), strong).items():
        virtual = [v for v, src in view.columns.items() if src == source]
        if not virtual:  # the joined table's key, which the view holds as the key to it (Has_Pet.StuID)
            table, column = source
            path = view.paths.get(table) or []
            held = (
                [
                    (path[-1].src, a)
                    for a, b in zip(path[-1].src_cols, path[-1].dst_cols, strict=True)
                    if b == column
                ]
                if path
                else []
            )
            virtual = [v for v, src in view.columns.items() if src in held]
        if len(virtual) == 1:
            out[word] = virtual[0]
    return out


def _steps_from(view: View, owner: str, table: str) -> int | None:
    """How many relationship steps past `owner` the view reaches `table` (0: the owner itself)."""
    if owner not in view.paths or table not in view.paths:
        return None
    mine, theirs = view.paths[owner], view.paths[table]
    if theirs[: len(mine)] != mine:
        return None
    return len(theirs) - len(mine)


RELATIVE = frozenset(("that", "which", "who", "whose", "has", "have", "with", *words("copulas", "be")))


def _named_by(it: Item | None, strong: float) -> set[str]:
    if it is None:
        return set()
    return {lk.table for lk in it.links if lk.kind in ("value", "table") and lk.score >= strong}


def _relative_owner(items: list[Item], pos: int, strong: float) -> set[str]:
    """The noun a relative clause opens on: cat in "a cat that is age 3"."""
    i = pos - 1
    while i >= 0 and items[i].text.lower() in RELATIVE:
        i -= 1
    return _named_by(items[i], strong) if 0 <= i < pos - 1 else set()


def steered(
    view: View,
    found: list[tuple[Item, set[str]]],
    name_words: frozenset[str],
    items: list[Item],
    strong: float,
) -> View:
    """The view whose owned name columns (and modified columns) are also called by the question's word."""
    owned = {
        **owned_columns(items, view, strong),
        **modified_columns(items, view, strong),
        **owned_names(found, view, name_words),
    }
    if not owned:
        return view
    tables = {t: dict(spec) for t, spec in view.semantic.tables.items()}
    entry = dict(tables.get(view.fact) or {})
    columns = {c: dict(spec) for c, spec in (entry.get("columns") or {}).items()}
    for word, column in owned.items():
        spec = columns.setdefault(column, {})
        spec["synonyms"] = [*(spec.get("synonyms") or []), word.replace(" ", "")]
    entry["columns"] = columns
    tables[view.fact] = entry
    return replace(
        view, semantic=SemanticLayer(tables=tables, metrics=view.semantic.metrics, relationships=[])
    )


def unsteered(items: list[Item], view: View, sql: str, strong: float) -> bool:
    """A modified column the query does not read ("a cat that is age 3" read as the students' Age, whose
    exact name the steer cannot outweigh): the answer filters the wrong table's column."""
    return any(f'"{view.columns[v][1]}"' not in sql for v in modified_columns(items, view, strong).values())


def kind_of_a_name(items: list[Item], index: SchemaIndex, strong: float) -> bool:
    """服装类产品: a word before 类 / 型 names a kind of thing; read as one value of a name column (服装 ->
    the product named 'Dress') it is a misreading (the kind is a category the data spells otherwise)."""
    for it, nxt in zip(items, items[1:], strict=False):
        if nxt.text not in KIND_CHARS:
            continue
        for lk in it.links:
            table = index.tables.get(lk.table)
            info = table.columns.get(lk.column or "") if table else None
            named = info is not None and (info.unique or info.name_like)
            if lk.kind == "value" and lk.score >= strong and named:
                return True
    return False


# "first name", 名字, a lone 名 (not the classifier of 三名 / 3名, not 名称 / 名单)
FIRST_ASKED = re.compile(
    r"\b(first|given|fore)\s*names?\b|名字|(?<![一两二三四五六七八九十\d])名(?!称|字|单)"
)


def full_name(intent: Any, view: View, question: str) -> bool:
    """A joined person listed by the given name alone (the top earners → 名) is shown by the full name:
    the family name column of the same table goes right after it, unless the question asks for the given
    name itself ("first name", 名字). Returns whether the intent changed."""
    if FIRST_ASKED.search(question):
        return False
    changed = False
    for listing in (intent.columns, intent.dimensions):
        for v in list(listing):
            table, column = view.columns.get(v, ("", ""))
            if table == view.fact or name_part(column) != "first":
                continue
            last = next(
                (w for w, (t, c) in view.columns.items() if t == table and name_part(c) == "last"), None
            )
            if last is not None and last not in intent.columns and last not in intent.dimensions:
                listing.insert(listing.index(v) + 1, last)
                changed = True
    return changed


# ids, codes, numbers asked for; "the number of cases" is a count, not a number shown
ID_ASKED = re.compile(
    r"\b(ids?|codes?|keys?|numbers?)\b(?<!number of)(?!\s+of\b)|编号|代码|编码|号码|代号", re.IGNORECASE
)


def labels_for_keys(intent: Any, view: View, labelled: frozenset[str], question: str) -> bool:
    """A table grouped or picked by is named by its label column: when the view parse shows the fact's key
    to it instead (各球队 read as salaries.球队编号), the label takes the key's place, unless an id is asked
    for. Returns whether the intent changed."""
    if ID_ASKED.search(question):
        return False
    swap: dict[str, str] = {}
    for t in labelled:
        path = view.paths.get(t) or []
        table = view.sources.get(t)
        label = entity_label(table) if table is not None else None
        if len(path) != 1 or path[0].reverse or label is None:
            continue
        virtual = next((v for v, owner in view.columns.items() if owner == (t, label.name)), None)
        if virtual is not None:
            swap.update({k: virtual for k in path[0].src_cols if view.columns.get(k) == (view.fact, k)})
    return _swap_shown(intent, swap)


def _swap_shown(intent: Any, swap: dict[str, str]) -> bool:
    """Each grouped or listed column in `swap` replaced by its label column (unless that is shown already);
    whether any was."""
    changed = False
    for listing in (intent.dimensions, intent.columns):
        for i, c in enumerate(listing):
            if c in swap and swap[c] not in listing:
                listing[i] = swap[c]
                changed = True
    return changed


def labels_for_own_keys(intent: Any, view: View, named: frozenset[str], question: str) -> bool:
    """哪些国家 answered by the joined table's own key (国家.国家编号, linked by the table's word as
    strongly as its name column) and nothing else shown: the rows are shown by their label column, unless
    an id is asked for. Returns whether the intent changed."""
    if ID_ASKED.search(question):
        return False
    swap: dict[str, str] = {}
    for t in named:
        table = view.sources.get(t)
        label = entity_label(table) if table is not None and t != view.fact else None
        if label is None:
            continue
        virtual = next((v for v, owner in view.columns.items() if owner == (t, label.name)), None)
        keys = {v for v, owner in view.columns.items() if owner[0] == t and owner[1] in view.key_of(t)}
        if virtual is not None:
            swap.update(dict.fromkeys(keys, virtual))
    shown = [*intent.columns, *intent.dimensions]
    if not shown or any(c not in swap for c in shown):
        return False  # the key beside other columns (an amount listed) is left to the readings after
    return _swap_shown(intent, swap)


# "the country codes of countries …": codes said, though followed by "of"
CODES_SAID = re.compile(r"\b(ids?|codes?|keys?)\b", re.IGNORECASE)


def codes_for_unnamed(
    intent: Any, schema: Schema, paths: dict[str, Any], named: frozenset[str], question: str
) -> bool:
    """哪些物种 answered by the fact's species codes: a table the question names by its word, grouped or
    listed by the key the fact holds to it, whose rows have no name (no label column, no given name) but
    other words to them (genus, family): the codes are no answer, and which words name the rows is unsure.
    Not when an id or code is asked for."""
    shown = [*(intent.get("dimensions") or []), *(intent.get("columns") or [])]
    if not shown or ID_ASKED.search(question) or CODES_SAID.search(question):
        return False
    for t in named:
        path = paths.get(t) or []
        table = schema.table(t)
        if len(path) != 1 or path[0].reverse or table is None or entity_label(table) is not None:
            continue
        keys = {c.lower() for c in path[0].dst_cols}
        words = [c for c in table.columns if c.type == "text" and c.name.lower() not in keys]
        if words and any(c in shown for c in path[0].src_cols):
            return True
    return False


def key_shown_for_label(
    ans: EngineAnswer, ctx: Context, chosen: str, question: str, named: frozenset[str] = frozenset()
) -> str | None:
    """A one-table answer grouped by, or listing, the key its rows hold to another table whose rows have
    a name (salaries.球队编号 -> teams.team_name) though the question asks for no id: the codes answer
    where the things were asked for. That table, when so. A listing of rows counts when the question names
    that table (the loans with their state: the states' names, not the codes the loans hold)."""
    intent = (ans.state or {}).get("intent") or {}
    if ans.status != "ok" or ID_ASKED.search(question) or chosen not in ctx.reach:
        return None
    paths, ambiguous = ctx.reach[chosen]
    for t, path in paths.items():
        table = ctx.schema.table(t)
        if len(path) != 1 or t in ambiguous or path[0].reverse or table is None:
            continue
        if entity_label(table) is not None and set(path[0].src_cols) & _shown(intent, t in named):
            return t
    return None


def _shown(intent: dict[str, Any], named: bool) -> set[str]:
    """The groups, and the columns listed by a listing that picks (which team …最多) or of rows beside a
    table the question names; not a distinct listing (the kinds that occur: codes tell them apart)."""
    picked = bool(intent.get("order") or intent.get("limit"))
    listed = picked or (named and not intent.get("distinct"))
    return {*(intent.get("dimensions") or []), *((intent.get("columns") or []) if listed else [])}
