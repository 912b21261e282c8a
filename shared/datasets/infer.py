"""Column type inference over the *whole* column, and the matching value converters.

Exports rarely carry types, so every value is looked at once (pass 1 of the loader) and the
narrowest type all non-empty values fit wins: integer > decimal > float > boolean > date >
datetime > text. Work is done column-wise per batch with compiled regexes so a 500k-row
file infers in seconds; a column drops out of checking as soon as it can only be text.

Conventions: empty (or whitespace-only) cells are NULL; thousands separators (1,234) and a
trailing % (12.5% -> 0.125) are numbers; integers with a leading zero (007, zip codes) stay
text; dates 2024-03-01, 2024/3/1, 2024.3.1 and 2024年3月1日 become real dates.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from shared.semantic.schema import ColumnType

# ---------------------------------------------------------------- the rules: ONE table, two engines
#
# What a cell must look like to fit each type, written once. The Python path (per-batch `re` over
# newline-joined cells) and the Arrow path (RE2 over a whole string array) both compile their
# patterns from this table, so the two cannot drift apart.


@dataclass(frozen=True)
class CellRule:
    r"""A cell fits `type` when it fully matches `pattern`. `\d` means any Unicode digit (as Python's
    `re` reads it); for RE2 it becomes `[0-9]` (fast path) or `\p{Nd}` (the rest)."""

    type: str
    pattern: str
    ignore_case: bool = False

    def cell(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE if self.ignore_case else 0)

    def lines(self) -> re.Pattern[str]:
        """Every line of a newline-joined batch fits: one C-level pass instead of one call per cell."""
        one = f"(?:{self.pattern})"
        return re.compile(f"(?:{one}\n)*{one}", re.IGNORECASE if self.ignore_case else 0)

    def arrow(self) -> tuple[str, str]:
        """(ASCII, Unicode) anchored RE2 patterns."""
        flags = "(?i)" if self.ignore_case else ""
        ascii_digits, any_digit = self.pattern.replace(r"\d", "[0-9]"), self.pattern.replace(r"\d", r"\p{Nd}")
        return f"{flags}^(?:{ascii_digits})$", f"{flags}^(?:{any_digit})$"


TRUE_WORDS = frozenset({"true", "yes"})
FALSE_WORDS = frozenset({"false", "no"})
BOOL_WORDS = TRUE_WORDS | FALSE_WORDS
_DATE_PART = r"(?P<y>\d{4})(?:[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
_TIME_PART = r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.(?P<f>\d{1,6}))?)?)?"
RULES: dict[str, CellRule] = {
    rule.type: rule
    for rule in (
        # 1,234 thousands groups; no leading zero (007 and zip codes stay text); fits in 64 bits.
        CellRule("integer", r"[+-]?(?:0|[1-9]\d{0,17}|[1-9]\d{0,2}(?:,\d{3}){1,5})"),
        # 12.50, 1,234.5, .5, and a trailing % (12.5% -> 0.125).
        CellRule("decimal", r"[+-]?(?:(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?|\.\d+)%?"),
        CellRule(
            "float",
            r"[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|infinity|nan)",
            ignore_case=True,
        ),
        CellRule("boolean", "|".join(sorted(BOOL_WORDS)), ignore_case=True),
        # The fast path for dates: ISO, checked for a real day by each engine's own date parser.
        CellRule("iso_date", r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        # 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, with an optional time: a date without one.
        CellRule("datetime", _DATE_PART + _TIME_PART),
    )
}

DATETIME_RE = RULES["datetime"].cell()
FLOAT_RE = RULES["float"].cell()
INT_LINES_RE = RULES["integer"].lines()
DECIMAL_LINES_RE = RULES["decimal"].lines()
ISO_DATE_LINES_RE = RULES["iso_date"].lines()
FRACTION_RE = re.compile(r"\.(\d+)")
MAX_DECIMAL_PRECISION = 65
MAX_DECIMAL_SCALE = 18
INT64_MAX = 2**63 - 1


def is_empty(value: Any) -> bool:
    """Empty cells are NULL: None, '' or whitespace only."""
    return value is None or (isinstance(value, str) and (not value or value.isspace()))


def parse_date_parts(text: str) -> tuple[int, ...] | None:
    """(y, m, d[, H, M, S, us]) of a date or datetime string, None if it is not one (or not a real date)."""
    m = DATETIME_RE.fullmatch(text.strip())
    if not m:
        return None
    g = m.groups()
    year, month, day = int(g[0]), int(g[1] or g[3]), int(g[2] or g[4])
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    if g[5] is None:
        return (year, month, day)
    hour, minute, second = int(g[5]), int(g[6]), int(g[7] or 0)
    micro = int((g[8] or "0").ljust(6, "0"))
    if hour > 23 or minute > 59 or second > 59:
        return None
    return (year, month, day, hour, minute, second, micro)


def _padded(joined: str) -> bool:
    """Whether any cell of a newline-joined batch has leading or trailing whitespace (substring tests)."""
    if joined[:1].isspace() or joined[-1:].isspace():
        return True
    return any(token in joined for token in (" \n", "\n ", "\t", "\r", "\u3000", "\xa0"))


def _digits(text: str) -> tuple[int, int]:
    """(integer digits, scale) of a plain decimal string, percent included (12.5% has scale 3)."""
    text = text.strip().lstrip("+-").replace(",", "")
    percent = text.endswith("%")
    text = text.rstrip("%")
    whole, _, frac = text.partition(".")
    whole = whole.lstrip("0")
    if percent:
        return max(len(whole) - 2, 1), len(frac) + 2
    return max(len(whole), 1), len(frac)


@dataclass
class ColumnInference:
    """What is known about one column after looking at some of its values."""

    name: str
    can_int: bool = True
    can_decimal: bool = True
    can_float: bool = True
    can_bool: bool = True
    can_date: bool = True
    can_datetime: bool = True
    # Typed sources (xlsx floats, parquet, sqlite) say what a number is; text columns stay text.
    declared: ColumnType | None = None
    int_digits: int = 1
    scale: int = 0
    max_length: int = 0
    non_null: int = 0
    nulls: int = 0
    has_time: bool = False
    # What pass 2 may skip: every date is ISO already; no cell needs trimming, ',' or '%' removed.
    iso_dates: bool = True
    plain_numbers: bool = True
    blank_cells: bool = False
    typed_values: bool = False

    @property
    def only_text(self) -> bool:
        candidates = (self.can_int, self.can_decimal, self.can_float, self.can_bool, self.can_date)
        return not (any(candidates) or self.can_datetime)

    def observe(self, values: Sequence[Any]) -> None:
        """Narrow the candidate types with one batch of this column's values."""
        if set(map(type, values)) != {str}:
            present = [v for v in values if not is_empty(v)]
            self.nulls += len(values) - len(present)
            if present:
                self.non_null += len(present)
                if all(type(v) is str for v in present):
                    self._observe_text(present)
                else:
                    self.typed_values = True
                    self._observe_typed(present)
            return
        self.observe_text(values)

    def observe_text(self, values: Sequence[str]) -> None:
        """The fast path for text sources (CSV): every value is a str, '' is empty."""
        present: list[str] = list(filter(None, values))
        if present and any(map(str.isspace, present)):
            self.blank_cells = True
            present = [v for v in present if not v.isspace()]
        self.nulls += len(values) - len(present)
        if present:
            self.non_null += len(present)
            self._observe_text(present)

    def _observe_text(self, present: list[str]) -> None:
        longest = max(map(len, present))
        if longest > self.max_length:
            self.max_length = longest
        if self.only_text:
            return
        joined = "\n".join(present)
        if _padded(joined):
            self.plain_numbers = False
            present = [v.strip() for v in present]
            joined = "\n".join(present)
        if self.can_int and not INT_LINES_RE.fullmatch(joined):
            self.can_int = False
        if self.can_int:
            # Integers are decimals too; the longest text bounds the digits without parsing each one.
            self.int_digits = max(self.int_digits, longest)
        elif self.can_decimal:
            self._check_decimals(joined)
        if self.can_float and not self.can_decimal and not self.can_int:
            self.can_float = all(FLOAT_RE.fullmatch(v.replace(",", "").rstrip("%")) for v in present)
        if (self.can_int or self.can_decimal or self.can_float) and ("," in joined or "%" in joined):
            self.plain_numbers = False
        if self.can_bool:
            self.can_bool = set(map(str.lower, present)) <= BOOL_WORDS
        if self.can_datetime:
            self._check_dates(present, joined)
        else:
            self.can_date = False

    def _check_decimals(self, joined: str) -> None:
        if not DECIMAL_LINES_RE.fullmatch(joined):
            self.can_decimal = False
            return
        # The longest cell bounds the integer digits; only the scale needs the fractions.
        digits = self.max_length
        scale = max(map(len, FRACTION_RE.findall(joined)), default=0) + (2 if "%" in joined else 0)
        self.int_digits, self.scale = max(self.int_digits, digits, 1), max(self.scale, scale)
        if self.int_digits + self.scale > MAX_DECIMAL_PRECISION or self.scale > MAX_DECIMAL_SCALE:
            self.can_decimal = False

    def _check_dates(self, stripped: list[str], joined: str) -> None:
        if ISO_DATE_LINES_RE.fullmatch(joined):
            try:
                list(map(dt.date.fromisoformat, stripped))
            except ValueError:
                self.can_date = self.can_datetime = False
            return
        self.iso_dates = False
        for v in stripped:
            parts = parse_date_parts(v)
            if parts is None:
                self.can_date = self.can_datetime = False
                return
            if len(parts) > 3:
                self.has_time = True
        if self.has_time:
            self.can_date = False

    def _observe_typed(self, present: list[Any]) -> None:
        self.iso_dates = self.plain_numbers = False
        for value in present:
            if isinstance(value, str):
                self._observe_text([value])
            elif isinstance(value, bool):
                self._allow(bool_=True)
            elif isinstance(value, int):
                fits = abs(value) <= INT64_MAX
                self._allow(int_=fits, decimal_=True, float_=True, max_length=len(str(value)))
                if not self.can_int:
                    self.int_digits = max(self.int_digits, len(str(abs(value))))
            elif isinstance(value, float):
                self._observe_float(value)
            elif isinstance(value, decimal.Decimal):
                sign, digits, exponent = value.as_tuple()
                scale = -exponent if isinstance(exponent, int) and exponent < 0 else 0
                self.scale = max(self.scale, scale)
                self.int_digits = max(self.int_digits, len(digits) - scale, 1)
                self._allow(decimal_=self.int_digits + self.scale <= MAX_DECIMAL_PRECISION, float_=True)
            elif isinstance(value, dt.datetime):
                midnight = value.time() == dt.time(0)
                self.has_time = self.has_time or not midnight
                self._allow(date_=midnight and not self.has_time, datetime_=True)
            elif isinstance(value, dt.date):
                self._allow(date_=True, datetime_=True)
            else:
                self._allow(max_length=len(str(value)))

    def _observe_float(self, value: float) -> None:
        """Spreadsheet and JSON numbers are floats; 2.7 is still the decimal the user typed."""
        integral = math.isfinite(value) and value.is_integer() and abs(value) < 2**53
        text = repr(value)
        plain = self.declared is None and math.isfinite(value) and "e" not in text
        if plain and self.can_decimal and not integral:
            digits, scale = _digits(text)
            self.int_digits, self.scale = max(self.int_digits, digits), max(self.scale, scale)
            if self.int_digits + self.scale > MAX_DECIMAL_PRECISION or self.scale > MAX_DECIMAL_SCALE:
                plain = False
        elif integral and plain:
            self.int_digits = max(self.int_digits, len(str(int(abs(value)))))
        self._allow(
            int_=integral and self.declared is None, decimal_=plain, float_=True, max_length=len(text)
        )

    def _allow(
        self,
        *,
        int_: bool = False,
        decimal_: bool = False,
        float_: bool = False,
        bool_: bool = False,
        date_: bool = False,
        datetime_: bool = False,
        max_length: int = 0,
    ) -> None:
        """Keep only the candidates this one typed value also fits."""
        self.can_int &= int_
        self.can_decimal &= decimal_
        self.can_float &= float_
        self.can_bool &= bool_
        self.can_date &= date_
        self.can_datetime &= datetime_
        self.max_length = max(self.max_length, max_length, 5 if bool_ else 0, 26 if datetime_ else 0)

    @property
    def type(self) -> ColumnType:
        """The narrowest type every value fits; an all-empty column is text."""
        if self.non_null == 0:
            return self.declared or "text"
        if self.declared == "text":
            return "text"
        if self.can_int:
            return "integer"
        if self.can_decimal and self.declared != "float":
            return "decimal"
        if self.can_float:
            return "float"
        if self.can_bool:
            return "boolean"
        if self.can_date:
            return "date"
        if self.can_datetime:
            return "datetime"
        return "text"


