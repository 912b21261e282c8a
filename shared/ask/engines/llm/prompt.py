"""Build the chat messages for a question: schema, semantics, values, examples, history.

Small schemas go in whole; large ones are cut to the tables and columns the question is
about (linked by name, synonym, description and cell value), because a model given 500
columns picks the wrong one. Sample values go with the columns the question mentions and
with small categorical columns (whose spelling a model cannot guess). Cell values leave
the process only when both the settings (`LLM_SEND_VALUES`) and the request
(`options["send_values"]`) allow it.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from shared.ask.engines.base import EngineRequest
from shared.ask.engines.llm.joinhints import prompt_section
from shared.semantic.schema import Column, Example, Schema, SemanticLayer, Table

FULL_SCHEMA_MAX_COLUMNS = 60  # below this the whole schema is cheaper than being wrong about relevance
MAX_TABLES = 8
MAX_COLUMNS_PER_TABLE = 40
MAX_VALUES_PER_COLUMN = 12
MAX_EXAMPLES = 3
MAX_HISTORY_TURNS = 4
MENTION_THRESHOLD = 0.5
# Columns this small are categories whose spelling the model cannot guess ('Beauty' for 美妆): always listed.
CATEGORICAL_MAX_VALUES = 10

DIALECT_NAMES = {
    "sqlite": "SQLite",
    "mysql": "MySQL",
    "postgres": "PostgreSQL",
    "duckdb": "DuckDB",
    "tsql": "SQL Server",
    "oracle": "Oracle",
    "bigquery": "BigQuery",
    "snowflake": "Snowflake",
}
QUOTE_CHARS = {"mysql": "`", "bigquery": "`", "tsql": '"'}

log = logging.getLogger("chatbi.llm")
_WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"[_\s]+")
_CJK = re.compile(r"[\u3400-\u9fff]")

REPLY_FORMAT = (
    'Reply with JSON only: {"sql": "<one query>", "explanation": "<one line: what the query computes>"}. '
    'If these tables cannot answer the question, do not guess: reply {"sql": null, "clarify": '
    '"<what is missing or ambiguous, in the language of the question>"}.'
)


@dataclass
class LinkedColumn:
    column: Column
    score: float = 0.0
    value_hits: list[str] = field(default_factory=list)


@dataclass
class LinkedTable:
    table: Table
    columns: list[LinkedColumn]
    score: float = 0.0


def build_messages(request: EngineRequest, *, send_values: bool) -> list[dict[str, str]]:
    """System prompt (rules + schema + metrics + examples), previous turns, then the question."""
    schema, semantic = request.schema, request.semantic
    linked = link_schema(request.question, schema, semantic)
    parts = [
        _rules(schema.dialect, request),
        "### Tables\n" + render_schema(linked, semantic, send_values=send_values),
    ]

    relationships = prompt_section(request)
    if relationships:
        parts.append(relationships)
    metrics = _render_metrics(semantic)
    if metrics:
        parts.append("### Metrics (use these definitions when the question names them)\n" + metrics)
    examples = similar_examples(request.question, semantic.examples)
    if examples:
        parts.append("### Examples\n" + "\n".join(f"Q: {e.question}\nSQL: {e.sql}" for e in examples))
    messages = [{"role": "system", "content": "\n\n".join(parts)}]
    messages += _history_messages(request.history)
    messages.append({"role": "user", "content": request.question})
    return messages


def repair_message(error: str) -> dict[str, str]:
    """The one message of the repair round: the exact error, and the same reply contract."""
    return {
        "role": "user",
        "content": f"That query was rejected: {error}\nFix it using only the listed tables and columns. "
        + REPLY_FORMAT,
    }


def _rules(dialect: str, request: EngineRequest) -> str:
    name = DIALECT_NAMES.get(dialect, dialect)
    quote = QUOTE_CHARS.get(dialect, '"')
    return "\n".join(
        [
            f"You write one read-only {name} query that answers a business question about the tables below.",
            "- A single SELECT (WITH is fine). Never INSERT, UPDATE, DELETE, DROP, CREATE, ALTER or PRAGMA.",
            "- Use only the listed tables and columns, spelled exactly as listed; quote an identifier with "
            f"{quote}...{quote} when it is not a plain ASCII word.",
            "- Compare text to the listed values exactly (same case and language); string literals in '...'.",
            f"- Today is {request.today.isoformat()}; resolve relative dates (last month, 去年) against it.",
            "- Give computed columns short aliases; use ORDER BY and LIMIT for top/bottom questions.",
            "- A follow-up question refines the previous query in this conversation.",
            f"- {REPLY_FORMAT}",
        ]
    )


def link_schema(question: str, schema: Schema, semantic: SemanticLayer) -> list[LinkedTable]:
    """Every table with its columns scored against the question; cut down only when the schema is large."""
    text = _normalise(question)
    words = set(_words(text))
    rule_links = rule_engine_links(question, schema, semantic)
    linked: list[LinkedTable] = []
    for table in schema.tables:
        table_meta = semantic.tables.get(table.name) or {}
        columns_meta = table_meta.get("columns") or {}
        columns = [
            _link_column(text, words, column, columns_meta.get(column.name) or {}) for column in table.columns
        ]
        _apply_rule_links(table.name, columns, rule_links)
        names = [table.name, *table.synonyms, *(table_meta.get("synonyms") or [])]
        table_score = max(_name_score(text, words, n) for n in names)
        table_score = max(
            [table_score]
            + [link.score for link in rule_links if link.kind == "table" and link.table == table.name]
        )
        best_column = max((c.score for c in columns), default=0.0)
        linked.append(LinkedTable(table, columns, score=max(table_score, 0.6 * best_column)))
    total_columns = sum(len(t.columns) for t in schema.tables)
    if total_columns <= FULL_SCHEMA_MAX_COLUMNS:
        return linked
    return _cut(linked, schema)


def rule_engine_links(question: str, schema: Schema, semantic: SemanticLayer) -> list[Any]:
    """The rule engine's schema/value links (lexicon translations: 销售额 -> amount), when it is installed.

    Reused rather than duplicated; optional, because the LLM engine must work without it.
    """
    try:
        from shared.semantic.vocabulary import linking  # lazy: optional dependency
        from shared.semantic.vocabulary.segment import normalise, units_of  # lazy: optional dependency
    except ImportError:
        return []
    try:
        text = normalise(question)
        items = linking.match(text, units_of(text), linking.index_for(schema, semantic), [])
        return [link for item in items for link in item.links]
    except Exception:  # noqa: BLE001 - a linking bug must not cost the LLM its answer
        log.warning("rule-engine linking failed; using the LLM engine's own", exc_info=True)
        return []


def _apply_rule_links(table: str, columns: list[LinkedColumn], links: list[Any]) -> None:
    by_name = {c.column.name: c for c in columns}
    for link in links:
        target = by_name.get(link.column) if link.table == table else None
        if target is None:
            continue
        target.score = max(target.score, float(link.score))
        if link.kind == "value" and link.value is not None and str(link.value) not in target.value_hits:
            target.value_hits.append(str(link.value))


def _cut(linked: list[LinkedTable], schema: Schema) -> list[LinkedTable]:
    """Top tables (plus the tables their foreign keys join to), each with its best columns and keys."""
    ranked = sorted(linked, key=lambda t: t.score, reverse=True)
    kept = [t for t in ranked if t.score > 0][:MAX_TABLES] or ranked[:MAX_TABLES]
    kept_names = {t.table.name for t in kept}
    for table in list(kept):
        for fk in table.table.foreign_keys:
            target = next((t for t in linked if t.table.name == fk.ref_table), None)
            if target is not None and target.table.name not in kept_names and len(kept) < MAX_TABLES + 2:
                kept.append(target)
                kept_names.add(target.table.name)
    for table in kept:
        if len(table.columns) <= MAX_COLUMNS_PER_TABLE:
            continue
        keys = set(table.table.primary_key) | {c for fk in table.table.foreign_keys for c in fk.columns}
        by_score = sorted(table.columns, key=lambda c: (c.column.name in keys, c.score), reverse=True)
        chosen = {id(c) for c in by_score[:MAX_COLUMNS_PER_TABLE]}
        table.columns = [c for c in table.columns if id(c) in chosen]  # keep the table's own order
    order = {t.name: i for i, t in enumerate(schema.tables)}
    return sorted(kept, key=lambda t: order.get(t.table.name, 0))


def _link_column(text: str, words: set[str], column: Column, meta: dict[str, Any]) -> LinkedColumn:
    names = [column.name, *column.synonyms, *(meta.get("synonyms") or [])]
    score = max(_name_score(text, words, n) for n in names)
    description = meta.get("description") or column.description
    if description:
        score = max(score, 0.6 * _name_score(text, words, description))
    hits = _value_hits(text, words, column)
    if hits:
        score = max(score, 1.0)
    return LinkedColumn(column, score, hits)


def _name_score(text: str, words: set[str], name: str) -> float:
    """1.0 when the name appears in the question; partial credit for shared words or a close spelling."""
    name_text = _normalise(name)
    if not name_text:
        return 0.0
    if _CJK.search(name_text):
        if name_text in text:
            return 1.0
        shared = sum(1 for bigram in _bigrams(name_text) if bigram in text)
        return 0.7 * shared / max(1, len(name_text) - 1) if shared else 0.0
    name_words = [_singular(w) for w in _words(name_text)]
    if not name_words:
        return 0.0
    if len(name_text) >= 3 and _contains_word(text, name_text):
        return 1.0
    present = sum(1 for w in name_words if w in words)
    if present:
        return 0.9 * present / len(name_words)
    if len(name_text) >= 5:
        from rapidfuzz import fuzz  # lazy: heavy (rapidfuzz)

        ratio = fuzz.partial_ratio(name_text, text)
        return 0.6 if ratio >= 90 else 0.0
    return 0.0


def _value_hits(text: str, words: set[str], column: Column) -> list[str]:
    """Profile values the question quotes ("上海", "web"): a filter the model must spell exactly."""
    values = column.profile.values if column.profile else None
    if not values:
        return []
    hits = []
    for entry in values:
        value = str(entry[0] if isinstance(entry, list | tuple) else entry)
        needle = _normalise(value)
        if not needle:
            continue
        if _CJK.search(needle):
            if needle in text:
                hits.append(value)
        elif len(needle) >= 2 and _contains_word(text, needle):
            hits.append(value)
    return hits


def render_schema(linked: list[LinkedTable], semantic: SemanticLayer, *, send_values: bool) -> str:
    """Compact DDL-like text: one line per column with type, key, description, synonyms, values."""
    lines: list[str] = []
    for entry in linked:
        table = entry.table
        meta = semantic.tables.get(table.name) or {}
        header = f"{table.name} ({table.row_count} rows)" if table.row_count else table.name
        description = meta.get("description") or table.description
        lines.append(f"{header}: {description}" if description else header)
        columns_meta = meta.get("columns") or {}
        for linked_column in entry.columns:
            lines.append("  - " + _render_column(linked_column, columns_meta, table, send_values=send_values))
        for fk in table.foreign_keys:
            lines.append(
                f"  foreign key: ({', '.join(fk.columns)}) -> {fk.ref_table}({', '.join(fk.ref_columns)})"
            )
        if len(entry.columns) < len(table.columns):
            lines.append(f"  ({len(table.columns) - len(entry.columns)} less relevant columns not shown)")
    return "\n".join(lines)


def _render_column(
    linked: LinkedColumn, columns_meta: dict[str, Any], table: Table, *, send_values: bool
) -> str:
    column = linked.column
    meta = columns_meta.get(column.name) or {}
    parts = [f"{column.name} {column.type}"]
    if column.name in table.primary_key:
        parts.append("primary key")
    description = meta.get("description") or column.description
    if description:
        parts.append(str(description))
    synonyms = list(dict.fromkeys([*column.synonyms, *(meta.get("synonyms") or [])]))
    if synonyms:
        parts.append("also called " + ", ".join(synonyms))
    if send_values and column.profile is not None:
        profile = column.profile
        if column.is_temporal and profile.min is not None and profile.max is not None:
            parts.append(f"from {profile.min} to {profile.max}")
        categorical = profile.values is not None and len(profile.values) <= CATEGORICAL_MAX_VALUES
        if profile.values and (linked.score >= MENTION_THRESHOLD or linked.value_hits or categorical):
            parts.append("values: " + _render_values(profile.values, linked.value_hits))
    return "; ".join(parts)


def _render_values(values: list[list[Any]], hits: list[str]) -> str:
    ordered = list(dict.fromkeys([*hits, *(str(v[0] if isinstance(v, list | tuple) else v) for v in values)]))
    shown = ", ".join(_sql_literal(v) for v in ordered[:MAX_VALUES_PER_COLUMN])
    more = len(ordered) - MAX_VALUES_PER_COLUMN
    return f"{shown}, ... ({more} more)" if more > 0 else shown


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''")[:80] + "'"


def _render_metrics(semantic: SemanticLayer) -> str:
    lines = []
    for metric in semantic.metrics:
        line = f"- {metric.name} = {metric.expression}"
        if metric.table:
            line += f" (table {metric.table})"
        extras = [e for e in (metric.description, ", ".join(metric.synonyms) if metric.synonyms else "") if e]
        if extras:
            line += ": " + "; ".join(extras)
        lines.append(line)
    return "\n".join(lines)


def similar_examples(question: str, examples: list[Example], k: int = MAX_EXAMPLES) -> list[Example]:
    """The k examples closest to the question (word overlap for English, character bigrams for Chinese)."""
    if not examples:
        return []
    from rapidfuzz import fuzz  # lazy: heavy (rapidfuzz)

    text = _normalise(question)
    grams = _bigrams(text) | set(_words(text))

    def similarity(example: Example) -> float:
        other = _normalise(example.question)
        other_grams = _bigrams(other) | set(_words(other))
        overlap = len(grams & other_grams) / max(1, len(grams | other_grams))
        return max(overlap, fuzz.token_set_ratio(text, other) / 100 * 0.8)

    scored = sorted(((similarity(e), i, e) for i, e in enumerate(examples)), key=lambda s: (-s[0], s[1]))
    return [e for score, _i, e in scored[:k] if score >= 0.2]


def _history_messages(history: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Previous turns as user/assistant pairs, so "and last year?" has something to refine."""
    messages: list[dict[str, str]] = []
    for turn in history[-MAX_HISTORY_TURNS:]:
        question = turn.get("question")
        if not question:
            continue
        messages.append({"role": "user", "content": str(question)})
        messages.append(
            {"role": "assistant", "content": json.dumps({"sql": turn.get("sql")}, ensure_ascii=False)}
        )
    return messages


def _contains_word(text: str, needle: str) -> bool:
    """`needle` occurs in `text` not glued to other letters/digits (a substring test first: cheap)."""
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return True
        start = text.find(needle, start + 1)
    return False


def _normalise(text: str) -> str:
    return _SPACES.sub(" ", str(text).lower()).strip()


def _words(text: str) -> list[str]:
    return [_singular(w) for w in _WORD.findall(text)]


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _bigrams(text: str) -> set[str]:
    compact = re.sub(r"\s+", "", text)
    return {compact[i : i + 2] for i in range(len(compact) - 1)}
