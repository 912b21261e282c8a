"""Comparison clause: numbers and columns compared with >, <, between, 不同 / different."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.intent import Filter, Having, Intent, Measure, agg_of, op_of
from shared.ask.engines.rules.parse_base import CURRENCY_SIGNS
from shared.ask.engines.rules.parse_time import TimeClauses
from shared.ask.engines.rules.parsecommon import (
    BIG,
    CLASSIFIERS,
    COMPARATIVES,
    COPULAS,
    DIFFERENT_WORDS,
    INCLUSIVE_NOTE,
    MODE_CONFLICT_DOUBT,
    PRONOUNS,
    RANGE_MARKS,
    SMALL,
    comparable,
    said_keys,
    value_of,
    words,
)
from shared.semantic.vocabulary.linking import ColumnInfo, Item
from shared.semantic.vocabulary.segment import normalise, split_identifier
from shared.semantic.vocabulary.units import UNITS, column_unit, converted

PERIODS = ("year", "time")
MONEY_SCALES = frozenset(words("money_scale_words"))  # a period column a verb half-names (sold: year_sold)

# 30英里以上 / 30岁以下 without 及 or 或: inclusive in formal Chinese, "more than" in everyday use (each
# question of the sets that used it, 3 of 3, meant the number excluded); a guess when the number is held
BARE_BOUNDS = said_keys("以上", "以下")
BOUND_DOUBT = 0.4


def _bound_after(items: list[Any], pos: int, op_pos: int | None) -> bool:
    """2种以上: a bare 以上/以下 said right after the number (and its measure word) it bounds."""
    return op_pos is not None and 0 < op_pos - pos <= 2 and items[op_pos].text in BARE_BOUNDS


CMP_OPS = {"cmp:gt": ">", "cmp:lt": "<", "cmp:ge": ">=", "cmp:le": "<=", "cmp:eq": "=", "cmp:ne": "!="}


class ComparisonClauses(TimeClauses):
    """Comparison clause: numbers and columns compared with >, <, between, 不同 / different."""

    def _cmp_before(self, pos: int) -> str | None:
        j = self.prev_content(pos, limit=2)
        if j is None:
            return None
        it = self.items[j]
        tag = it.tag("cmp")
        return tag if tag and not self._strong_link(it) else None

    def _cmp_next(self, pos: int) -> str | None:
        if pos + 1 >= len(self.items):
            return None
        it = self.items[pos + 1]
        if it.kind in ("word", "match") and not it.tag("cmp") and pos + 2 < len(self.items):
            it2 = self.items[pos + 2]
            if it2.tag("cmp") in ("cmp:ge", "cmp:le"):
                return it2.tag("cmp")
        tag = it.tag("cmp")
        return tag if tag in ("cmp:ge", "cmp:le") else None

    def find_column_comparisons(self, intent: Intent) -> None:
        """ "loser age greater than winner age" / 实际金额大于预算 / 收入比支出高: a comparator between two
        columns of one kind compares them row by row."""
        ops = {"cmp:gt": ">", "cmp:lt": "<", "cmp:ge": ">=", "cmp:le": "<=", "cmp:ne": "!=", "cmp:eq": "="}
        for pos, it in enumerate(self.items):
            tag = it.tag("cmp")
            if tag is None or pos in self.ps.used or self._strong_link(it) or it.text in COPULAS:
                continue
            i = self.prev_content(pos, limit=2)
            j = self._column_after_comparator(pos)
            if i is None or j is None or i in self.ps.used or j in self.ps.used:
                continue
            left, right = self._compared_column(i), self._compared_column(j)
            if left is None or right is None or left.name == right.name:
                continue
            op: str | None = ops[tag]
            if it.text == "比":  # 收入比支出高: the word after the second column says which way
                op = self._bi_direction(j)
            if op is None or not comparable(left, right, op):
                continue
            intent.filters.append(Filter(left.name, op_of(op), [right.name], "column"))
            self.ps.used.update({i, pos, j} | ({j + 1} if it.text == "比" else set()))
        self._zh_columns_differ(intent)
        self._en_columns_differ(intent)

    def _en_columns_differ(self, intent: Intent) -> None:
        """ "given a different room type from the one reserved": "different" before a noun two columns share
        (reserved_room_type, assigned_room_type), then from / than / to and a word naming one of them, keeps
        the rows where the two columns differ."""
        for pos, it in enumerate(self.items[:-3]):
            if it.text != "different" or pos in self.ps.used or pos + 1 in self.ps.used:
                continue
            shared = self._columns_named(pos + 1, 0.5)
            if len(shared) != 2 or self.items[pos + 2].text not in ("from", "than", "to"):
                continue
            for j in range(pos + 3, min(len(self.items), pos + 7)):
                named = self._columns_named(j, 0.5) & shared
                if len(named) != 1 or j in self.ps.used:
                    continue
                right = next(iter(named))
                left = next(iter(shared - named))
                a, b = self.table.columns[left], self.table.columns[right]  # type: ignore[union-attr]
                if not comparable(a, b, "!="):
                    return
                intent.filters.append(Filter(left, "!=", [right], "column"))
                said = {k for k in range(max(0, pos - 3), pos) if self._columns_named(k, 0.5) == {left}}
                between = {k for k in range(pos + 3, j) if self.items[k].kind == "word"}  # the one
                self.ps.used.update({pos, pos + 1, pos + 2, j} | said | between)
                return

    def _columns_named(self, pos: int, floor: float) -> set[str]:
        """The chosen table's columns a word links at `floor` or more, each as strongly as the best."""
        it = self.items[pos]
        if it.kind != "match" or self.table is None:
            return set()
        links = [lk for lk in it.links if lk.kind == "column" and lk.table == self.table.name and lk.column]
        best = max((lk.score for lk in links), default=0.0)
        return (
            {str(lk.column) for lk in links if lk.score >= max(floor, best - 0.01)}
            if best >= floor
            else set()
        )

    def _zh_columns_differ(self, intent: Intent) -> None:
        """永久地址与当前地址不同: "A 与/和 B 不同" keeps the rows where the two columns differ."""
        for pos, it in enumerate(self.items):
            if pos < 3 or pos in self.ps.used or it.kind != "match" or it.text not in DIFFERENT_WORDS:
                continue
            j, k, i = pos - 1, pos - 2, pos - 3
            if not self.items[k].has("and") or {i, j, k} & self.ps.used:
                continue
            left, right = self._compared_column(i), self._compared_column(j)
            if left is None or right is None or left.name == right.name or not comparable(left, right, "!="):
                continue
            intent.filters.append(Filter(left.name, "!=", [right.name], "column"))
            self.ps.used.update({i, k, j, pos})

    def _column_after_comparator(self, pos: int) -> int | None:
        """The item after a comparator, over fillers and "his or her"; a number there ends the search."""
        for j in range(pos + 1, min(len(self.items), pos + 6)):
            it = self.items[j]
            if it.kind in ("num", "punct", "time", "quote"):
                return None
            if it.kind == "match" and self._linked(it) and not self.is_table(it):
                return j
            if not (self.is_filler(it) or it.has("or") or it.text in PRONOUNS):
                return None
        return None

    def _compared_column(self, pos: int) -> ColumnInfo | None:
        it = self.items[pos]
        if it.kind != "match" or self.is_table(it):
            return None
        return self.col(it)

    def _bi_direction(self, pos: int) -> str | None:
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        if nxt is None or nxt.kind not in ("word", "match"):
            return None
        if nxt.text.startswith(BIG) or nxt.has("cmp:gt"):
            return ">"
        if nxt.text.startswith(SMALL) or nxt.has("cmp:lt"):
            return "<"
        return None

    def find_comparisons(self, intent: Intent) -> None:
        conds: list[tuple[int, Filter | Having]] = []
        pos = 0
        while pos < len(self.items):
            it = self.items[pos]
            if it.kind != "num" or pos in self.ps.used:
                pos += 1
                continue
            op, op_pos = self._comparator(pos)
            between = self._between(pos, op_pos)
            if between is not None:
                conds.append((pos, between))
                pos += 3 + int(self.items[pos + 2].text in CURRENCY_SIGNS)
                continue
            self._number_condition(pos, op, op_pos, conds)
            pos += 1
        self._merge_number_conditions(intent, conds)

    def _between(self, pos: int, op_pos: int | None) -> Filter | Having | None:
        """between A and B / A到B之间: the range condition of the number at pos and the next one."""
        j = pos + 1
        sign = int(j + 2 < len(self.items) and self.items[j + 1].text in CURRENCY_SIGNS)  # and $200,000
        if not (
            j + 1 + sign < len(self.items)
            and self.items[j].text in ("and", "到", "至", "-", "~", "to", "和")
            and self.items[j + 1 + sign].kind == "num"
        ):
            return None
        span = self.clause_of(pos)
        between = any(self.items[k].has("between") for k in range(span[0], span[1]))
        between = between or self.items[j].text in RANGE_MARKS
        said_from = self.items[j].text == "to" and pos > 0 and self.items[pos - 1].text == "from"
        if not (between or said_from):  # "from 190 to 200 mm": both ends said
            return None
        if said_from:
            self.ps.used.add(pos - 1)
        value = self.items[pos].value
        target = self._comparison_column(pos, op_pos)
        hi = self.items[j + 1 + sign].value
        cond: Filter | Having
        if isinstance(target, ColumnInfo):  # 4到5公斤: both ends in the unit said after the second
            value, hi = (
                self._in_column_unit(j + 1, value, target, j + 2),
                self._in_column_unit(j + 1, hi, target),
            )
            cond = Filter(target.name, "between", [value, hi], "number")
        else:
            cond = Having(target or Measure("count"), "between", [value, hi])
        self.ps.used.update({pos, j, j + 1, j + 1 + sign})
        self.ps.used.update(k for k in range(span[0], span[1]) if self.items[k].has("between"))  # 之间
        return cond

    def _number_condition(
        self, pos: int, op: str | None, op_pos: int | None, conds: list[tuple[int, Filter | Having]]
    ) -> None:
        """A compared number (or a bare one next to its column: "grade 10", 9年级) as a condition."""
        it = self.items[pos]
        value = it.value
        target: ColumnInfo | Measure | None
        if op is None:
            # "grade 10", "population of 80000", "9年级": a column right next to a bare number
            target = self._adjacent_column(pos) or self._listed_after(pos, conds)
            if target is None:
                return
            op = "="
        else:
            target = self._comparison_column(pos, op_pos)
            if isinstance(target, ColumnInfo):
                target = self._aggregate_said_after(pos, target) or target
        if op_pos is not None:
            self.ps.used.add(op_pos)
        self.ps.used.add(pos)
        if isinstance(target, Measure) and target.agg == "metric":
            value = self._metric_percent(pos, value, target)
        if isinstance(target, ColumnInfo):
            value = self._in_column_unit(pos, value, target)
            if self._money_scale_differs(pos, target):
                self.lower("unit_mismatch", 0.4)  # above $2 compared with avg_price_cents
            conds.append((pos, Filter(target.name, op_of(op), [value], "number")))
            # 65岁以上（含）: the note says the bound is inclusive, no guess
            noted = op in (">=", "<=") and INCLUSIVE_NOTE.search(normalise(self.question)) is not None
            bare = op_pos is not None and self.items[op_pos].text in BARE_BOUNDS
            if bare and not noted and _within(value, target):
                self.lower("bound_inclusive_guess", BOUND_DOUBT)
        elif target is not None:
            conds.append((pos, Having(target, op, value)))
            if target.agg in ("count", "count_distinct") and self._classifier_at(pos + 1):
                self.ps.used.add(pos + 1)  # 超过50家的: the counted things' measure word
            self._count_compared_doubts(pos, op_pos, target)
        else:
            self.lower("cmp_guess", 0.2)
            self.ps.problem = self.ps.problem or f"number:{it.text}"

    def _classifier_at(self, pos: int) -> bool:
        it = self.items[pos] if pos < len(self.items) else None
        return it is not None and it.kind == "word" and it.text in CLASSIFIERS

    def _in_column_unit(self, pos: int, value: Any, c: ColumnInfo, unit_at: int | None = None) -> Any:
        """5 kg / 5公斤 compared with a column in grams (body_mass_g) is 5000: the number is converted to the
        unit the column's name ends in (vocabulary/units.py)."""
        at = pos + 1 if unit_at is None else unit_at
        nxt = self.items[at] if at < len(self.items) else None
        if nxt is None or not isinstance(value, int | float):
            return value
        out = converted(value, nxt.text, c.name)
        held, said = column_unit(c.name), UNITS.get(nxt.text.lower())
        if held is not None and said is not None and said[0] != UNITS[held][0]:
            self.lower("unit_mismatch", 0.4)  # 5公斤 compared with a length in mm: not this column
        if out is None:
            return value
        self.ps.used.add(at)
        return out

    def unit_not_held(self, intent: Intent) -> bool:
        """多少公斤 / in kilograms over a column in grams: the answer would come in the column's unit, not the
        one asked (a number in the asked unit is converted instead, _in_column_unit)."""
        columns = {m.column for m in intent.measures if m.column} | set(intent.columns)
        held = {UNITS[u][0]: u for u in (column_unit(c) for c in columns) if u is not None}
        for pos, it in enumerate(self.items):
            said = UNITS.get(it.text.lower())
            before = self.items[pos - 1] if pos else None
            if said is None or (before is not None and before.kind == "num"):
                continue
            unit = held.get(said[0])
            if unit is not None and UNITS[unit][1] != said[1]:
                return True
        return False

    def _count_compared_doubts(self, pos: int, op_pos: int | None, target: Measure) -> None:
        """2种以上语言: > 2 or >= 2 is a guess; 超过20% is no count of 20 (a share the reading missed)."""
        if _bound_after(self.items, pos, op_pos) and target.agg == "count":
            self.lower("bound_inclusive_guess", BOUND_DOUBT)
        if target.agg in ("count", "count_distinct") and self._percent_said(pos):
            self.lower("percent_compared_with_count", MODE_CONFLICT_DOUBT)

    def _percent_said(self, pos: int) -> bool:
        """The number at pos is written as a percentage (20%, 20 percent, 百分之20): a share, no count."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        word = nxt is not None and nxt.text in said_keys("percent", "%", "个百分点")
        return self.items[pos].text.endswith("%") or word

    def _metric_percent(self, pos: int, value: Any, metric: Measure) -> Any:
        """退货率超过10% / return rate above 20 percent: a rate metric is a fraction, so 10% is 0.1.

        A metric whose expression already multiplies by 100 is in percent points and keeps the number.
        """
        nxt = pos + 1 if pos + 1 < len(self.items) else None
        percent_word = nxt is not None and self.items[nxt].text in said_keys("percent", "%", "个百分点")
        if not (self.items[pos].text.endswith("%") or percent_word):
            return value
        if percent_word and nxt is not None:
            self.ps.used.add(nxt)
        if "100" in (metric.expression or "").replace(" ", ""):
            return value
        return round(value / 100, 10)

    def _listed_after(self, pos: int, conds: list[tuple[int, Filter | Having]]) -> ColumnInfo | None:
        """ "grade 9 or 10" / 32或33岁: a bare number after or/and continues the previous equality."""
        if pos < 2 or not self.items[pos - 1].has("or", "and") or not conds:
            return None
        last_pos, last = conds[-1]
        if last_pos != pos - 2 or not isinstance(last, Filter) or last.op != "=":
            return None
        assert self.table is not None
        return self.table.columns.get(last.column)

    def _merge_number_conditions(self, intent: Intent, conds: list[tuple[int, Filter | Having]]) -> None:
        """Equalities on one column joined by or become IN; "a or b" on one column keeps or."""
        eq: dict[str, Filter] = {}
        for _pos, cond in conds:
            if isinstance(cond, Having):
                intent.having.append(_informative_count_floor(cond))
                continue
            if cond.op == "=" and cond.column in eq:
                eq[cond.column].op = "in"
                eq[cond.column].values.extend(cond.values)
                continue
            if cond.op == "=":
                eq[cond.column] = cond
            intent.filters.append(cond)
        cols = [f.column for _, f in conds if isinstance(f, Filter)]
        if len(cols) >= 2 and len(set(cols)) == 1 and any(it.has("or") for it in self.items):
            intent.filter_logic = "or"

    def _comparator(self, pos: int) -> tuple[str | None, int | None]:
        ops = CMP_OPS
        it = self.items[pos]
        if it.tag("cmp"):
            return ops[it.tag("cmp") or ""], None
        j = self.prev_content(pos, limit=2)
        if j is not None:
            found = self._comparator_before(pos, j) or self._comparator_before_column(j)
            if found is not None:
                return found
        nxt_tag = self._cmp_next(pos)
        if nxt_tag:
            k = pos + 1 if self.items[pos + 1].tag("cmp") else pos + 2
            return ops[nxt_tag], k
        return self._split_comparative(pos)

    def _comparator_before(self, pos: int, j: int) -> tuple[str | None, int | None] | None:
        """A comparator right before the number (比 takes its direction from the word after the number);
        None when there is none there."""
        prev = self.items[j]
        tag = prev.tag("cmp")
        if tag and self._postfix_of_earlier_number(j):
            tag = None  # 两个以上30岁以下: 以上 belongs to 两个, 30 takes the 以下 after it
        if not tag or self._strong_link(prev):
            return None
        if prev.text == "比":
            nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
            word = nxt.text if nxt is not None else ""
            if word.startswith(BIG) or (nxt is not None and nxt.has("cmp:gt")):
                self.ps.used.add(pos + 1)
                return ">", j
            if word.startswith(SMALL) or (nxt is not None and nxt.has("cmp:lt")):
                self.ps.used.add(pos + 1)
                return "<", j
            return None, None
        if tag == "cmp:eq" and prev.text in ("是", "为"):
            return "=", j
        return CMP_OPS[tag], j

    def _comparator_before_column(self, j: int) -> tuple[str | None, int | None] | None:
        """ "above age 30": a comparator before the column that sits before the number."""
        if self.items[j].kind != "match" or self.col(self.items[j]) is None:
            return None
        k = self.prev_content(j, limit=1)
        if (
            k is not None
            and self.items[k].tag("cmp") in ("cmp:gt", "cmp:lt", "cmp:ge", "cmp:le")
            and not self._strong_link(self.items[k])
            and self.items[k].text != "比"
            and k not in self.ps.used  # 一个以上年龄在40岁以下: 以上 already belongs to 一个
            and not self._postfix_of_earlier_number(k)
        ):
            return CMP_OPS[self.items[k].tag("cmp") or ""], k
        return None

    def _split_comparative(self, pos: int) -> tuple[str | None, int | None]:
        """ "more products than 5000" / "fewer stores than 3": the compared noun sits between the
        comparative and "than"; the comparative is the operator."""
        j = pos - 1
        if j < 0 or self.items[j].text != "than":
            return None, None
        for k in range(j - 1, max(-1, j - 6), -1):
            it = self.items[k]
            if it.kind in ("num", "punct"):
                break
            op = COMPARATIVES.get(it.text)
            if op is not None and k < j - 1:
                self.ps.used.add(j)
                return op, k
        return None, None

    def _counted_with_classifier(self, pos: int) -> bool:
        """至少有两个…的 / 两个以上…员工: a number with a classifier and then a comparator counts rows."""
        k = pos + 1
        if self.lang != "zh" or k + 1 >= len(self.items) or self.items[k].text not in CLASSIFIERS:
            return False
        return bool(self.items[k + 1].tag("cmp")) and not self._strong_link(self.items[k + 1])

    def _rows_numbered(self, pos: int, op_pos: int | None) -> bool:
        """成交超过150套的街区: the table's noun, a comparator, then a number with a classifier (no unit of a
        column) counts the rows, not an amount the noun also half-names."""
        if self.lang != "zh" or op_pos is None or op_pos != pos - 1 or op_pos < 1:
            return False
        noun = self.items[op_pos - 1]
        end = self.units[self.items[pos].end - 1].end if self.units else 0
        classifier = self.text[end : end + 1] in CLASSIFIERS  # the classifier as written (a join drops it)
        if not classifier or noun.kind != "match" or not self.is_table(noun) or op_pos - 1 in self.ps.used:
            return False
        self.ps.used.add(op_pos - 1)
        return True

    def _table_noun_counted(self, pos: int) -> bool:
        """ "grades that have at least 4 students": the table's own noun (rows, named outright) right
        after the number is what is counted, whatever column was named before."""
        k = pos + 1
        if self.lang != "en" or k >= len(self.items) or self.items[k].kind != "match":
            return False
        it = self.items[k]
        assert self.table is not None
        own = any(lk.kind == "table" and lk.table == self.table.name and lk.score >= 0.9 for lk in it.links)
        c, link = self.col(it), self.col_link(it)
        if not own or (c is not None and link is not None and link.score >= 0.85 and c.numeric):
            return False  # more than 3 exam scores: a numeric column named outright, no count of rows
        self.ps.used.add(k)
        return True

    def _postfix_of_earlier_number(self, op_pos: int) -> bool:
        """以上/以下 right after another number (and its classifier) qualifies that number."""
        if self.items[op_pos].text not in said_keys("以上", "以下", "以内", "及以上", "及以下"):
            return False
        k = op_pos - 1
        if k >= 0 and self.items[k].text in CLASSIFIERS:
            k -= 1
        return k >= 0 and self.items[k].kind == "num"

    def _adjacent_column(self, pos: int) -> ColumnInfo | None:
        compound = self._compound_modifier(pos)
        if compound is not None:
            return compound
        for j in (pos - 1, pos - 2, pos + 1):
            if 0 <= j < len(self.items):
                it = self.items[j]
                if j == pos - 2 and self.items[pos - 1].text not in (
                    "of",
                    "=",
                    "为",
                    "是",
                    "equal",
                    "either",
                ):  # noqa: E501
                    continue
                c = self.col(it, prefer="numeric") if it.kind == "match" else None
                if c is not None and (c.numeric or c.role == "year") and c.role not in ("id",):
                    self.ps.used.add(j)
                    return c
        return None

    def _compound_modifier(self, pos: int) -> ColumnInfo | None:
        """4-cylinder cars / 4 cylinder cars / a 3-bedroom house: a number joined by a hyphen to a numeric
        column's noun, or that noun then the rows' noun, is the column's value (not the value of a column
        named before it: "the weight of 4-cylinder cars" filters cylinders)."""
        j = pos + 2 if pos + 2 < len(self.items) and self.items[pos + 1].text == "-" else pos + 1
        if j >= len(self.items) or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None
        hyphen = j == pos + 2
        rows_after = j + 1 < len(self.items) and self.is_table(self.items[j + 1])
        c = self.col(self.items[j], prefer="numeric")
        if c is None or not c.numeric or c.role == "id" or not (hyphen or rows_after):
            return None
        self.ps.used.update(range(pos + 1, j + 1))
        return c

    def _comparison_column(self, pos: int, op_pos: int | None) -> ColumnInfo | Measure | None:
        """The column a compared number belongs to: the nearest one before, an implied one, or a count."""
        assert self.table is not None
        start, end = self.clause_of(pos)
        unit = self._named_unit_column(pos)
        if unit is None and self._only_column_in_unit(pos) is not None:
            # "weigh more than 5 kg": a verb naming the column says it too (and is read)
            unit = self._implied_column_at(pos, op_pos) or self._only_column_in_unit(pos)
        if unit is not None:
            return self._unit_aggregated(pos, op_pos, start, unit) or unit
        if self._rows_counted_here(pos, op_pos):
            self.ps.count_kw = True
            return Measure("count")
        anchor = op_pos if op_pos is not None and op_pos < pos else pos
        found = self._column_between(anchor, pos)
        if found is None:
            found = self._column_before(pos, anchor, start)
        if found is None:
            found = self._implied_column_at(pos, op_pos)
        if found is None and pos + 1 < len(self.items) and self.items[pos + 1].kind == "word":
            found = self._column_in_unit(self.items[pos + 1].text)  # 车重低于2000磅: the column in lbs
        if found is None:
            found = self._compared_column_after(pos, end)
        found = self._money_over(found, pos)
        if found is not None:
            return found
        measures = self.table.by_role("measure")
        if len(measures) == 1 and _within(value_of(self.items[pos]), measures[0]):
            return measures[0]  # "results below 60" where scores are the only thing measured
        return None

    def _rows_counted_here(self, pos: int, op_pos: int | None) -> bool:
        """The compared number counts rows: a classifier (两个以上), the table's noun after it, or the
        table's noun before the comparator (成交超过150套)."""
        if self._counted_with_classifier(pos) or self._table_noun_counted(pos):
            return True
        return self._rows_numbered(pos, op_pos)

    def _money_over(self, found: ColumnInfo | Measure | None, pos: int) -> ColumnInfo | Measure | None:
        """sold for more than $300,000: the money column a currency sign implies, over no column or a period
        a verb half-names (sold: year_sold)."""
        money = self._money_said(pos)
        if money is not None and (found is None or isinstance(found, ColumnInfo) and found.role in PERIODS):
            return money
        return found

    def _money_scale_differs(self, pos: int, c: ColumnInfo) -> bool:
        """A currency sign before the number, compared with a column whose name says another scale (cents,
        thousands): the amount said is not in the column's unit."""
        signed = pos > 0 and self.items[pos - 1].text in CURRENCY_SIGNS
        return signed and any(w.lower() in MONEY_SCALES for w in split_identifier(c.name))

    def _money_said(self, pos: int) -> ColumnInfo | None:
        """The money column a currency sign right before the number implies ($ → the price)."""
        if not pos or self.items[pos - 1].text not in CURRENCY_SIGNS:
            return None
        money = self.implied_column(self.items[pos - 1].text)
        return money if money is not None and money.numeric and money.role == "measure" else None

    def _aggregate_said_after(self, pos: int, c: ColumnInfo) -> Measure | None:
        """ "which months had more than 150 mm of precipitation in total": a sum or average word after the
        compared number, in a question that names groups, compares each group's total or average."""
        if self.lang != "en" or not (self.asks_which() or any(self.kw_only(x, "group") for x in self.items)):
            return None
        _start, end = self.clause_of(pos)
        for j in range(pos + 1, min(end, pos + 6)):
            it = self.items[j]
            if j not in self.ps.used and self.kw_only(it, "agg") and it.tag("agg") in ("agg:sum", "agg:avg"):
                self.ps.used.add(j)
                return Measure(agg_of((it.tag("agg") or "").split(":")[1]), c.name)
        return None

    def _unit_aggregated(self, pos: int, op_pos: int | None, start: int, unit: ColumnInfo) -> Measure | None:
        """The unit's column aggregated: named before after an aggregate word, or "average" as the verb
        right before the comparator ("which species average more than 4000 grams")."""
        found = self._aggregated_before(pos, start, unit)
        if found is None and op_pos is not None and op_pos < pos:
            agg = self._agg_before(op_pos)
            found = Measure(agg_of(agg), unit.name) if agg is not None else None
        return found

    def _only_column_in_unit(self, pos: int) -> ColumnInfo | None:
        """ "more than 4000 grams": a unit word no column name links, after the number, names the one
        numeric column whose name ends in a unit of the same quantity (body_mass_g for grams)."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        return self._column_in_unit(nxt.text) if nxt is not None and nxt.kind == "word" else None

    def _aggregated_before(self, pos: int, start: int, unit: ColumnInfo) -> Measure | None:
        """ "an average body mass above 4000 g": the unit's column named before with an aggregate word
        right before it compares each group's aggregate (HAVING), not each row."""
        for j in range(pos - 1, start - 1, -1):
            it = self.items[j]
            if it.kind != "match" or self.col(it, prefer="numeric") != unit:
                continue
            agg = self._agg_before(j)
            if agg is not None:
                self.ps.used.add(j)
                return Measure(agg_of(agg), unit.name)
        return None

    def _column_between(self, anchor: int, pos: int) -> ColumnInfo | Measure | None:
        """ "under age 30": the column between the comparator and the number."""
        for j in range(anchor + 1, pos):
            split = self.items[anchor].text in COMPARATIVES
            if split and self.items[j].kind == "match" and self.is_table(self.items[j]):
                self.ps.count_kw = True  # "more stores than 3": rows of the table are counted
                self.ps.used.add(j)
                return Measure("count")
            c = self.col(self.items[j], prefer="numeric") if self.items[j].kind == "match" else None
            if c is not None and c.numeric and c.role != "id" and not self.is_table(self.items[j]):
                self.ps.used.add(j)
                return c
        return None

    def _column_before(self, pos: int, anchor: int, start: int) -> ColumnInfo | Measure | None:
        """The nearest metric or numeric (or year/time) column before the comparator, within 7 items."""
        counted = self._counted_before(anchor, start)
        if counted is not None:
            return counted
        for j in range(anchor - 1, start - 1, -1):
            it = self.items[j]
            if it.kind == "num":
                break
            if it.kind == "match":
                metric = self.metric_at(j)
                if metric is not None and j not in self.ps.used:
                    self.ps.used.add(j)  # 退货率超过10%的城市: the metric's value per group
                    return metric
                c = self.col(it, prefer="numeric")
                if c is not None and c.role == "time" and not 1000 <= value_of(self.items[pos]) <= 2999:
                    continue  # "exam results below 60": a date is never compared with 60
                if c is not None and c.role != "id" and (c.numeric or c.role in ("year", "time")):
                    agg = self._agg_before(j)
                    self.ps.used.add(j)
                    if agg is not None:
                        return Measure(agg_of(agg), c.name)
                    return c
                if self.is_table(it) and j == anchor - 1:
                    break
            if anchor - 1 - j >= 7:
                break
        return None

    def _counted_before(self, anchor: int, start: int) -> Measure | None:
        """公司数量超过50家 / 国家数超过5个: a count word right before the comparator counts what its noun
        names: the table's rows, or the distinct values of a text column (a number of them per group)."""
        j = anchor - 1
        if self.lang != "zh" or j <= start or not self.kw_only(self.items[j], "count", "count_suffix"):
            return None
        noun = self.items[j - 1]
        if noun.kind != "match" or j - 1 in self.ps.used:
            return None
        c = self.col(noun)
        if self.is_table(noun):
            counted = Measure("count")
        elif c is not None and not c.numeric and c.role in ("dimension", "text"):
            counted = Measure("count_distinct", c.name)
        else:
            return None
        self.ps.count_kw = True
        self.ps.used.update({j, j - 1})
        return counted

    def _implied_column_at(self, pos: int, op_pos: int | None) -> ColumnInfo | None:
        """A comparator or unit word that implies its column (older than 30 -> age), or the verb right
        before the comparator (weigh more than 5 kg -> the weight, cost less than 20 -> the price)."""
        verb = op_pos - 1 if op_pos is not None and op_pos > 0 and op_pos < pos else None
        for k in (op_pos, pos + 1, verb, pos - 1 if pos and pos - 1 != op_pos else None):  # $300,000
            if k is None or k >= len(self.items):
                continue
            it = self.items[k]  # before the comparator only an unread verb: "days above 30" is no date
            c = self._implied_by_verb(it) if k == verb else self.implied_column(it.text)
            if c is not None:
                self.ps.used.add(k)
                return c
        return None

    def _implied_by_verb(self, it: Item) -> ColumnInfo | None:
        if it.kind != "word" or self.lang != "en":
            return None
        c = self.implied_column(it.text) or self.implied_column(self.original(it).lower())
        return c if c is not None and c.numeric else None

    def _compared_column_after(self, pos: int, end: int) -> ColumnInfo | Measure | None:
        """A numeric column (or the table's noun: a count) in the few items after the number (after its
        classifier: 两门课, 3种语言)."""
        first = pos + 1
        if self.lang == "zh" and first < len(self.items) and self.items[first].text in CLASSIFIERS:
            first += 1
        for j in range(pos + 1, min(end, first + 3)):
            it = self.items[j]
            c = self.col(it, prefer="numeric") if it.kind == "match" else None
            if it.kind == "match" and self.is_table(it):
                self.ps.count_kw = True
                if c is not None and not c.numeric:
                    self.ps.used.add(j)  # 两门课 where 课 also names course.Course: the rows, not the text
                return Measure("count")
            if it.kind == "match" and self._table_not_amount(it, c):
                self.ps.count_kw = True  # "at least 2 courses" where course.Course is its name: rows
                self.ps.used.add(j)
                return Measure("count")
            if j == first and c is not None and not c.numeric and c.role in ("dimension", "text"):
                self.ps.count_kw = True  # "more than 2 languages": a number of a text column's values
                self.ps.used.add(j)
                return Measure("count_distinct", c.name)
            if c is not None and c.numeric:
                self.ps.used.add(j)
                return c
        return None

    def _table_not_amount(self, it: Any, c: ColumnInfo | None) -> bool:
        """The table's word that also names a text column (course, its Course name): counted, a number of
        them is a number of rows, never of the text."""
        assert self.table is not None
        named = any(lk.kind == "table" and lk.table == self.table.name and lk.score >= 0.6 for lk in it.links)
        return named and c is not None and not c.numeric

    def _unit_column(self, pos: int) -> ColumnInfo | None:
        """ "more than 2 credits" / 低于60分: a numeric column named right after the number is its unit."""
        if pos + 1 >= len(self.items) or self.items[pos + 1].kind != "match":
            return None
        it = self.items[pos + 1]
        if self.is_table(it):
            return None
        c = self.col(it, prefer="numeric")
        if c is None or not c.numeric or c.role == "id":
            return None
        self.ps.used.add(pos + 1)
        return c

    def _named_unit_column(self, pos: int) -> ColumnInfo | None:
        """The column the number's unit names: "2 credits", or "50 g of fat"."""
        return self._unit_column(pos) or self._column_of_amount(pos)

    def _column_of_amount(self, pos: int) -> ColumnInfo | None:
        """ "more than 50 g of fat" / "over 1,300 mg of sodium": a number, its unit of measure and "of"
        before a numeric column: the column is what the amount measures."""
        items = self.items
        if pos + 3 >= len(items) or items[pos + 1].text.lower() not in UNITS or items[pos + 2].text != "of":
            return None
        it = items[pos + 3]
        c = self.col(it, prefer="numeric") if it.kind == "match" and not self.is_table(it) else None
        if c is None or not c.numeric or c.role == "id":
            return None
        self.ps.used.update({pos + 2, pos + 3})
        return c

    def _column_in_unit(self, word: str) -> ColumnInfo | None:
        """The only numeric column whose name ends in a unit of the quantity this unit word measures
        (磅 / kg -> Weight_in_lbs); none when no column or several are (three lengths in mm)."""
        assert self.table is not None
        said = UNITS.get(word.lower())
        if said is None:
            return None
        held = [
            c
            for c in self.table.columns.values()
            if c.numeric and (u := column_unit(c.name)) is not None and UNITS[u][0] == said[0]
        ]
        return held[0] if len(held) == 1 else None

    def _agg_before(self, pos: int) -> str | None:
        j = self.prev_content(pos, limit=2)
        if j is not None and self.kw_only(self.items[j], "agg"):
            tag = self.items[j].tag("agg") or ""
            self.ps.used.add(j)
            return tag.split(":")[1]
        return None


def _informative_count_floor(cond: Having) -> Having:
    """一个以上的员工 / one or more: every group holds at least one row, so a count of at least one
    excludes nothing; the only reading that says something is "more than one"."""
    if cond.measure.agg in ("count", "count_distinct") and cond.op == ">=" and cond.value == 1:
        return Having(cond.measure, ">", 1)
    return cond


def _within(value: Any, c: ColumnInfo) -> bool:
    """The number lies within the column's values ("below 60" of scores 0-100; never "before 1930" of
    percentages): a guessed column that every or no row passes is no column the number is about."""
    lo, hi = c.minimum, c.maximum
    if (
        not isinstance(value, int | float)
        or not isinstance(lo, int | float)
        or not isinstance(hi, int | float)
    ):
        return True
    return lo <= value <= hi