# ---------------------------------------------------------------- converters (pass 2)


def _number_text(value: str) -> str:
    return value.strip().replace(",", "")


def to_integer(value: Any) -> int | None:
    if is_empty(value):
        return None
    if isinstance(value, str):
        return int(_number_text(value))
    return int(value)


def to_decimal(value: Any) -> str | None:
    """Decimals travel as exact strings ('1234.50'); the database column type does the rest."""
    if is_empty(value):
        return None
    if isinstance(value, str):
        text = _number_text(value)
        if text.endswith("%"):
            return str(decimal.Decimal(text[:-1]).scaleb(-2))
        return text
    if isinstance(value, bool):
        return str(int(value))
    return str(value)


def to_float(value: Any) -> float | None:
    if is_empty(value):
        return None
    if isinstance(value, str):
        text = _number_text(value)
        if text.endswith("%"):
            return float(text[:-1]) / 100
        number = float(text)
    else:
        number = float(value)
    return number if math.isfinite(number) else None


def to_boolean(value: Any) -> bool | None:
    if is_empty(value):
        return None
    if isinstance(value, str):
        return value.strip().lower() in TRUE_WORDS
    return bool(value)


def to_date(value: Any) -> str | None:
    """ISO 'YYYY-MM-DD': what SQLite's date functions and MySQL's DATE both read."""
    if is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    parts = parse_date_parts(str(value))
    if parts is None:
        raise ValueError(f"not a date: {value!r}")
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def to_datetime(value: Any) -> str | None:
    """ISO 'YYYY-MM-DD HH:MM:SS[.ffffff]'."""
    if is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return f"{value.isoformat()} 00:00:00"
    parts = parse_date_parts(str(value))
    if parts is None:
        raise ValueError(f"not a datetime: {value!r}")
    y, mo, d, h, mi, s, us = (*parts, 0, 0, 0, 0)[:7] if len(parts) == 3 else parts
    text = f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    return f"{text}.{us:06d}" if us else text


