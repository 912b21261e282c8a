"""Pull the SQL (and an optional clarification) out of whatever a model replied.

Models wrap SQL in JSON, in ```sql fences, in prose, in <think> blocks, with trailing
semicolons or stray whitespace. We accept all of those, but we never *repair* the SQL
itself: stacked statements stay stacked so that validation refuses them explicitly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_THINK = re.compile(r"<think>.*?</think>", re.IGNORECASE | re.DOTALL)
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n?(.*?)```", re.DOTALL)
_OPEN_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n(.*)$", re.DOTALL)
# Statement keywords: read-only ones we want, and the dangerous ones we must still *see* to refuse.
_SQL_START = re.compile(
    r"(?<![\w])(SELECT|WITH|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|TRUNCATE|REPLACE|MERGE|PRAGMA|ATTACH|GRANT)\b",
    re.IGNORECASE,
)
# In prose a statement must look like one ("DROP TABLE", "WITH x AS ("), not just a word ("with", "replace").
_BARE_START = (
    r"(?<![\w])(?:SELECT\b|WITH\s+(?:RECURSIVE\s+)?[\w\"`]+\s*(?:\([^)]*\)\s*)?AS\s*\(|INSERT\s+INTO\b"
    r"|UPDATE\s+[\w\"`.]+\s+SET\b|DELETE\s+FROM\b|DROP\s+(?:TABLE|VIEW|INDEX|DATABASE|SCHEMA)\b"
    r"|CREATE\s+(?:TABLE|VIEW|INDEX|TEMP|TEMPORARY)\b|ALTER\s+TABLE\b|TRUNCATE\s+(?:TABLE\b)?|PRAGMA\s+\w"
    r"|ATTACH\s+(?:DATABASE\b)?|REPLACE\s+INTO\b|GRANT\s+\w)"
)
_BARE_UPPER = re.compile(_BARE_START)
_BARE_ANY = re.compile(_BARE_START, re.IGNORECASE)
_JSON_SQL_FIELD = re.compile(r'"(?:sql|query)"\s*:\s*"((?:[^"\\]|\\.)*)', re.DOTALL)
_SQL_KEYS = ("sql", "query", "SQL")
_CLARIFY_KEYS = ("clarify", "clarification", "question_back", "cannot_answer")
_EXPLAIN_KEYS = ("explanation", "interpretation", "explain", "description")


@dataclass
class Extraction:
    sql: str | None = None
    explanation: str | None = None
    clarify: str | None = None
    source: str = "none"  # json | fence | bare | none: how the SQL was found, for diagnostics


def extract_sql(reply: str) -> Extraction:
    """The single SQL text a reply carries, plus the model's one-line explanation or clarification."""
    text = _THINK.sub("", reply or "").strip()
    if not text:
        return Extraction()
    found = _from_json(text)
    if found is not None:
        return found
    fenced = _from_fences(text)
    if fenced is not None:
        return Extraction(sql=fenced, source="fence")
    bare = _from_bare(text)
    if bare is not None:
        return Extraction(sql=bare, source="bare")
    return Extraction()


def clean_sql(sql: str) -> str:
    """Trim whitespace and trailing semicolons; keep inner statements (and their semicolons) intact."""
    return sql.strip().rstrip(";").strip()


def _from_json(text: str) -> Extraction | None:
    """A JSON object with an `sql` field: whole reply, a ```json fence, or braces inside prose."""
    candidates = [text]
    candidates += [body for lang, body in _FENCE.findall(text) if lang.lower() in ("json", "")]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for candidate in candidates:
        data = _load_object(candidate.strip())
        if data is None:
            continue
        sql = _first_str(data, _SQL_KEYS)
        clarify = _first_str(data, _CLARIFY_KEYS)
        explanation = _first_str(data, _EXPLAIN_KEYS)
        if sql or clarify:
            return Extraction(
                sql=clean_sql(sql) if sql else None,
                explanation=explanation,
                clarify=None if sql else clarify,
                source="json",
            )
    # Truncated or otherwise broken JSON: salvage the "sql" string if it is there.
    match = _JSON_SQL_FIELD.search(text)
    if match:
        try:
            salvaged = json.loads(f'"{match.group(1)}"')
        except ValueError:
            salvaged = match.group(1).replace('\\"', '"').replace("\\n", "\n")
        if salvaged.strip():
            return Extraction(sql=clean_sql(salvaged), source="json")
    return None


def _load_object(candidate: str) -> dict[str, Any] | None:
    if not candidate.startswith("{"):
        return None
    try:
        data = json.loads(candidate)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _first_str(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _from_fences(text: str) -> str | None:
    """The first fenced block that holds SQL (```sql preferred, then any block that starts like SQL)."""
    blocks = _FENCE.findall(text)
    if not blocks:
        unclosed = _OPEN_FENCE.search(text)  # a reply cut off by max_tokens
        blocks = [unclosed.groups()] if unclosed else []
    for lang, body in blocks:
        if lang.lower() in ("sql", "sqlite", "mysql", "postgres", "postgresql") and body.strip():
            return clean_sql(body)
    for _lang, body in blocks:
        match = _SQL_START.match(body.strip())
        if match:
            return clean_sql(body)
    return None


def _from_bare(text: str) -> str | None:
    """SQL inside prose: from the first statement to where prose resumes (a blank line or `; words`)."""
    match = _BARE_UPPER.search(text) or _BARE_ANY.search(text)
    if match is None:
        return None
    paragraphs = re.split(r"\n\s*\n", text[match.start() :])
    kept = [paragraphs[0]]
    for paragraph in paragraphs[1:]:
        if not _BARE_ANY.match(paragraph.strip()) and not paragraph.strip().startswith(")"):
            break
        kept.append(paragraph)
    pieces = _split_outside_quotes("\n\n".join(kept), ";")
    statements = [pieces[0]]
    for piece in pieces[1:]:
        if not _BARE_ANY.match(piece.strip()):
            break  # prose after the statement ("...; this returns the total")
        statements.append(piece)
    return clean_sql(";".join(statements)) or None


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    """Split on `sep` outside quoted literals: a semicolon inside a string does not end a statement."""
    pieces: list[str] = []
    current: list[str] = []
    quote = ""
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in ("'", '"', "`"):
            quote = char
        elif char == sep:
            pieces.append("".join(current))
            current = []
            continue
        current.append(char)
    pieces.append("".join(current))
    return pieces
