"""An amount of a pair said beside one side's thing: 客队的进球 (the visiting team's goals) is away_goals.

Columns `<side>_<thing>` in pairs (pairedsides.side_pairs) hold one thing per side. A word naming one
side's other thing (主队 / the host team: home_team), said with no value, only tells which side the
question is about: an amount read from a word naming both columns of its pair alike (goals: home_ and
away_goals) is that side's column, and the side's word is read. Both sides said (主队和客队的场均进球)
ask the amount of each, in the order said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.pairedsides import SIDE_PAIRS, side_pairs, tied_word

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

SIDE_WORD_LINK = 0.85  # a word names the side's thing at least this surely


def amount_of_the_side_said(parser: ParserBase, intent: Intent) -> None:
    """The tied amount of a pair moved to the side another pair's column names (主队 -> home_goals)."""
    table = parser.table
    if table is None or len(intent.measures) != 1:
        return
    m = intent.measures[0]
    pairs = side_pairs(table)
    if m.column not in pairs or m.expression or not tied_word(parser, m.column, pairs[m.column][0]):
        return
    partner, side, thing = pairs[m.column]
    sides = _sides_said(parser, pairs, thing)
    wanted = list(dict.fromkeys(s for s, _pos, _col in sides))
    if not wanted or not all(frozenset((w, side)) in SIDE_PAIRS or w == side for w in wanted):
        return
    for _s, pos, col in sides:
        parser.ps.used.add(pos)
        if col in intent.columns:
            intent.columns.remove(col)
    by_side = {side: m.column, pairs[partner][1]: partner}
    intent.measures = [Measure(m.agg, by_side[w]) for w in wanted]


def _sides_said(
    parser: ParserBase, pairs: dict[str, tuple[str, str, str]], thing: str
) -> list[tuple[str, int, str]]:
    """(side, position, column) of each unread word naming one column of another pair, and no other."""
    table = parser.table
    assert table is not None
    out: list[tuple[str, int, str]] = []
    for pos, it in enumerate(parser.items):
        if it.kind != "match":
            continue
        cols = {lk.column for lk in it.links if lk.kind == "column" and lk.table == table.name}
        best = max((lk.score for lk in it.links), default=0.0)
        top = [
            lk.column
            for lk in it.links
            if lk.kind == "column" and lk.table == table.name and lk.score >= max(best, SIDE_WORD_LINK) - 1e-9
        ]
        if len(top) != 1 or any(lk.kind == "value" for lk in it.links) or len(cols) > 2:
            continue
        col = top[0]
        if col in pairs and pairs[col][2] != thing:
            out.append((pairs[col][1], pos, col))
    return out


def bound_on_the_side_amount(parser: ParserBase, intent: Intent) -> None:
    """客队进球5个及以上的比赛有几场: a bound said after an amount of a pair (goals), the side said by a
    word naming that side's other thing (客队: away_team), bounds that side's amount in each row
    (away_goals >= 5), not the number of rows of each away team (GROUP BY away_team HAVING COUNT(*) >= 5)."""
    table = parser.table
    if table is None or len(intent.having) != 1 or len(intent.dimensions) > 1:
        return
    having = intent.having[0]
    if having.measure.agg != "count" or having.measure.column or having.op not in (">", ">=", "<", "<=", "="):
        return
    pairs = side_pairs(table)
    sides = [s for s in _sides_said(parser, pairs, "") if s[2] in (intent.dimensions or [s[2]])]
    if len(sides) != 1:
        return
    side, side_pos, side_col = sides[0]
    found = _pair_amount_after(parser, pairs, side_pos, pairs[side_col][2])
    if found is None:
        return
    pos, amount = found
    partner, amount_side, _thing = pairs[amount]
    column = amount if amount_side == side else partner
    intent.dimensions = []
    intent.having = []
    op: Any = having.op
    intent.filters.append(Filter(column, op, [having.value], source="number"))
    parser.ps.used.update((pos, side_pos))


def _pair_amount_after(
    parser: ParserBase, pairs: dict[str, tuple[str, str, str]], start: int, other_thing: str
) -> tuple[int, str] | None:
    """(position, column) of the first word after `start` naming both columns of a pair of another thing."""
    table = parser.table
    assert table is not None
    for pos, it in enumerate(parser.items[start + 1 :], start=start + 1):
        cols = [lk.column for lk in it.links if lk.kind == "column" and lk.table == table.name]
        for c in cols:
            if c in pairs and pairs[c][0] in cols and pairs[c][2] != other_thing:
                return pos, c
    return None


def bounds_of_the_side_said(parser: ParserBase, intent: Intent) -> None:
    """客队得分3分及以上: a number bound on an amount read from a word naming both sides alike (得分:
    home_ and away_score), one side said by its other thing (客队: away_team), bounds that side's column."""
    table = parser.table
    if table is None:
        return
    pairs = side_pairs(table)
    for f in intent.filters:
        if (
            f.source != "number"
            or f.column not in pairs
            or not tied_word(parser, f.column, pairs[f.column][0])
        ):
            continue
        partner, side, thing = pairs[f.column]
        sides = _sides_said(parser, pairs, thing)
        wanted = {s for s, _pos, _col in sides}
        if len(wanted) != 1:
            continue
        f.column = f.column if side in wanted else partner
        parser.ps.used.update(pos for _s, pos, _col in sides)