def to_text(value: Any) -> str | None:
    """Text as the user wrote it; numbers from typed sources without a spurious '.0'."""
    if value is None:
        return None
    if isinstance(value, str):
        return None if not value or value.isspace() else value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "integer": to_integer,
    "decimal": to_decimal,
    "float": to_float,
    "boolean": to_boolean,
    "date": to_date,
    "datetime": to_datetime,
    "text": to_text,
}


def convert_column(column_type: str, values: Sequence[Any], inference: ColumnInference) -> list[Any]:
    """Pass 2 for one batch of one column, with C-speed fast paths for clean text columns."""
    clean_text = not inference.typed_values and not inference.blank_cells
    fast = _clean_text_path(column_type, inference) if clean_text else None
    if fast is not None:
        return fast(values)
    return list(map(CONVERTERS[column_type], values))


def _empty_as_none(values: Sequence[Any]) -> list[Any]:
    return [v or None for v in values]


def _plain_ints(values: Sequence[Any]) -> list[Any]:
    return [int(v) if v else None for v in values]


def _plain_floats(values: Sequence[Any]) -> list[Any]:
    return [float(v) if v else None for v in values]


# Clean text cells of plain numbers ('12', '-3.5'): int()/float() accept them as they are, and a
# decimal is kept as its text.
_PLAIN_NUMBER_PATHS: dict[str, Callable[[Sequence[Any]], list[Any]]] = {
    "integer": _plain_ints,
    "decimal": _empty_as_none,
    "float": _plain_floats,
}


