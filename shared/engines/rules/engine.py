"""RuleEngine.answer: parse, merge follow-ups, build SQL, explain, or ask back."""

from __future__ import annotations

from shared.engines.base import ChartHint, EngineAnswer, EngineRequest
from shared.engines.rules.clarify import clarify_message
from shared.engines.rules.followup import looks_like_followup, merge, previous_intent
from shared.engines.rules.intent import Intent
from shared.engines.rules.interpret import interpretation
from shared.engines.rules.labels import measure_label, share_alias
from shared.engines.rules.parse import Parser
from shared.engines.rules.sqlbuild import UnsupportedIntent, build_sql, result_aliases
from shared.engines.rules.tokenize import detect_lang

EXAMPLE_MATCH = 92


def answer(request: EngineRequest) -> EngineAnswer:
    lang = detect_lang(request.question)
    example = _example_sql(request)
    if example is None:
        return _parse_answer(request, lang)
    # The question as parsed gives the conversation its state, so follow-ups edit it.
    try:
        parsed = _parse_answer(request, lang)
    except Exception:  # the confirmed example still answers
        parsed = EngineAnswer(status="error", engine="rules")
    ok = parsed.status == "ok"
    return EngineAnswer(
        status="ok",
        engine="rules",
        sql=example,
        lang=lang,  # type: ignore[arg-type]
        interpretation="与已确认的示例问题一致" if lang == "zh" else "matches a confirmed example question",
        confidence=0.95,
        state=parsed.state if ok else None,
        chart=parsed.chart if ok and parsed.sql == example else ChartHint(),
    )


def _parse_answer(request: EngineRequest, lang: str) -> EngineAnswer:
    parser = Parser(request.question, request.schema, request.semantic, request.today, request.state)
    parsed = parser.run()
    intent = parsed.intent
    problem = parsed.problem
    confidence = parsed.confidence
    prev = previous_intent(request.state)
    if intent is not None and prev is not None:
        explicit = getattr(parser, "explicit_measures", len(intent.measures))
        if looks_like_followup(parser, intent, explicit):
            intent = merge(prev, intent, parser, explicit)
            problem = None if problem == "nothing" else problem
            confidence = min(confidence, 0.85)
    if intent is None or problem is not None:
        return _clarify(parser, parsed.unknown, problem or "nothing", lang)
    try:
        sql = build_sql(intent, request.schema.dialect, lang)
    except UnsupportedIntent:
        return _clarify(parser, parsed.unknown, "unsupported", lang)
    return EngineAnswer(
        status="ok",
        engine="rules",
        sql=sql,
        interpretation=interpretation(intent, lang, parsed.notes),
        lang=lang,  # type: ignore[arg-type]
        confidence=round(confidence, 2),
        state={
            "intent": intent.to_dict(),
            "table": intent.table,
            "time_range": intent.time_range.__dict__ if intent.time_range else None,
        },
        chart=chart_hint(intent, lang),
    )


def _clarify(parser: Parser, unknown: list[str], problem: str, lang: str) -> EngineAnswer:
    return EngineAnswer(
        status="clarify",
        engine="rules",
        lang=lang,  # type: ignore[arg-type]
        message=clarify_message(problem, unknown, parser.table, parser.index, lang),
        confidence=0.0,
    )


def chart_hint(intent: Intent, lang: str = "en") -> ChartHint:
    """Column roles and the measure's human label, named as the SQL names the result columns."""
    roles: dict[str, str] = {}
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


def _example_sql(request: EngineRequest) -> str | None:
    """A whole question that closely repeats a semantic-layer example reuses its SQL; never a
    turn inside a conversation, which is read in the context of the turns before it."""
    examples = request.semantic.examples if request.semantic else []
    if not examples or request.state or request.history:
        return None
    from rapidfuzz import fuzz, process

    best = process.extractOne(
        request.question, [e.question for e in examples], scorer=fuzz.ratio, score_cutoff=EXAMPLE_MATCH
    )
    if best is None:
        return None
    return examples[best[2]].sql
