"""What the engine knows about an answer's columns (roles, labels, percentages), for charts and summaries."""

from __future__ import annotations

from shared.ask.engines.base import ChartHint
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.labels import measure_label, share_alias
from shared.ask.engines.rules.sqlbuild import compare_aliases, result_aliases


def chart_hint(intent: Intent, lang: str = "en") -> ChartHint:
    """Column roles and the measure's human label, named as the SQL names the result columns."""
    roles: dict[str, str] = {}
    if intent.compare is not None:
        current, previous, change = compare_aliases(intent, lang)
        roles = {d: "category" for d in intent.dimensions}
        roles.update({current: "measure", previous: "measure", change: "measure"})
        return ChartHint(
            roles=roles,
            measure_label=measure_label(intent.measures[0], intent.table, lang),
            percent_columns=[change],
        )
    if intent.time_grain:
        roles[intent.time_grain] = "time"
    for d in intent.dimensions:
        roles[d] = "category"
    aliases = result_aliases(intent, lang)
    percent = [a for m, a in zip(intent.measures, aliases, strict=True) if m.agg == "rate"]
    for m, alias in zip(intent.measures, aliases, strict=True):
        roles[alias] = "measure"
        if intent.share and m.agg in ("sum", "count", "count_distinct", "metric"):
            # the share column is shown as a percentage; the chart (a pie) draws the measure itself
            roles[share_alias(alias, lang)] = "share"
            percent.append(share_alias(alias, lang))
    return ChartHint(
        roles=roles,
        share=intent.share,
        time_grain=intent.time_grain,
        measure_label=measure_label(intent.measures[0], intent.table, lang) if intent.measures else None,
        percent_columns=percent,
    )
