"""Doubts about the final answer's shape: checks that need the SQL the person will see, not an intermediate
reading (a join reads the question over a view first and reshapes it after; these checks run on what comes
out: engine.py for one table, joins.py for a join). Each one found costs MODE_CONFLICT_DOUBT.

- who / 谁 asked, and no text column answers it (the two biggest hitters → their numbers only);
- which / 哪个 asked, and one ungrouped figure answers it (哪个联盟的总得分更多 → the total of all leagues);
- SUM or AVG of a date (the average of the egg dates: a number no one asked for);
- a unit asked that the measured column does not hold ("in kilograms" over body_mass_g);
- a name the SQL does not hold ("for United Airlines" answered over every airline).
"""

from __future__ import annotations

import re
from typing import Any

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import MODE_CONFLICT_DOUBT, word_map, words
from shared.ask.engines.rules.timeexpr import MONTHS
from shared.semantic.schema import Table
from shared.semantic.vocabulary.propernouns import other_names

WHO_OPENERS = frozenset(words("who_openers"))
WHICH_OPENERS = words("which_openers")
WHO_WORDS = words("who_words")
WHICH_WORDS = words("which_words")
UNIT_SPELLINGS = word_map("unit_spellings")
UNIT_FAMILIES = word_map("unit_families")
_LATIN_UNITS = sorted((w for w in UNIT_SPELLINGS if w.isascii()), key=len, reverse=True)
_LATIN_UNIT_RE = re.compile(r"\b(" + "|".join(map(re.escape, _LATIN_UNITS)) + r")\b")
# a single-character Chinese unit (克, 米, 秒) is a unit only after a number or 以 (以克计, 3米): 克 is also
# in 巧克力, 米 in 玉米
_ZH_UNITS = sorted((w for w in UNIT_SPELLINGS if not w.isascii()), key=len, reverse=True)
_ZH_UNIT_RE = re.compile(
    "|".join(re.escape(w) if len(w) > 1 else rf"(?<=[0-9以]){re.escape(w)}" for w in _ZH_UNITS)
)
DATE_TYPES = ("date", "datetime", "timestamp")


def _opening(question: str) -> str:
    return re.sub(r"^[^a-z]+", "", question.lower())


def asks_who(question: str) -> bool:
    """Who … ? / 谁: a person (or a named thing) is asked. English "who" only opening the question: "players
    who were born …" is a relative clause."""
    first = re.match(r"[a-z]+", _opening(question))
    return bool(first and first.group(0) in WHO_OPENERS) or any(w in question for w in WHO_WORDS)


def asks_which(question: str) -> bool:
    """Which … ? / 哪个: one or some of a kind are asked. English "which" opening the question (or after its
    preposition: in which year); "the companies which …" is a relative clause."""
    low = _opening(question)
    return any(low.startswith(w + " ") for w in WHICH_OPENERS) or any(w in question for w in WHICH_WORDS)


def _shown_text(intent: Intent, table: Table | None) -> bool:
    """A text column is shown: listed, grouped by, or a text measure (MAX of a name)."""
    shown = [*intent.columns, *intent.dimensions, *(m.column for m in intent.measures if m.column)]
    if table is None:
        return bool(shown)
    types = {c.name: c.type for c in table.columns}
    return any(types.get(c, "text") == "text" for c in shown)  # an expression's alias: no doubt


def _one_figure(intent: Intent) -> bool:
    """Only aggregates, over all rows: one row of figures."""
    aggregated = bool(intent.measures) and all(m.agg != "none" for m in intent.measures)
    return aggregated and not intent.dimensions and not intent.columns and not intent.time_grain


def unit_of_column(name: str) -> str | None:
    """The unit a column's name ends with (body_mass_g → g, flipper_length_mm → mm, price_usd: none known)."""
    parts = [p for p in re.split(r"[^a-z]+", name.lower()) if p]
    if len(parts) < 2:
        return None
    unit = UNIT_SPELLINGS.get(parts[-1])
    return unit if unit in UNIT_FAMILIES else None


def units_said(question: str) -> set[str]:
    low = question.lower()
    said = {UNIT_SPELLINGS[m.group(1)] for m in _LATIN_UNIT_RE.finditer(low)}
    said |= {UNIT_SPELLINGS[m.group(0)] for m in _ZH_UNIT_RE.finditer(question)}
    return {u for u in said if u in UNIT_FAMILIES}


def _used_columns(intent: Intent) -> set[str]:
    used = {m.column for m in intent.measures if m.column} | set(intent.columns)
    used |= {f.column for f in intent.filters if f.source == "number"}
    used |= {h.measure.column for h in intent.having if h.measure.column}
    return used | {str(o[1]) for o in intent.order if o[0] == "column"}


def unit_not_held(question: str, intent: Intent) -> bool:
    """A unit asked (in kilograms, 以千克计) of a kind some used column states another unit of (body_mass_g):
    the stored numbers answer in grams, a thousand times off."""
    said = units_said(question)
    if not said:
        return False
    held = {u for c in _used_columns(intent) if (u := unit_of_column(c))}
    families = {UNIT_FAMILIES[u] for u in held}
    return any(UNIT_FAMILIES[u] in families and u not in held for u in said)


def date_aggregated(intent: Intent, table: Table | None) -> bool:
    """SUM or AVG of a date column: the engine's own filler (heaviest first → AVG(date_egg)), never asked."""
    if table is None:
        return False
    types = {c.name: c.type for c in table.columns}
    return any(m.agg in ("sum", "avg") and types.get(m.column or "") in DATE_TYPES for m in intent.measures)


_NAME_RE = re.compile(r"(?<=[a-z0-9,] )([A-Z][a-z]{2,})\b")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def name_dropped(question: str, sql: str | None) -> bool:
    """ "… for United Airlines" answered over every airline: a capitalised word inside an English sentence
    (a name) that nothing in the SQL holds, neither a value, a column nor a table."""
    if not sql:
        return False
    low = sql.lower()
    # a value the SQL holds in another language (Shanghai = '上海') is held under its other names too
    low += " " + " ".join(n.lower() for v in re.findall(r"'([^']*)'", sql) for n in other_names(v))
    for m in _NAME_RE.finditer(question):
        word = m.group(1).lower()
        if word in MONTHS or word in _DAY_NAMES:
            continue
        stem = word[: max(4, len(word) - 3)]  # Japanese ~ 'Japan', Asian ~ 'Asia', Yankees ~ 'Yankee'
        if stem not in low:
            return True
    return False


def answer_doubts(question: str, intent: Intent, table: Table | None, sql: str | None = None) -> list[str]:
    """The names of the doubts the final answer raises (each costs MODE_CONFLICT_DOUBT)."""
    found = {
        "name_dropped": name_dropped(question, sql),
        "who_unnamed": asks_who(question) and not _shown_text(intent, table),
        "which_one_figure": asks_which(question) and _one_figure(intent),
        "date_aggregated": date_aggregated(intent, table),
        "unit_not_held": unit_not_held(question, intent),
    }
    return [name for name, hit in found.items() if hit]


def answer_doubt(
    question: str, raw: dict[str, Any] | Intent | None, table: Table | None, sql: str | None = None
) -> float:
    if raw is None:
        return 0.0
    intent = raw if isinstance(raw, Intent) else Intent.from_dict(raw)
    return MODE_CONFLICT_DOUBT * len(answer_doubts(question, intent, table, sql))
