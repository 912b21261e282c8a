"""RuleEngine.answer: parse, merge follow-ups, build SQL, explain, or ask back."""

from __future__ import annotations

from dataclasses import replace

from shared.ask.engines.base import ASKED_BACK, ChartHint, EngineAnswer, EngineRequest
from shared.ask.engines.rules import joins
from shared.ask.engines.rules.answer_doubts import amount_for_a_count, answer_doubts
from shared.ask.engines.rules.charthint import chart_hint
from shared.ask.engines.rules.clarify import (
    clarify_message,
    followup_after_asked_back_message,
    followup_lost_message,
    low_confidence_message,
    other_table_message,
)
from shared.ask.engines.rules.coordinated_reads import coordinated_group_and_filter
from shared.ask.engines.rules.counts_held import counts_summed
from shared.ask.engines.rules.countshown import count_unanswered
from shared.ask.engines.rules.eventthings import things_of_the_event
from shared.ask.engines.rules.followup import (
    context_dropped,
    edit_lost,
    elliptical,
    listing_doubts_moot,
    looks_like_followup,
    measure_dropped,
    merge,
    names_nothing,
    previous_intent,
    refers_back,
    superlative_on_previous,
)
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.interpret import interpretation
from shared.ask.engines.rules.joins_mentions import items_of
from shared.ask.engines.rules.parse import Parser
from shared.ask.engines.rules.parsecommon import (
    CLASSIFIERS,
    FOLLOWUP_WITHOUT_CONTEXT_DOUBT,
    MODE_CONFLICT_DOUBT,
    UNKNOWN_WORD_DOUBT,
    asks_the_same_for,
    opens_as_followup,
)
from shared.ask.engines.rules.parsestate import Parsed
from shared.ask.engines.rules.placeanaphor import refers_to_a_place
from shared.ask.engines.rules.rankedunread import ranked_unread
from shared.ask.engines.rules.sqlbuild import (
    UnsupportedIntent,
    build_sql,
    cached_column_facts,
)
from shared.ask.engines.rules.subject import (
    amount_links,
    read_subject,
    star_fact,
    subject_spans,
    subject_words,
)
from shared.ask.engines.rules.tallydistinct import distinct_tally
from shared.ask.engines.rules.which_shown import which_unshown
from shared.semantic.vocabulary import answerscope
from shared.semantic.vocabulary.linking import Item, index_for
from shared.semantic.vocabulary.segment import detect_lang

EXAMPLE_MATCH = 92
# Below this confidence the rule engine asks back instead of answering (calibrated on every question set
# with bench/engine_trust.py so that almost nothing wrong gets through; in ENGINE_MODE=auto the LLM
# answers these instead).
CLARIFY_BELOW = 0.55
VALUE_NAMED = 0.9  # a word that surely names a stored value


def answer(request: EngineRequest) -> EngineAnswer:
    """One table when one table holds the question's words, else a planned join (rules/joins.py)."""
    with answerscope.answering():  # the schema's index found once per answer, not per lookup
        return _answer(request)


def _answer(request: EngineRequest) -> EngineAnswer:
    found = joins.answer(request, answer_single)
    if found.status == "ok" and (
        context_dropped(request.question, request.state, found.state)
        or measure_dropped(request.question, request.state, found.state)
    ):
        back = _asks_back(
            followup_lost_message(found.lang or "en"), found.unknown_words, found.lang or "en", 0.3
        )
        return replace(back, sql=found.sql, interpretation=found.interpretation)
    unanswered = str((request.state or {}).get(ASKED_BACK) or "")
    if not (found.status == "ok" and unanswered):
        return found
    if refers_to_a_place(request.question):  # what's the rate there? after "and in the PICU?" asked back
        return _asks_back(followup_after_asked_back_message(found.lang), found.unknown_words, found.lang, 0.3)
    if not opens_as_followup(unanswered) or _same_for_another(request, unanswered):
        return _after_asked_back(request, found)
    if _edits_the_other_asked_back(request, unanswered):
        return _after_asked_back(request, found)
    return found


def _edits_the_other_asked_back(request: EngineRequest, unanswered: str) -> bool:
    """那B呢 / and B? was asked back, then "of those, …" edits it: the rows edited are B's, never read, not
    the older turn's A. A further "what about C?" still replaces the value (_same_for_another decides)."""
    return asks_the_same_for(unanswered) and not asks_the_same_for(request.question)


def _same_for_another(request: EngineRequest, unanswered: str) -> bool:
    """1970年呢 after 只要前三 was asked back: "the same" is the turn asked back, whose reading is not
    known. Not when it names a value of the column the follow-up asked back named one of (只看债务整合类的,
    then 信用卡还款的呢): it replaces that edit, and the older turn is the one it edits."""
    if not asks_the_same_for(request.question):
        return False
    index = index_for(request.schema, request.semantic)

    def valued(text: str) -> set[tuple[str, str | None]]:
        return {
            (lk.table, lk.column)
            for it in items_of(text, index)
            for lk in it.links
            if lk.kind == "value" and lk.score >= VALUE_NAMED
        }

    return not valued(unanswered) & valued(request.question)