def _clean_text_path(
    column_type: str, inference: ColumnInference
) -> Callable[[Sequence[Any]], list[Any]] | None:
    """The fast converter for a column of clean text cells (no typed values, no blanks), if one applies."""
    if column_type == "text":
        return _empty_as_none
    if inference.plain_numbers and column_type in _PLAIN_NUMBER_PATHS:
        return _PLAIN_NUMBER_PATHS[column_type]
    if column_type == "date" and inference.iso_dates:
        return _empty_as_none
    return None


# ---------------------------------------------------------------- vectorised (pyarrow) paths for CSV
#
# The same rules as above, applied to a whole Arrow string array per call (nulls are the empty
# cells) so a 500k-row CSV is inferred and converted in C. RE2 spells Python's Unicode `\d` as
# `\p{Nd}`; whatever Arrow cannot convert exactly (full-width digits, '%' decimals) falls back to
# the Python converters above for that batch, which also name the bad row.

ARROW_INT = RULES["integer"].arrow()
ARROW_DECIMAL = RULES["decimal"].arrow()
ARROW_FLOAT = RULES["float"].arrow()
ARROW_DATETIME = RULES["datetime"].arrow()[1]
ARROW_TYPES = {
    "integer": "int64",
    "decimal": "string",
    "float": "float64",
    "boolean": "bool",
    "date": "string",
    "datetime": "string",
    "text": "string",
}


