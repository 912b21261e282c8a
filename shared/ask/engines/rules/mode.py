"""The query mode of a reading (docs/engine.md, "Query modes"): AGGREGATE, RANK, DETAIL or CLARIFY.

`mode_of` names the mode an Intent answers in; `asked_mode` the mode the question's own grammar words ask
for. When they disagree (a count asked, rows listed) the reading is doubtful, whatever else it got right.
"""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent, Mode


def mode_of(intent: Intent | None) -> Mode:
    if intent is None:
        return "clarify"
    if intent.order and intent.limit:
        return "rank"
    if intent.measures or intent.compare is not None or (intent.having and intent.dimensions):
        return "aggregate"
    if intent.columns:
        return "detail"
    return "clarify"


def conflicts(asked_count: bool, intent: Intent) -> bool:
    """A count word (how many / 多少个 / number of) answered by a plain listing of rows."""
    return asked_count and mode_of(intent) == "detail"
