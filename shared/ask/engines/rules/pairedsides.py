"""Columns in pairs, one per side of each row: home_goals / away_goals, import_value / export_value,
buyer_fee / seller_fee, origin_city / destination_city.

Two columns whose names differ only in their first word (the side) and share the rest (the thing) hold
the same kind of thing, once per side. Said without a side:
- an amount ("goals", "fees") is both sides' together: a match's goals are its home plus its away goals.
  The reading of one side only (the word tied between the two columns, the first one taken) answers
  half; the amount becomes the sum of the pair, aggregated as asked (SUM / AVG / MAX / MIN).
- a value held by both columns (a club, a city) is in either column: a filter on one side only (the
  first column holding it) counts half of that thing's rows. Unless the question names the side (home,
  away, origin), that reading is doubted: asked back, never answered as if the thing had one side.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared.ask.engines.rules.average_counted import average_said
from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.measures import _plural_count
from shared.ask.engines.rules.perrow import per_the_rows
from shared.semantic.vocabulary.linktypes import ColumnInfo, TableIndex
from shared.semantic.vocabulary.segment import split_identifier

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

SUMMED_AGGS = ("sum", "avg", "max", "min")
TIE = 0.05  # two links this close name both columns alike
SHARED_VALUES = 0.5  # the two columns' values overlap this much: one kind of thing on both sides


# Complementary sides of one row, each with the words that say it (besides the side word itself). A pair
# of columns named by other first words (flipper_length / bill_length) is two things, not two sides.
SIDES: dict[str, tuple[str, ...]] = {
    "home": ("host", "主场", "主队"),
    "away": ("visiting", "visitor", "客场", "客队"),
    "origin": ("from", "depart", "leaving", "出发", "从"),
    "source": ("from", "depart", "leaving", "出发", "从"),
    "destination": ("to", "arriv", "bound for", "到达", "飞往", "前往"),
    "dest": ("to", "arriv", "bound for", "到达", "飞往", "前往"),
    "import": ("进口",),
    "export": ("出口",),
    "inbound": ("进",),
    "outbound": ("出",),
    "buyer": ("bought", "买方"),
    "seller": ("sold", "卖方"),
    "sender": ("sent", "发送"),
    "receiver": ("received", "接收"),
}
SIDE_PAIRS = frozenset(
    frozenset(p)
    for p in (
        ("home", "away"),
        ("origin", "destination"),
        ("source", "dest"),
        ("source", "destination"),
        ("import", "export"),
        ("inbound", "outbound"),
        ("buyer", "seller"),
        ("sender", "receiver"),
    )
)


def side_pairs(table: TableIndex) -> dict[str, tuple[str, str, str]]:
    """{column: (partner, its side word, the shared thing)} over columns named <side>_<thing> in pairs."""
    by_thing: dict[str, list[tuple[str, ColumnInfo]]] = {}
    for c in table.columns.values():
        words = [w.lower() for w in split_identifier(c.name)]
        if len(words) >= 2 and words[0] in SIDES:
            by_thing.setdefault(" ".join(words[1:]), []).append((words[0], c))
    out: dict[str, tuple[str, str, str]] = {}
    for thing, cols in by_thing.items():
        if len(cols) != 2 or frozenset((cols[0][0], cols[1][0])) not in SIDE_PAIRS:
            continue
        if not _alike(cols[0][1], cols[1][1]):
            continue
        (side_a, a), (side_b, b) = cols
        out[a.name] = (b.name, side_a, thing)
        out[b.name] = (a.name, side_b, thing)
    return out


def _alike(a: ColumnInfo, b: ColumnInfo) -> bool:
    if a.role != b.role or a.numeric != b.numeric:
        return False
    if a.role == "measure":
        return a.numeric
    if a.role in ("dimension", "text") and a.values and b.values:
        va, vb = set(map(str, a.values)), set(map(str, b.values))
        return len(va & vb) >= SHARED_VALUES * min(len(va), len(vb))
    return False


def _side_said(question: str, side: str) -> bool:
    """The side's word or a word that says it (from: the origin; 主场: home)."""
    for cue in (side, *SIDES.get(side, ())):
        if not cue.isascii():
            if cue in question:
                return True
        elif re.search(rf"\b{re.escape(cue)}", question, re.IGNORECASE):
            return True
    return False