class NotVectorisable(Exception):
    """This batch needs the per-value Python converters (an exotic form, or a bad value to name)."""


def _all(mask: Any) -> bool:
    import pyarrow.compute as pc  # lazy: cold start

    return bool(pc.all(mask).as_py() is not False)


def _any(mask: Any) -> bool:
    import pyarrow.compute as pc  # lazy: cold start

    return bool(pc.any(mask).as_py())


def observe_arrow(inference: ColumnInference, values: Any) -> None:
    """`ColumnInference.observe_text` for an Arrow string array whose nulls are the empty cells."""
    import pyarrow.compute as pc  # lazy: cold start

    present = values.drop_null()
    if len(present) and _any(pc.utf8_is_space(present)):
        inference.blank_cells = True
        present = present.filter(pc.invert(pc.utf8_is_space(present)))
    inference.nulls += len(values) - len(present)
    if not len(present):
        return
    inference.non_null += len(present)
    longest = pc.max(pc.utf8_length(present)).as_py()
    inference.max_length = max(inference.max_length, longest)
    if inference.only_text:
        return
    # Arrow conversion trims and cleans every batch itself; a batch that falls back to the Python
    # converters must take their careful paths, not the shortcuts meant for plain text.
    inference.plain_numbers = False
    stripped = pc.utf8_trim_whitespace(present)
    if inference.can_int and not _all_match(stripped, ARROW_INT):
        inference.can_int = False
    if inference.can_int:
        inference.int_digits = max(inference.int_digits, longest)
    elif inference.can_decimal:
        _check_decimals_arrow(inference, stripped)
    if inference.can_float and not inference.can_decimal and not inference.can_int:
        cleaned = pc.replace_substring_regex(pc.replace_substring(stripped, ",", ""), "%+$", "")
        inference.can_float = _all_match(cleaned, ARROW_FLOAT)
    if inference.can_bool:
        inference.can_bool = _all(pc.is_in(pc.utf8_lower(stripped), value_set=_words(BOOL_WORDS)))
    if inference.can_datetime:
        _check_dates_arrow(inference, stripped)
    else:
        inference.can_date = False


