"""The distinct values of a column that is itself a count (farm_count, member_count, 会员人数) answer no
"how many different X": a village with 30 farms and another with 30 count once. The things the column
counts are what is asked (their total over the rows, or the distinct keys of another table), so a
COUNT(DISTINCT tally) answer is a doubt on the reading, never an answer given with confidence."""

from __future__ import annotations

import re

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.segment import split_identifier
from shared.semantic.vocabulary.tallynames import COUNT_SUFFIXES

COUNT_NAMES = frozenset(w.lower() for w in words("count_column_names")) | {"number", "num"}
_COUNT_DISTINCT_RE = re.compile(r'COUNT\(DISTINCT (?:\w+\.)?"([^"]+)"\)', re.I)


def tally_column(name: str) -> bool:
    """farm_count / num_members / n / 会员人数 / 病例数: a column named as a count of things."""
    parts = [w.lower() for w in split_identifier(name)]
    if parts and (parts[-1] in COUNT_NAMES or parts[0] in ("num", "number") and len(parts) > 1):
        return True
    return name.endswith(COUNT_SUFFIXES) or name.endswith(tuple(w for w in COUNT_NAMES if not w.isascii()))


def distinct_tally(sql: str | None) -> bool:
    """The SQL counts the distinct values of a count column."""
    return any(tally_column(c) for c in _COUNT_DISTINCT_RE.findall(str(sql or "")))