def sum_both_sides(parser: ParserBase, intent: Intent) -> None:
    """An amount said without a side ("goals"), read as one side's column: the pair's sum instead; and
    counted ("how many goals"), which counts no rows but adds the amount up."""
    table = parser.table
    if table is None:
        return
    pairs = side_pairs(table)
    _count_of_both_sides(parser, intent, pairs)
    for k, m in enumerate(intent.measures):
        if m.agg not in SUMMED_AGGS or m.column not in pairs or m.expression:
            continue
        partner, side, thing = pairs[m.column]
        other_side = pairs[partner][1]
        info = table.columns.get(m.column)
        if info is None or not tied_word(parser, m.column, partner):
            continue
        if _side_said(parser.question, side) or _side_said(parser.question, other_side):
            continue
        agg = m.agg
        if agg == "avg" and _plural_count(info) and not _average_said(parser):
            agg = "sum"  # the most goals: a count of things adds up, unless an average is asked
        expression = f'"{m.column}" + "{partner}"'
        intent.measures[k] = Measure(agg, None, thing.replace(" ", "_"), expression)


def _count_of_both_sides(parser: ParserBase, intent: Intent, pairs: dict[str, tuple[str, str, str]]) -> None:
    """How many goals (a count word right before a word naming both amounts of a pair, nothing else
    measured): the amount of both sides added up, SUM(home_goals + away_goals)."""
    m = intent.measures[0] if len(intent.measures) == 1 else None
    if m is None or m.agg != "count" or m.column or m.expression:
        return
    for pos in range(1, len(parser.items)):
        if pos in parser.ps.used or not parser.kw_only(parser.items[pos - 1], "count"):
            continue
        column = _tied_amount(parser, pos, pairs)
        if column is None:
            continue
        partner, side, thing = pairs[column]
        if _side_said(parser.question, side) or _side_said(parser.question, pairs[partner][1]):
            return
        intent.measures = [Measure("sum", None, thing.replace(" ", "_"), f'"{column}" + "{partner}"')]
        parser.ps.used.add(pos)
        return


def _tied_amount(parser: ParserBase, pos: int, pairs: dict[str, tuple[str, str, str]]) -> str | None:
    """The amount column of a pair the item names as surely as its partner, if it names one."""
    table = parser.table
    assert table is not None
    it = parser.items[pos]
    scores = {lk.column: lk.score for lk in it.links if lk.kind == "column" and lk.table == table.name}
    for c, score in scores.items():
        info = table.columns.get(c or "")
        partner = pairs[c][0] if c in pairs else None
        if info is not None and info.role == "measure" and partner in scores:
            return c if abs(score - scores[partner]) <= TIE else None
    return None


def _average_said(parser: ParserBase) -> bool:
    """An average word (average, mean, 平均) or "per" the rows' noun (goals per game)."""
    return average_said(parser.items) or per_the_rows(parser) is not None


def tied_word(parser: ParserBase, column: str, partner: str) -> bool:
    """A word of the question names both columns of the pair about equally (goals: home_ and away_goals)."""
    table = parser.table
    assert table is not None
    for it in parser.items:
        scores = {lk.column: lk.score for lk in it.links if lk.kind == "column" and lk.table == table.name}
        if column in scores and partner in scores and abs(scores[column] - scores[partner]) <= TIE:
            return True
    return False


def one_side_of_a_pair(parser: ParserBase, intent: Intent) -> bool:
    """A value both columns of a pair hold (a club, home or away) filtered on one of them, the question
    naming neither side: half of that thing's rows."""
    table = parser.table
    if table is None:
        return False
    pairs = side_pairs(table)
    for f in intent.filters:
        if f.column not in pairs or f.op not in ("=", "in") or f.source not in ("value", ""):
            continue
        partner, side, _thing = pairs[f.column]
        if _side_said(parser.question, side) and not _side_said(parser.question, pairs[partner][1]):
            continue  # home games: the home column; home and away: both
        held = set(map(str, (table.columns[partner].values or [])))
        if any(str(v) in held for v in f.values):
            return True
    return False
