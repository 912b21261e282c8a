"""Which of two keys to one table a question means, by its direction words: flights reach airports by
`origin` and by `dest`; "flights to airports above 5000 feet", 飞往…机场 go over the destination key,
"each departure airport", 出发机场, "from …" over the origin key. A key's side is told by its name's words
(origin / source / departure / 出发 vs dest / destination / arrival / 到达); a question whose words pick
no side, or both, keeps both paths (and the planner asks which, naming them)."""

from __future__ import annotations

import re

from shared.ask.engines.rules.joins_graph import Context, Edge, without_edges
from shared.semantic.vocabulary.linking import Item
from shared.semantic.vocabulary.segment import CJK_RE, split_identifier

# a key column's words -> its side
KEY_SIDES = {
    "origin": (
        "origin",
        "orig",
        "source",
        "src",
        "from",
        "departure",
        "depart",
        "dep",
        "start",
        "出发",
        "始发",
        "起点",
        "来源",
    ),
    "dest": ("dest", "destination", "dst", "to", "arrival", "arr", "target", "end", "到达", "目的", "终点"),
}
# a question's words right before the word naming the table -> the side it means
EN_CUES = {
    "origin": frozenset(("from", "departure", "departures", "departing", "origin", "leaving")),
    "dest": frozenset(("to", "into", "destination", "destinations", "arrival", "arrivals", "arriving")),
}
ZH_CUES = {
    "origin": re.compile(r"从|出发|始发|起飞"),
    "dest": re.compile(r"飞往|前往|去往|到达|目的地|抵达|终点|[到至往]"),
}
SKIPPED = frozenset(("each", "every", "the", "a", "an", "all", "每个", "每", "各", "各个"))


def directed(ctx: Context, items: list[Item], strong: float) -> Context:
    """The context without the paths to a doubly reached table that the question's direction words rule
    out; unchanged when they pick no single side."""
    drop: list[Edge] = []
    for fact, (_paths, ambiguous) in ctx.reach.items():
        for target, options in ambiguous.items():
            side = _side_asked(items, target, strong)
            firsts = [p[0] for p in options if p and p[0].src == fact]
            picked = [e for e in firsts if side is not None and _key_side(e) == side]
            if len(firsts) >= 2 and len(picked) == 1:
                drop.extend(e for e in firsts if e != picked[0])
    return without_edges(ctx, drop)


def _key_side(edge: Edge) -> str | None:
    """origin / dest by the key column's name words, None when it says neither or both."""
    sides = set()
    for column in edge.src_cols:
        words = {w.lower() for w in split_identifier(column)}
        for side, names in KEY_SIDES.items():
            if words & set(names) or any(CJK_RE.search(n) and n in column for n in names):
                sides.add(side)
    return next(iter(sides)) if len(sides) == 1 else None


def _side_asked(items: list[Item], target: str, strong: float) -> str | None:
    """The one side the words before each mention of the target table say; None when none or both."""
    sides: set[str] = set()
    for pos, it in enumerate(items):
        if not any(lk.table == target and lk.score >= strong for lk in it.links):
            continue
        sides |= _cue_before(items, pos)
    return next(iter(sides)) if len(sides) == 1 else None


def _cue_before(items: list[Item], pos: int) -> set[str]:
    """The sides named right before the word at `pos` (English: the nearest content word; Chinese: the
    words before it in its clause, 飞往海拔5000英尺以上机场)."""
    if CJK_RE.search(items[pos].text):
        before = ""
        for it in reversed(items[:pos]):
            if it.kind == "punct":
                break
            before = it.text.replace(" ", "") + before
        return {side for side, cue in ZH_CUES.items() if cue.search(before)}
    for it in reversed(items[max(0, pos - 3) : pos]):
        word = it.text.lower()
        if word in SKIPPED:
            continue
        return {side for side, cues in EN_CUES.items() if word in cues}
    return set()