def _after_asked_back(request: EngineRequest, found: EngineAnswer) -> EngineAnswer:
    """The turn before, a whole question, was asked back, so the state is an older, answered turn's. A
    reading that needs it (the question read alone differs: 那2019年的呢 edits whatever came before) would
    answer a question the user has moved past: ask back. A question that stands alone is answered as it is;
    after a follow-up asked back (只看…), the older turn is still the one edited by a further edit (去掉…),
    but not asked again of another value (1970年呢, what about …): "the same" is the turn asked back."""
    alone = joins.answer(replace(request, state=None), answer_single)
    if alone.status == "ok" and alone.sql == found.sql:
        return found
    return _asks_back(followup_after_asked_back_message(found.lang), found.unknown_words, found.lang, 0.3)


def answer_single(request: EngineRequest) -> EngineAnswer:
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


def _parser(request: EngineRequest) -> Parser:
    parser = Parser(request.question, request.schema, request.semantic, request.today, request.state)
    parser.joined_columns = frozenset(request.options.get("joined_columns") or ())
    relation = set(request.options.get("relation_units") or ())
    if relation:  # words a join answers (relation verbs: teach, owned by) are no words of this parse
        parser.items = [it for it in parser.items if it.start not in relation]
    tables = tuple(t.name for t in request.schema.tables)
    said = subject_words(request.datasource, tables)
    subject = subject_spans(parser.items, said)
    if subject and any(_counted(parser.items, start) for start, _end in subject):
        parser.ps.reasons.append("subject_counted")  # how many occupants: the data's own rows counted
    if subject:  # words naming what the whole data is about: the rows themselves, or their amount
        fact = star_fact(request.schema, request.semantic) or _viewed_fact(request)
        parser.subject_starts = frozenset(parser.items[a].start for a, _b in subject)
        parser.items, parser.subject_amount = read_subject(
            parser.items, subject, amount_links(parser.index), fact, said.modifiers
        )
    parser.items = things_of_the_event(parser.items, parser.index)  # 卖出了多少套房子: the rows sold
    return parser


def _final_doubts(request: EngineRequest, parser: Parser, intent: Intent, sql: str) -> list[str]:
    """The final answer's doubts (answer_doubts), and the data's subject counted answered by an amount
    (how many homes with a pool → SUM(pool_area_sqft)). Average daily X per month over one row a day asks
    no mean over the periods: the days are the rows (`ParseState.days_as_rows`)."""
    shape = answer_doubts(request.question, intent, request.schema.table(intent.table), sql)
    if parser.ps.days_as_rows:
        shape = [d for d in shape if d != "mean_per_period_grouped"]
    if "subject_counted" in parser.ps.reasons and amount_for_a_count(intent):
        shape.append("subject_summed")
    if which_unshown(parser.items, sql):
        shape.append("which_unshown")
    if coordinated_group_and_filter(parser.items, sql):
        shape.append("coordinated_group_and_filter")
    if distinct_tally(sql):
        shape.append("distinct_tally")
    if ranked_unread(parser.items, sql):
        shape.append("ranked_unread")
    if count_unanswered(parser.items, sql):
        shape.append("count_unanswered")
    return shape


def _counted(items: list[Item], start: int) -> bool:
    """The item at start follows a count word (how many, 多少, past a classifier: 多少名)."""
    before = start - 1
    if before >= 0 and items[before].text.replace(" ", "") in CLASSIFIERS:
        before -= 1
    return before >= 0 and items[before].has("count")


def _viewed_fact(request: EngineRequest) -> str | None:
    """A joined view over a star's fact (joins.py) is the fact's rows: the subject's word names it."""
    fact = request.options.get("star_fact")
    tables = request.schema.tables
    return str(fact) if fact and len(tables) == 1 and tables[0].name == fact else None


def _in_context(
    request: EngineRequest, parser: Parser, parsed: Parsed
) -> tuple[Intent | None, str | None, float]:
    """The reading as a follow-up of the previous answer, when it is one (intent, problem, confidence)."""
    intent, problem, confidence = parsed.intent, parsed.problem, parsed.confidence
    prev = previous_intent(request.state)
    explicit = parser.ps.explicit_measures
    if explicit is None:
        explicit = len(intent.measures) if intent is not None else 0
    nothing = prev is not None and names_nothing(parser)
    if nothing:
        explicit = 0  # 哪一年最多？ ranks the previous measure
    if intent is not None and prev is not None:
        if looks_like_followup(parser, intent, explicit):
            intent = merge(prev, intent, parser, explicit)
            problem = None if problem == "nothing" else problem
            back = listing_doubts_moot(parser, intent) + (
                superlative_on_previous(intent, parser) if nothing else 0
            )
            confidence = min(confidence + back, 0.85)
            if edit_lost(prev, intent):  # 再只看还押的呢 with 还押 unread: the same answer again
                confidence -= FOLLOWUP_WITHOUT_CONTEXT_DOUBT
    elif prev is None and (
        opens_as_followup(request.question) or elliptical(parser, explicit) or refers_back(request.question)
    ):
        confidence -= FOLLOWUP_WITHOUT_CONTEXT_DOUBT  # "only European ones" edits a question not at hand
    return intent, problem, confidence


