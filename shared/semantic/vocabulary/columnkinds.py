"""What a column's type, profile and name say it is: a number held as text, a 0/1 flag, a time axis held as
text, a categorical code. Read once per column when the schema index is built (linking.column_info)."""

from __future__ import annotations

import re
from typing import Any

from shared.semantic.schema import Column
from shared.semantic.vocabulary.segment import split_identifier


def is_number_text(value: Any) -> bool:
    return isinstance(value, int | float) or bool(re.fullmatch(r"-?\d+(\.\d+)?", str(value).strip()))


def is_zero_one(col: Column, prof: Any) -> bool:
    """An integer column holding only 0 and 1 is a flag (is_returned), though its values are not profiled."""
    if col.type != "integer" or prof is None or prof.distinct_count not in (1, 2):
        return False
    return prof.min in (0, 1) and prof.max in (0, 1)


ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$")


def date_text(col: Column, values: list[Any]) -> bool:
    """A text column holding ISO dates (a SQLite file's hire_date '2017-04-28') is a time axis."""
    if col.type != "text":
        return False
    present = [v for v in values if v is not None]
    if not present and col.profile is not None and col.profile.min is not None:
        present = [col.profile.min, col.profile.max]  # too varied to list: both ends of its range
    if present:
        return all(isinstance(v, str) and ISO_DATE_RE.match(v.strip()) for v in present)
    words = split_identifier(col.name)
    named = bool(words) and (words[-1] in ("date", "datetime") or col.name.endswith("日期"))
    return named or event_stamp(words)


def event_stamp(words: list[str]) -> bool:
    """rated_on / created_at / shipped_on: a past participle then on / at names when the row's event
    happened (the Rails-style stamp), a time axis when the values are too many to have been profiled."""
    verb = words[-2] if len(words) >= 2 and words[-1] in ("on", "at") else ""
    return len(verb) > 3 and verb.endswith("ed") and verb not in NO_EVENT_PARTICIPLES


NO_EVENT_PARTICIPLES = frozenset(("based", "focused", "centered", "centred", "modeled", "modelled"))


def categorical_code(words: list[str], values: list[Any], unique: bool, distinct: int, rows: int) -> bool:
    """Template_Type_Code / status_code with a few repeating values is a category to group by, not a key."""
    return (
        bool(words) and words[-1] == "code" and bool(values) and not unique and distinct <= min(20, rows // 2)
    )