def _all_match(strings: Any, patterns: tuple[str, str]) -> bool:
    """Whether every string matches: the ASCII pattern first, the Unicode one only for non-ASCII text."""
    import pyarrow.compute as pc  # lazy: cold start

    if _all(pc.match_substring_regex(strings, patterns[0])):
        return True
    return not _all(pc.string_is_ascii(strings)) and _all(pc.match_substring_regex(strings, patterns[1]))


def _words(words: frozenset[str]) -> Any:
    import pyarrow as pa  # lazy: cold start

    return pa.array(sorted(words), pa.string())


def _check_decimals_arrow(inference: ColumnInference, stripped: Any) -> None:
    import pyarrow.compute as pc  # lazy: cold start

    if not _all_match(stripped, ARROW_DECIMAL):
        inference.can_decimal = False
        return
    percent = _any(pc.match_substring(stripped, "%"))
    if _all(pc.string_is_ascii(stripped)):
        # digits after the '.': length - position - 1, less the '%' sign
        point = pc.find_substring(stripped, ".")
        after = pc.subtract(pc.subtract(pc.binary_length(stripped), point), 1)
        if percent:
            after = pc.subtract(after, pc.cast(pc.ends_with(stripped, "%"), "int32"))
        fraction = pc.max(pc.if_else(pc.less(point, 0), 0, after)).as_py() or 0
    else:
        fractions = pc.struct_field(pc.extract_regex(stripped, r"\.(?P<f>\p{Nd}+)"), [0])
        fraction = pc.max(pc.utf8_length(fractions)).as_py() or 0
    scale = fraction + (2 if percent else 0)
    inference.int_digits = max(inference.int_digits, inference.max_length, 1)
    inference.scale = max(inference.scale, scale)
    if inference.int_digits + inference.scale > MAX_DECIMAL_PRECISION or inference.scale > MAX_DECIMAL_SCALE:
        inference.can_decimal = False


def _check_dates_arrow(inference: ColumnInference, stripped: Any) -> None:
    import pyarrow.compute as pc  # lazy: cold start

    if _is_iso_date(stripped):
        return
    inference.iso_dates = False
    parsed = iso_datetimes(stripped)
    if parsed is None and not _all(pc.string_is_ascii(stripped)):
        # Arrow parses ASCII digits only; the same rule over full-width digits (２０２４/３/１) is
        # checked by the Python path, and such a batch is converted by the Python converters too.
        values = stripped.to_pylist()
        inference._check_dates(values, "\n".join(values))
        return
    if parsed is None:
        inference.can_date = inference.can_datetime = False
        return
    if parsed[1]:
        inference.has_time = True
    if inference.has_time:
        inference.can_date = False


def _is_iso_date(stripped: Any) -> bool:
    """Whether every value is a real YYYY-MM-DD date (Arrow's date cast is strict ISO and checks the day)."""
    import pyarrow as pa  # lazy: cold start
    import pyarrow.compute as pc  # lazy: cold start

    if not _all(pc.equal(pc.binary_length(stripped), 10)):
        return False
    try:
        pc.cast(stripped, pa.date32())
    except pa.ArrowInvalid:
        return False
    return True