def _parse_answer(request: EngineRequest, lang: str) -> EngineAnswer:
    parser = _parser(request)
    parsed = parser.run()
    intent, problem, confidence = _in_context(request, parser, parsed)
    if parser.subject_amount and parsed.unknown:  # an inference made beside words not understood
        confidence -= parser.reason("subject_amount_unsure", UNKNOWN_WORD_DOUBT)
    prev = previous_intent(request.state)
    if intent is None or problem is not None:
        return _clarify(parser, parsed.unknown, problem or "nothing", lang)
    if parsed.other_tables and prev is None:
        # a word names only another table's column or value: one table cannot answer it
        return _asks_back(
            other_table_message(parsed.other_tables, parser.table, lang), parsed.unknown, lang, 0.3
        )
    if "joined_columns" not in request.options:  # a joined view's counts are read once joined (joins.py)
        defaulted = bool({"default_name_column", "default_id_column"} & set(parser.ps.reasons))
        linked = frozenset(
            lk.column for it in parser.items for lk in it.links or () if lk.kind == "column" and lk.column
        )
        intent = counts_summed(
            intent, request.schema.table(intent.table), request.question, None, defaulted, linked
        )
    try:
        infos = parser.index.tables[intent.table].columns if intent.table in parser.index.tables else {}
        facts = cached_column_facts(parser.index.fingerprint, request.schema.table(intent.table), infos)
        sql = build_sql(intent, request.schema.dialect, lang, facts)
    except UnsupportedIntent:
        return _clarify(parser, parsed.unknown, "unsupported", lang)
    reading = interpretation(intent, lang, parsed.notes)
    if "clarify_below" not in request.options:  # a join's reading over its view is checked once joined
        shape = _final_doubts(request, parser, intent, sql)
        parser.ps.reasons.extend(shape)
        confidence = max(confidence - MODE_CONFLICT_DOUBT * len(shape), 0.0)  # a confidence, never below 0
    # a caller that checks the reading itself (e.g. a join plan over a joined view) may lower the bar
    threshold = float(request.options.get("clarify_below", CLARIFY_BELOW))
    if confidence < threshold:
        # not sure enough to answer: ask back, naming what was not understood; the tentative reading
        # (SQL and interpretation) goes along for the person, or the LLM in auto mode, to confirm
        answer_back = _asks_back(
            low_confidence_message(parsed.unknown, parser, lang), parsed.unknown, lang, confidence
        )
        return replace(answer_back, sql=sql, interpretation=reading)
    return EngineAnswer(
        status="ok",
        engine="rules",
        sql=sql,
        interpretation=reading,
        lang=lang,  # type: ignore[arg-type]
        confidence=round(confidence, 2),
        state={
            "intent": intent.to_dict(),
            "table": intent.table,
            "time_range": intent.time_range.__dict__ if intent.time_range else None,
            "reasons": list(parser.ps.reasons),  # the evidence against the reading (joins re-weigh it)
            "shortfall": round(parser.ps.shortfall, 2),  # doubts below the floor (joins)
        },
        chart=chart_hint(intent, lang),
        unknown_words=parsed.unknown,
    )


def _asks_back(message: str, unknown: list[str], lang: str, confidence: float) -> EngineAnswer:
    return EngineAnswer(
        status="clarify",
        engine="rules",
        lang=lang,  # type: ignore[arg-type]
        message=message,
        confidence=round(min(confidence, CLARIFY_BELOW), 2),
        unknown_words=unknown,
    )


def _clarify(parser: Parser, unknown: list[str], problem: str, lang: str) -> EngineAnswer:
    message = clarify_message(problem, unknown, parser.table, parser.index, lang)
    return _asks_back(message, unknown, lang, 0.0)


def _example_sql(request: EngineRequest) -> str | None:
    """A whole question that closely repeats a semantic-layer example reuses its SQL; never a
    turn inside a conversation, which is read in the context of the turns before it."""
    examples = request.semantic.examples if request.semantic else []
    if not examples or request.state or request.history:
        return None
    from rapidfuzz import fuzz, process  # lazy: heavy (rapidfuzz)

    best = process.extractOne(
        request.question, [e.question for e in examples], scorer=fuzz.ratio, score_cutoff=EXAMPLE_MATCH
    )
    if best is None:
        return None
    return examples[best[2]].sql
