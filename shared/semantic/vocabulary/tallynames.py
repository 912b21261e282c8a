"""English names of a Chinese count column (X人数, X次数: the number of people or times X) taken from its
table's own name: a table named births holding 出生人数 has rows that are days, each with its births, so
"births" names the column as well as the table. The dictionary decides: the English word's Chinese
entries must include one that opens with the column's stem (birth: 出生日期, 出生地点 -> 出生)."""

from __future__ import annotations

from shared.semantic.schema import Column
from shared.semantic.vocabulary import bilingual

# a whole-number column's name ending in one of these counts people / times / cases of what comes before
COUNT_SUFFIXES = ("人数", "人次", "次数", "件数", "例数", "户数")
TALLY_SCORE = 0.9


def count_suffix(col: Column) -> str | None:
    """The count suffix of a whole non-negative number column named X人数 / X次数, or None."""
    if col.type != "integer":
        return None
    low = col.profile.min if col.profile is not None else None
    if not isinstance(low, int | float) or low < 0:
        return None
    return next((s for s in COUNT_SUFFIXES if col.name.endswith(s)), None)


def names_a_count(name: str) -> bool:
    """A column name that says it counts people or times (出生人数), whatever its values."""
    return any(name.endswith(s) for s in COUNT_SUFFIXES)


def names_stem(word: str, stem: str) -> bool:
    """An English word whose dictionary entries include one opening with the Chinese stem."""
    return len(stem) >= 2 and any(zh.startswith(stem) for zh in bilingual.chinese_for(bilingual.base(word)))


def tally_keys(table_words: set[str], col: Column) -> list[str]:
    """The table's English name words (births, plural or not) that name the column's stem."""
    suffix = count_suffix(col)
    if suffix is None:
        return []
    stem = col.name[: -len(suffix)]
    return sorted(w for w in table_words if w.isascii() and len(w) > 3 and names_stem(w, stem))