def iso_datetimes(stripped: Any) -> tuple[Any, bool] | None:
    """('YYYY-MM-DD HH:MM:SS[.ffffff]' strings, any time given) for dates in any accepted form.

    None when a value is not a date or not a real one (2024-02-30, 25:00).
    """
    import pyarrow as pa  # lazy: cold start
    import pyarrow.compute as pc  # lazy: cold start

    parts = pc.extract_regex(stripped, ARROW_DATETIME)
    if parts.null_count:
        return None
    names = ("y", "m1", "d1", "m2", "d2", "H", "M", "S", "f")
    try:
        field = {name: pc.struct_field(parts, [i]) for i, name in enumerate(names)}
        month = pc.if_else(pc.equal(field["m1"], ""), field["m2"], field["m1"])
        day = pc.if_else(pc.equal(field["d1"], ""), field["d2"], field["d1"])
        date = pc.binary_join_element_wise(
            field["y"], pc.utf8_lpad(month, 2, "0"), pc.utf8_lpad(day, 2, "0"), "-"
        )
        pc.cast(date, pa.date32())  # refuses 2024-02-30
        has_time = _any(pc.not_equal(field["H"], ""))
        if not has_time:
            return pc.binary_join_element_wise(date, " 00:00:00", ""), False
        hour = pc.if_else(pc.equal(field["H"], ""), "0", field["H"])
        minute = pc.if_else(pc.equal(field["M"], ""), "0", field["M"])
        second = pc.if_else(pc.equal(field["S"], ""), "0", field["S"])
        for text, top in ((hour, 23), (minute, 59), (second, 59)):
            if _any(pc.greater(pc.cast(text, pa.int64()), top)):
                return None
        clock = pc.binary_join_element_wise(
            pc.utf8_lpad(hour, 2, "0"), pc.utf8_lpad(minute, 2, "0"), pc.utf8_lpad(second, 2, "0"), ":"
        )
        base = pc.binary_join_element_wise(date, clock, " ")
        micros = pc.utf8_rpad(field["f"], 6, "0")
        fractional = pc.not_equal(micros, "000000")
        return pc.if_else(fractional, pc.binary_join_element_wise(base, micros, "."), base), True
    except pa.ArrowInvalid:
        return None


def convert_arrow(column_type: str, values: Any, inference: ColumnInference) -> Any:
    """Pass 2 for one batch of one CSV column: an Arrow array of the column's canonical type.

    Canonical types (what both sinks take): int64, exact decimal strings, float64 (non-finite
    is NULL), bool, ISO date/datetime strings, text. Raises NotVectorisable when the Python
    converters must handle the batch.
    """
    import pyarrow as pa  # lazy: cold start
    import pyarrow.compute as pc  # lazy: cold start

    if inference.blank_cells:
        values = pc.if_else(pc.utf8_is_space(values), pa.scalar(None, pa.string()), values)
    if column_type == "text":
        return values
    stripped = pc.utf8_trim_whitespace(values)
    try:
        if column_type in ("integer", "decimal", "float"):
            return _convert_number(column_type, stripped)
        if column_type == "boolean":
            truth = pc.is_in(pc.utf8_lower(stripped), value_set=_words(TRUE_WORDS))
            return pc.if_else(pc.is_null(stripped), pa.scalar(None, pa.bool_()), truth)
        if column_type == "date" and inference.iso_dates:
            return stripped
        present = stripped.drop_null()
        parsed = iso_datetimes(present) if len(present) else (present, False)
        if parsed is None:
            raise NotVectorisable(column_type)
        converted = parsed[0] if column_type == "datetime" else pc.utf8_slice_codeunits(parsed[0], 0, 10)
        return _scatter(stripped, converted)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise NotVectorisable(column_type) from exc


def _convert_number(column_type: str, stripped: Any) -> Any:
    import pyarrow as pa  # lazy: cold start
    import pyarrow.compute as pc  # lazy: cold start

    if _any(pc.match_substring(stripped, "%")):
        raise NotVectorisable(column_type)
    cleaned = pc.replace_substring(stripped, ",", "") if _any(pc.match_substring(stripped, ",")) else stripped
    if column_type == "decimal":
        return cleaned
    if column_type == "integer":
        if _any(pc.starts_with(cleaned, "+")):
            cleaned = pc.replace_substring_regex(cleaned, r"^\+", "")
        return pc.cast(cleaned, pa.int64())
    number = pc.cast(cleaned, pa.float64())
    return pc.if_else(pc.is_finite(number), number, pa.scalar(None, pa.float64()))


def _scatter(template: Any, present_values: Any) -> Any:
    """`present_values` (one per non-null of `template`) back into template's positions, nulls elsewhere."""
    import pyarrow as pa  # lazy: cold start
    import pyarrow.compute as pc  # lazy: cold start

    if not template.null_count:
        return present_values
    positions = pc.subtract(pc.cumulative_sum(pc.cast(pc.is_valid(template), pa.int64())), 1)
    return pc.if_else(pc.is_valid(template), pc.take(present_values, pc.max_element_wise(positions, 0)), None)
