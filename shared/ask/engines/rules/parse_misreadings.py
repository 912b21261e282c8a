"""Misreadings: readings that look complete but answer another question (docs/engine.md lists them)."""

from __future__ import annotations

import re

from shared.ask.engines.rules.asked_amount import amount_answered_by_ids
from shared.ask.engines.rules.filter_evidence import (
    absence_unread,
    range_read_as_list,
    value_from_a_function_character,
    value_from_a_grammar_word,
    value_from_the_table_noun,
    value_opened_by_a_lone_character,
)
from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.measures import additive_name, aggregation_said
from shared.ask.engines.rules.onerowranked import one_row_ranked_as_groups
from shared.ask.engines.rules.parse_mode import ModeClauses
from shared.ask.engines.rules.parsecommon import (
    ARITHMETIC_WORDS,
    CLASSIFIERS,
    COMPARATIVES,
    DIFFERENCE_WORDS,
    GENERIC_NOUNS,
    MISSING_WORDS,
    MODE_CONFLICT_DOUBT,
    ROW_NOUNS,
    UNKNOWN_WORD_DOUBT,
    ZH_STOP,
    said_keys,
    said_pattern,
    words,
)
from shared.ask.engines.rules.pinned_groups import ranks_one_group
from shared.ask.engines.rules.pinnedshare import share_of_a_pinned_column
from shared.ask.engines.rules.rowshaving import value_had_unread
from shared.ask.engines.rules.unique_filters import (
    asks_both,
    both_read_as_either,
    counts_one_row,
    lookup_left_alone,
    own_columns,
    two_rows_at_once,
)
from shared.ask.engines.rules.unread_comparators import comparator_unread
from shared.ask.engines.rules.value_bounds import values_cover_the_column
from shared.ask.engines.rules.wordbreaks import value_inside_a_word
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
    Item,
)
from shared.semantic.vocabulary.segment import CJK_RE


def _singular_key(name: str) -> str:
    key = re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", name.lower())
    if key.endswith("ies"):
        return key[:-3] + "y"
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


LIST_SEPARATORS = frozenset(words("list_joiners", "plain"))


class MisreadingClauses(ModeClauses):
    """Checks that find a reading which looks complete but answers another question; each one found
    costs MODE_CONFLICT_DOUBT (ConfidenceClauses.doubt adds them up)."""

    def _pattern_in_another_script(self, intent: Intent) -> bool:
        """A contains / starts-with text in Chinese over a column whose values hold no Chinese: no row can
        match, so the words were something else (包括第一行和第二行: the columns line_1 and line_2)."""
        assert self.table is not None
        for f in intent.filters:
            info = self.table.columns.get(f.column)
            if f.source != "contains" or info is None or not info.values:
                continue
            text = "".join(str(v) for v in f.values)
            if CJK_RE.search(text) and not any(CJK_RE.search(str(v)) for v in info.values):
                return True
        return False

    def _number_unread(self) -> bool:
        """A number of the question no clause read (one excepted: 一个 / 哪一天 / 每一次 are articles)."""
        return any(
            it.kind == "num" and k not in self.ps.used and it.value != 1 for k, it in enumerate(self.items)
        )

    def _sorted_cut_to_one(self, intent: Intent) -> bool:
        """A sort phrase ("sorted by EBITDA from highest") with the listing cut to its first row though
        no number asked for one: the superlative word was the sort's direction."""
        sorts = any(
            it.kind == "match" and it.has("sort") and k in self.ps.used for k, it in enumerate(self.items)
        )
        return sorts and intent.limit == 1 and self.ps.limit_pos is None and not intent.measures

    def _misreadings(self, intent: Intent) -> float:
        """Readings that look right and answer something else (each lowers confidence by
        MODE_CONFLICT_DOUBT): a column guessed between two, an answer that echoes its filter, a share
        answered as a total, a total ordered by an ungrouped column, a compound noun split in two, rows
        beside a total, a lost condition, a GROUP BY over a continuous amount."""
        lost_condition = self._measure_repeated(intent) and "unused_keyword:cmp" in self.ps.reasons
        own = own_columns(self.table.columns, self.joined_columns) if self.table is not None else {}
        weak = self._weak_other_table_words()
        assert self.table is not None
        found = {
            "column_guessed": self._column_guessed(intent),  # 收益: Earnings/Share or P/E?
            "echo": self._echoes_its_filter(intent),  # SELECT name WHERE name = 'h'
            # share of the total → the total; share of prices by sector → the average price
            "share_unread": self._share_unread(intent) or _share_of_no_total(intent),
            "order_outside": self._ordered_outside_the_groups(intent),  # AVG(x) … ORDER BY sector
            "compound_split": self._compound_split(intent),  # share | price
            # the most flights → MAX(flight) / 航班最多 → ORDER BY flight: the rows' noun read as its number
            "rows_as_column": self._rows_read_as_a_number(intent) or self._table_noun_as_amount(intent),
            "mixed_reading": lost_condition or self._rows_beside_a_total(intent),  # AVG(x), AVG(x)
            "group_by_measure": self._grouped_by_a_measure(intent),  # GROUP BY "Market Cap"
            "sorted_cut_to_one": self._sorted_cut_to_one(intent),  # sorted by X from highest → LIMIT 1
            "number_unread": self._number_unread(),  # 短于72岁 dropped: the condition is lost
            "pattern_unheld": self._pattern_in_another_script(intent),  # LIKE '%第一行%' over English text
            "amount_counted": self._amount_word_counted(),  # 降水总量 / X in total → COUNT(*)
            # 3 windiest → wind = 3: the number before a superlative (or a look-alike word) made a value
            "superlative_as_value": self._superlative_form_as_value(intent)
            or self._number_bound_to_a_near_word(intent),
            "sort_key_unread": self._sort_key_unread(),  # 按频率排列: ordered by what?
            "table_on_one_word": self._table_on_one_ambiguous_word(),  # 特性: Properties or Features?
            "one_row_groups": self._averaged_over_one_row_groups(intent),  # 平均每天 over daily rows
            "value_qualified": self._value_qualified_by_unread_word(),  # “非洲”中部 → Africa
            "value_inside_word": value_inside_a_word(self.items, self.ps.used),  # 东 + 南亚 → Southern Asia
            # 男性和女性的病例数 → sex IN (every value): the values asked apart, pooled
            "values_cover_column": values_cover_the_column(self.question, intent, self.table.columns),
            "difference_asked": self._difference_asked(intent),  # A比B多多少 → both summed together
            # transcripts with at least 2 course results: the rows counted are another table's
            "count_of_other_rows": bool(weak) and any(h.measure.agg == "count" for h in intent.having),
            "arithmetic_unread": self._arithmetic_unread(intent),  # ratio of A to B → AVG(A)
            "share_of_pinned": share_of_a_pinned_column(intent),  # AVG(flag = 否) WHERE flag = 是
            "missing_unread": self._missing_unread(intent),  # missing a bill length → every row
            # strikes that had an effect → every row, the missing effects grouped too
            "value_had_unread": value_had_unread(
                self.items,
                intent,
                self.schema.table(self.table.name),
                self._having_column_name,
                self._having_rows_noun,
            ),
            "negation_beside_bool": self._negation_beside_a_true_bool(intent),  # 没有完成 → completion = 1
            "extremes_pair": self._both_extremes_asked(intent),  # shortest and longest → one row's
            "kinds_as_ids": self._kinds_answered_by_ids(intent),  # 哪几种企鹅 → DISTINCT individual_id
            "amount_as_ids": self._amount_answered_by_ids()  # total X across all rows → the rows' ids
            or amount_answered_by_ids(self.items, intent, self.table.columns),  # 花了多少钱 → the ids
            "year_given_no_year": self._year_column_given_no_year(intent),  # 年薪超过2500万 → 出生年份 > …
            "value_of_several": self._value_opens_other_values(intent),  # AIRBUS beside AIRBUS INDUSTRIE
            "column_listed_twice": self._column_listed_twice(),  # 姓氏、姓氏和电子邮件: one was another
            "counted_noun_unread": self._counted_noun_unread(),  # 多少只鸟 → every row counted
            # 多少部恐怖片 over the kinds → the one kind's row counted; 既是A又是B → a row that is two rows
            "one_row_counted": counts_one_row(
                intent, own, lookup_left_alone(self.schema, self.semantic, self.table.name)
            ),
            "two_rows_at_once": two_rows_at_once(intent, own),
            # 既是A又是B → IN (A, B); the intent turned into a dict only where the question says both
            "both_as_either": asks_both(self.question)
            and both_read_as_either(self.question, intent.to_dict()),
            # 40度以北 → = 40: the words saying how the number compares were not understood
            "comparator_unread": comparator_unread(self.items, self.ps.used, intent, self.unknown_words),
            # the poll with the largest sample → the pollster with the largest average: one row as groups
            "one_row_as_groups": one_row_ranked_as_groups(self, intent),
            "ranks_one_group": ranks_one_group(intent),  # 0-14岁中哪种类型最多 → GROUP BY the age filtered
            # Average number of bedrooms → condition = 'Average': the aggregate word spent on a value
            "value_from_grammar": value_from_a_grammar_word(self.items, self.ps.used, intent, self.question)
            or value_from_a_function_character(self.items, self.ps.used, intent),
            "range_as_list": range_read_as_list(self.items, self.ps.used, intent),  # June through August
            # how many tests → 采样科室 = '检验科': the table's own noun read again as a value
            "value_from_table_noun": value_from_the_table_noun(
                self.items, self.ps.used, intent, self.question
            ),
            "absence_unread": absence_unread(self.items, self.ps.used, intent),  # no death toll → every row
            # 死了多少人 with 死 unread beside '死亡': the value said by its first character, dropped
            "value_by_its_character": value_opened_by_a_lone_character(
                self.items, self.ps.used, intent, list(self.table.columns.values())
            ),
        }
        other = self.reason("other_table_weak", UNKNOWN_WORD_DOUBT * weak) if weak else 0.0
        return other + sum(self.reason(name, MODE_CONFLICT_DOUBT) for name, hit in found.items() if hit)

    def _column_listed_twice(self) -> bool:
        """A list that names one column twice in a row (姓氏、姓氏和电子邮件): the question meant two
        things, and one of them is lost."""
        for k in range(len(self.items) - 2):
            a, sep, b = self.items[k], self.items[k + 1], self.items[k + 2]
            if sep.text not in LIST_SEPARATORS or a.kind != "match" or b.kind != "match" or a.tags or b.tags:
                continue
            first, second = self.col(a), self.col(b)
            if first is not None and second is not None and first.name == second.name and a.text == b.text:
                return True
        return False

    def _counted_noun_unread(self) -> bool:
        """一共捕获了多少只鸟: the one-character noun right after a count word (and its classifier) was not
        read, so every row is counted instead of those of that kind."""
        for pos, it in enumerate(self.items[:-1]):
            nxt = self.items[pos + 1]
            if not it.has("count") or not CJK_RE.search(it.text) or pos + 1 in self.ps.used:
                continue
            last = pos + 2 == len(self.items) or self.items[pos + 2].kind == "punct"  # the question's noun
            noun = bool(bilingual.senses(nxt.text)) and not bilingual.is_verb(nxt.text)
            noun = noun and nxt.text not in CLASSIFIERS and nxt.text not in GENERIC_NOUNS  # 多少款？
            char = nxt.kind == "word" and bool(CJK_RE.fullmatch(nxt.text)) and nxt.text not in ZH_STOP
            if last and noun and char:
                return True
        return self._counted_run_unread() or self._noun_before_count_unread()

    def _counted_run_unread(self) -> bool:
        """多少间酒店客房: after a count word and its classifier, the rest of the question is characters no
        clause read (a noun of several characters), so the rows counted are not of what was asked."""
        for pos, it in enumerate(self.items):
            if not (it.has("count") or it.has("howmuch")) or not CJK_RE.search(it.text):
                continue
            rest = [x for x in self.items[pos + 1 :] if x.kind != "punct"]
            if rest and rest[0].kind == "word" and rest[0].text in CLASSIFIERS:
                rest = rest[1:]
            unread = [
                x for x in rest if x.kind == "word" and CJK_RE.fullmatch(x.text) and x.text not in ZH_STOP
            ]
            if len(rest) >= 2 and len(unread) == len(rest):
                return True
        return False

    def _noun_before_count_unread(self) -> bool:
        """间夜总数 (room nights): right before a Chinese count word (总数, 数量), a word no clause read that
        names several columns weakly (夜: weekend_nights, week_nights): the rows are counted, not it."""
        for pos, it in enumerate(self.items[1:], start=1):
            prev = self.items[pos - 1]
            if not it.has("count") or not CJK_RE.match(it.text) or pos - 1 in self.ps.used:
                continue
            if not it.text.replace(" ", "").endswith(("数", "数量")) or not CJK_RE.match(prev.text):
                continue
            columns = {lk.column for lk in prev.links if lk.kind == "column"}
            weak = len(columns) >= 2 and all(lk.kind == "column" and lk.score < 0.85 for lk in prev.links)
            if weak and prev.kind == "match" or self._unread_pair_before(pos):
                return True
        return False

    def _unread_pair_before(self, pos: int) -> bool:
        """在押人数: the two characters right before the count word are both unread (no word read beside
        them, as 车 is in 车型数量): the counted noun's qualifier is lost."""
        chars = self.unread_qualifier(pos, 2)
        return bool(chars) and "的" not in chars

    def unread_qualifier(self, pos: int, size: int) -> list[str]:
        """The `size` single Chinese characters right before the count word at `pos`, when no clause read
        any of them (还押人数, 在押人数): they qualify the counted noun (which people? which cases?), though
        a lone character is no word not understood. [] when any was read or is no character."""
        span = range(pos - size, pos)
        if span.start < 0 or any(k in self.ps.used for k in span):
            return []
        chars = [self.items[k] for k in span]
        if not all(c.kind == "word" and CJK_RE.fullmatch(c.text) for c in chars):
            return []
        return [c.text for c in chars]

    def _difference_asked(self, intent: Intent) -> bool:
        """A difference of two figures is asked (difference between, how many more, how much warmer …
        than, A比B多多少, 相差) and the reading has none (only period over period computes a change): it
        answers both figures as one."""
        if intent.compare is not None:
            return False
        low = self.question.lower()
        said = [w for w in DIFFERENCE_WORDS if w in low and (CJK_RE.search(w) or re.search(rf"\b{w}\b", low))]
        if said:
            return not any(self._strong_link(it) and self._names_difference(it) for it in self.items)
        if any(self._short_name_difference(pos) for pos in range(1, len(self.items))):
            return True  # 价差 / 温差: a column's one-character name, then 差
        how = re.search(r"\bhow (?:much|many) (\w+)", low)
        if how is None:
            return False
        return how.group(1) in COMPARATIVES or (how.group(1).endswith("er") and " than " in f" {low} ")

    def _short_name_difference(self, pos: int) -> bool:
        """差 right after a column named by one character of its name (价差: the price difference)."""
        it, before = self.items[pos], self.items[pos - 1]
        if it.kind != "word" or it.text != "差" or before.end != it.start:
            return False
        return len(before.text) == 1 and self.col(before) is not None

    def _said(self, wordlist: tuple[str, ...]) -> list[str]:
        low = self.question.lower()
        return [w for w in said_pattern(wordlist).findall(low) if w]

    def _names_a_said_word(self, said: list[str]) -> bool:
        """A column or value of the data named by the word itself (a column called ratio, a value Missing)."""
        heads = [w.split()[0] for w in said]  # "P/E ratio of …": ratio is the column's own word
        return any(
            self._linked(it)
            and any(w in it.text.replace(" ", "").lower() or w in it.text.lower().split() for w in heads)
            for it in self.items
        )

    def _arithmetic_unread(self, intent: Intent) -> bool:
        """A computation between two columns asked (ratio of A to B, A divided by B, A minus B, A减B,
        A与B之比) while the reading computes none (no metric's expression, no rate): it answers one
        column's figure."""
        said = self._said(ARITHMETIC_WORDS)
        if said and any(_share_of_listed(m) for m in intent.measures):
            return True  # ratio of A to B read as the share of rows that are A or B: not A over B
        if any(m.expression or m.metric or m.agg == "rate" for m in intent.measures) or intent.compare:
            return False
        if said:
            return not self._names_a_said_word(said)
        # 最高气温减最低气温: a bare 减 / 除 between two words naming columns
        return any(
            it.kind == "word" and it.text in ("减", "除") and self._columns_around(pos)
            for pos, it in enumerate(self.items)
        )

    def _columns_around(self, pos: int) -> bool:
        """A word naming a column right before, and one within two words after (减最低气温)."""
        items = self.items
        before = pos > 0 and items[pos - 1].kind == "match" and self.col(items[pos - 1]) is not None
        after = any(
            items[j].kind == "match" and self.col(items[j]) is not None
            for j in (pos + 1, pos + 2)
            if j < len(items)
        )
        return before and after

    def _having_rows_noun(self, item: Item) -> bool:
        return self.is_table(item) or item.text.replace(" ", "").lower() in ROW_NOUNS

    def _having_column_name(self, item: Item) -> str | None:
        info, link = self.col(item), self.col_link(item)
        return info.name if info is not None and link is not None and link.score >= 0.85 else None

    def _missing_unread(self, intent: Intent) -> bool:
        """Rows without a value asked (missing, null, 缺失, 为空, 没有…数据): no reading filters on a missing
        value, so the answer counts or lists every row instead."""
        said = self._said(MISSING_WORDS)
        if not said and self.lang == "zh":
            said = re.findall(r"[没无][有]?[\u4e00-\u9fff]{1,8}?数据", self.question)
        if not said or self._names_a_said_word(said):
            return False
        return not any(f.op in ("!=", "not_in", "not_like") for f in intent.filters)

    def _negation_beside_a_true_bool(self, intent: Intent) -> bool:
        """没有完成产卵 read as completion = 1: a negation no clause read in a question whose boolean filter
        is the true value (an English one already costs as much: unused_keyword:neg)."""
        assert self.table is not None
        if self.lang == "en":
            return False
        unread = any(self.kw_only(it, "neg") and k not in self.ps.used for k, it in enumerate(self.items))
        if not unread:
            return False
        for f in intent.filters:
            info = self.table.columns.get(f.column)
            if f.source == "bool" and info is not None and f.values and f.values[0] == info.true_value:
                return True
        return False

    def _both_extremes_asked(self, intent: Intent) -> bool:
        """Shortest and longest X / 最高和最低: two opposite superlatives joined by and ask for both ends
        (MIN and MAX); a reading without both answers one end, or one row ordered by another column."""
        aggs = {m.agg for m in intent.measures}
        if {"min", "max"} <= aggs:
            return False
        # the shortest and the longest; 最低值和最高值 (the lowest value and the highest)
        items = [it for it in self.items if it.text not in ("the", "值", "value") or it.links]
        for pos in range(len(items) - 2):
            a, link, b = items[pos], items[pos + 1], items[pos + 2]
            da, db = a.tag("sup"), b.tag("sup")
            if da and db and da != db and link.text.lower() in ("and", "和", "与", "及", "、", ",", "，"):
                return True
        return False

    def _kinds_answered_by_ids(self, intent: Intent) -> bool:
        """哪几种企鹅 / which kinds of X: distinct values asked, answered by the rows' identifier picked for
        want of a column (default_id_column): every row is its own kind, so the kind column was missed."""
        if "default_id_column" not in self.ps.reasons:
            return False
        asked = any(self.kw_only(it, "distinct", "count_distinct") for it in self.items)
        return asked and (intent.distinct or any(m.agg == "count_distinct" for m in intent.measures))

    def _amount_answered_by_ids(self) -> bool:
        """total upkeep across all boats / 所有船的总费用: an aggregate word said and left unread, the rows'
        identifier shown for want of a column (default_id_column): an amount was asked, of a word the
        reading did not understand, and a list of ids is no amount."""
        if "default_id_column" not in self.ps.reasons:
            return False
        # a weak link to a column named by the word (total ~ total_cost) read nothing either
        return any(
            pos not in self.ps.used and it.kind == "match" and it.has("agg")
            for pos, it in enumerate(self.items)
        )

    def _value_opens_other_values(self, intent: Intent) -> bool:
        """Airbus aircraft → manufacturer = 'AIRBUS' while 'AIRBUS INDUSTRIE' is stored too: the value the
        question names opens other stored values of its column word for word, so which rows it means (one
        spelling or all of them) is a guess."""
        assert self.table is not None
        for f in intent.filters:
            info = self.table.columns.get(f.column)
            if f.op != "=" or f.source != "value" or info is None or not info.values:
                continue
            for v in f.values:
                head = f"{str(v).lower()} "
                if len(head) > 3 and any(str(o).lower().startswith(head) for o in info.values):
                    return True
        return False

    def _year_column_given_no_year(self, intent: Intent) -> bool:
        """A year column compared with a number that is no year (出生年份 > 25000000: an amount of money put
        on the year): the number belonged to another column."""
        assert self.table is not None
        for f in intent.filters:
            info = self.table.columns.get(f.column)
            if info is None or info.role != "year" or f.source != "number":
                continue
            if any(isinstance(v, (int, float)) and not 1000 <= v <= 2999 for v in f.values):
                return True
        return self._month_given_no_month(intent)

    def _month_given_no_month(self, intent: Intent) -> bool:
        """A calendar month part compared with a number that is no month of the year (inventory below 2.5
        months → month < 2.5): the number and its unit belonged to another column."""
        month = self.parts().get("month")

        def no_month(v: object) -> bool:
            return isinstance(v, int | float) and not (1 <= v <= 12 and float(v).is_integer())

        return any(f.column == month and any(no_month(v) for v in f.values) for f in intent.filters)

    @staticmethod
    def _names_difference(it: Item) -> bool:
        """A column of the data named by the difference word itself (a column called difference)."""
        return any(w in it.text.replace(" ", "") for w in DIFFERENCE_WORDS)

    def _named_strongly(self, pos: int, column: str) -> bool:
        """A strong link, or two words side by side that each name the column weakly (学生 ID →
        student_id): together they name it."""
        if self._strong_link(self.items[pos]):
            return True
        assert self.table is not None
        name = self.table.name
        return any(
            0 <= j < len(self.items)
            and any(lk.table == name and lk.column == column for lk in self.items[j].links)
            for j in (pos - 1, pos + 1)
        )

    def _weak_other_table_words(self) -> int:
        """所有品种类型和大小的组合: a word no clause read that names only other tables' columns, and
        those weakly (大小 ~ size_code elsewhere): the reading drops something it barely understood."""
        assert self.table is not None
        count = 0
        for pos, it in enumerate(self.items):
            if it.kind != "match" or it.tags or pos in self.ps.used or not it.links or self._linked(it):
                continue
            if it.text.replace(" ", "") in GENERIC_NOUNS or it.text in GENERIC_NOUNS:
                continue
            if all(lk.table != self.table.name and lk.score < 0.85 for lk in it.links):
                count += 1
        return count

    def _sort_key_unread(self) -> bool:
        """按频率排列 / sorted by how often: the words between 按 (by) and the sort word name no column
        and no clause read them, so the reading's order is a guess."""
        for k, it in enumerate(self.items):
            if it.kind != "match" or not it.has("sort"):
                continue
            by = next(
                (j for j in range(k - 1, max(-1, k - 5), -1) if self.items[j].text in said_keys("按")), None
            )
            if by is None or by + 1 >= k:
                continue
            between = range(by + 1, k)
            # a lone rate word (率 of 频率) read as no rate names no order key either
            if not any(self._linked(self.items[j]) or self._read_not_as_rate(j) for j in between):
                return True
        return False

    def _table_on_one_ambiguous_word(self) -> bool:
        """可用的特性: the only word naming the chosen table names another table's column as strongly
        (特性 = property; feature), so which rows are meant rests on one dictionary sense."""
        assert self.table is not None
        chosen = self.table.name
        naming = [it for it in self.items if any(lk.table == chosen for lk in it.links)]
        if len(naming) != 1:
            return False
        own = {lk.column for lk in naming[0].links if lk.table == chosen}
        # flights.Airline beside airlines.Airline: the same name on both sides of a key is one sense
        return any(
            lk.table != chosen and lk.score >= 0.85 and (lk.column is None or lk.column not in own)
            for lk in naming[0].links
        )

    def _table_noun_as_amount(self, intent: Intent) -> bool:
        """航班最多的3天 / longest flight distance over flights(flight, ...): the word that names the
        rows also names a number column of the same name (a flight number); ranking or comparing that
        column, or taking its largest, answers something else than counting the rows."""
        assert self.table is not None
        amounts = {str(o[1]) for o in intent.order if o[0] == "column"}
        amounts |= {m.column for m in intent.measures if m.column and m.agg in ("max", "min")}
        amounts |= {f.column for f in intent.filters if f.source == "number" and f.op != "="}
        table_words = set(self.table.words) if amounts else set()
        for name in amounts:
            info = self.table.columns.get(name)
            # the column's words are the table's own (flight in flights, not score in exam_scores)
            if info is None or info.type != "integer" or not info.words or set(info.words) != table_words:
                continue
            if any(self.is_table(it) or self._names_table_and(it, name) for it in self.items):
                return True
        return False

    def _averaged_over_one_row_groups(self, intent: Intent) -> bool:
        """平均每天的降水量 / average precipitation per day over one row per day: grouped by the day, each
        average is one row's own value, so "per day" named the rows and the average was over them."""
        assert self.table is not None
        if intent.time_grain != "day" or intent.dimensions or not intent.time_column:
            return False
        info = self.table.columns.get(intent.time_column)
        averaged = any(m.agg == "avg" for m in intent.measures)
        return averaged and info is not None and info.unique

    def _number_bound_to_a_near_word(self, intent: Intent) -> bool:
        """ "the 3 windiest days": a bare number made a column's value only because the next word
        resembles the column's name (windiest ~ wind); the word was something else (a superlative)."""
        assert self.table is not None
        name = self.table.name
        for f in intent.filters:
            if f.source != "number" or f.op != "=":
                continue
            naming = [
                it for it in self.items if any(lk.table == name and lk.column == f.column for lk in it.links)
            ]
            if naming and all(it.fuzzy for it in naming):
                return True
        return False

    def _value_qualified_by_unread_word(self) -> bool:
        """ "“非洲”中部的平均预期寿命" / 广东北部: a dictionary word no clause read right after a value the
        filter holds (中部 = central section) narrows or changes that value; answering the bare value
        drops it. 中 is a stop character, so the pair is never reported as an unknown word itself."""
        items = self.items
        for pos, it in enumerate(items[:-2]):
            if pos not in self.ps.used or not any(lk.kind == "value" for lk in it.links):
                continue
            a, b = items[pos + 1], items[pos + 2]
            if a.kind != "word" or b.kind != "word" or {pos + 1, pos + 2} & self.ps.used:
                continue
            pair = a.text + b.text
            # a pair with no stop character is already an unknown word; one with a stop character is not
            hidden = a.text in ZH_STOP or b.text in ZH_STOP
            cjk = CJK_RE.fullmatch(a.text) and CJK_RE.fullmatch(b.text)
            # 属于 is a verb and 所在 / 所属 a 所-nominalised verb: how the value relates, not a part of it
            relation = a.text == "所" or bilingual.is_verb(pair)
            if hidden and cjk and not relation and bilingual.english_for(pair):
                return True
        return False

    def _names_table_and(self, it: Item, column: str) -> bool:
        assert self.table is not None
        name = self.table.name
        kinds = {
            lk.kind for lk in it.links if lk.table == name and (lk.kind == "table" or lk.column == column)
        }
        return kinds == {"table", "column"}

    def _read_not_as_rate(self, j: int) -> bool:
        return j in self.ps.used and not self.items[j].has("rate")

    def _superlative_form_as_value(self, intent: Intent) -> bool:
        """ "the 3 windiest days": a number right before a superlative form (-est) of a column's word is
        how many to rank, not the column's value."""
        numbers = {f.values[0] for f in intent.filters if f.source == "number" and f.op == "=" and f.values}
        for pos, it in enumerate(self.items[:-1]):
            nxt = self.items[pos + 1]
            word = nxt.text.lower()
            c = self.col(nxt) if nxt.kind == "match" else None
            superlative = c is not None and word.endswith("est") and word not in c.name.lower()
            if it.kind == "num" and it.value in numbers and superlative:
                return True
        return False

    def _amount_word_counted(self) -> bool:
        """A total or average word (总量, in total) that no clause read while the reading fell back to
        counting rows: the amount asked for was lost. Also under a count word said (按年份统计总客流) when
        words not understood follow it to the question's end (its noun): the rows are counted, not the
        amount (一共有多少笔订单: 一共 before more of the question stays the count's; in Chinese only: "in
        total are listed" closes on a verb)."""
        default = "default_count" in self.ps.reasons
        measures = self.intent.measures if self.intent is not None else []
        rows = (
            self.lang == "zh"
            and bool(measures)
            and all(m.agg == "count" and m.column is None for m in measures)
        )
        return (default or rows) and any(
            self.kw_only(it, "agg")
            and (it.tag("agg") or "").endswith(("sum", "avg"))
            and k not in self.ps.used
            and (default or self._unread_word_at(k + 1))
            for k, it in enumerate(self.items)
        )

    def _unread_word_at(self, pos: int) -> bool:
        rest = [k for k in range(pos, len(self.items)) if self.items[k].kind != "punct"]
        return bool(rest) and all(k not in self.ps.used and self.items[k].kind == "word" for k in rest)

    def _column_guessed(self, intent: Intent) -> bool:
        """A word that only partly names two columns about equally (收益 in Earnings/Share and in
        Price/Earnings), read as one of them with nothing else in the question to tell them apart."""
        read = set(intent.dimensions) | {m.column for m in intent.measures if m.column}
        read |= {f.column for f in intent.filters} | {str(o[1]) for o in intent.order if o[0] == "column"}
        read |= {h.measure.column for h in intent.having if h.measure.column}
        return any(
            self._guessed_between_two(it, read, set(intent.dimensions))
            for pos, it in enumerate(self.items)
            if pos in self.ps.used and it.kind == "match" and not it.tags
        )

    def _guessed_between_two(self, it: Item, read: set[str], grouped: set[str] | None = None) -> bool:
        assert self.table is not None
        links = [lk for lk in it.links if lk.kind == "column" and lk.table == self.table.name]
        if len(links) < 2 or any(lk.kind == "table" for lk in it.links):
            return False
        best, second = sorted(links, key=lambda lk: -lk.score)[:2]
        if best.score >= 0.85 or best.score - second.score > 0.05 or best.column == second.column:
            return False
        chosen = self.col(it)
        if chosen is None or not self._guess_kept(chosen, read, grouped):
            return False
        told = any(self._named_elsewhere(it, lk.column or "") for lk in (best, second))
        return not told and not self._implied_by_an_adjective(chosen.name) and not self.the_period(chosen)

    @staticmethod
    def _guess_kept(chosen: ColumnInfo, read: set[str], grouped: set[str] | None) -> bool:
        """The guessed column is read as a number, or grouped by (each state over 生存状态 and 气囊状态,
        both "… status": the groups are one of two columns' values the word names equally weakly); a
        name column chosen is the person, no guess."""
        return chosen.name in read and (chosen.numeric or chosen.name in (grouped or ()))

    def the_period(self, col: ColumnInfo) -> bool:
        """The one year column that is the rows' own period (parse_time: not a thing's year): a year word
        tied between it and a thing's year means it."""
        return col.role == "year" and [c.name for c in self._year_columns()] == [col.name]

    def _ordered_outside_the_groups(self, intent: Intent) -> bool:
        """An aggregate over all rows ordered by a plain column: one row has no order, so the column was
        meant as the grouping ("average EBITDA by sector, highest first")."""
        if intent.dimensions or not any(m.agg not in ("none",) for m in intent.measures) or intent.columns:
            return False
        return any(o[0] == "column" for o in intent.order)

    def _compound_split(self, intent: Intent) -> bool:
        """ "share price": a word only partly naming one column right before a word that names another
        outright is one noun (the price); reading the first as its own column misreads it."""
        assert self.table is not None
        read = {m.column for m in intent.measures if m.column} | {str(o[1]) for o in intent.order}
        read |= {f.column for f in intent.filters} | set(intent.dimensions)
        for pos in range(len(self.items) - 1):
            a, b = self.items[pos], self.items[pos + 1]
            if a.kind != "match" or b.kind != "match" or pos not in self.ps.used:
                continue
            la, lb = self.col_link(a), self.col_link(b)
            if la is None or lb is None or la.column == lb.column or la.score >= 0.7 or lb.score < 0.9:
                continue
            if la.column in read and self._named_elsewhere(a, la.column or "") is False:
                return True
        return False

    def _rows_read_as_a_number(self, intent: Intent) -> bool:
        """The table's own noun that also names a number column no amount word names (flights.flight, a
        flight number) read as that column while no row is counted: "the most flights", "more than 500
        flights", "flights per airline" are about the rows, not the numbers."""
        assert self.table is not None
        if any(m.agg == "count" and not m.column for m in intent.measures):
            return False
        read = {m.column for m in intent.measures if m.column} | {str(o[1]) for o in intent.order}
        read |= {f.column for f in intent.filters if f.source == "number"} | set(intent.dimensions)
        read |= set(intent.columns)
        # a name that says it is an amount to average (薪资 in 薪资, salary) is read as the amount
        return any(
            (c := self._rows_noun_column(it)) is not None and c in read and not aggregation_said(c)
            for it in self.items
        )

    @staticmethod
    def _echoes_its_filter(intent: Intent) -> bool:
        """Only the column the question pins to one value, listed: the answer repeats the question's value
        ("Describe the section h" -> the name h), so the asked column was missed."""
        if intent.measures or intent.dimensions or not intent.columns:
            return False
        pinned = {f.column for f in intent.filters if f.op == "=" and f.source == "value"}
        return set(intent.columns) <= pinned

    def _share_unread(self, intent: Intent) -> bool:
        """占比 / share of the total asked, a plain total answered (the word also names a column only in
        part, so it was neither read as the share nor as that column)."""
        if any(m.agg == "rate" for m in intent.measures):
            return False
        if self._share_of_a_row_count(intent):
            return True  # 对照样地的捕获数占比 → COUNT(*): a share of one ungrouped row count is no share
        for pos, it in enumerate(self.items):
            if it.kind != "match" or not it.has("share") or pos in self.ps.used or self._strong_link(it):
                continue
            nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
            if nxt is None or not (nxt.kind == "match" and self._strong_link(nxt) and not self.is_table(nxt)):
                return True  # "share price" is a price
        return False

    def _share_of_a_row_count(self, intent: Intent) -> bool:
        """A share word linked to nothing (not Earnings/Share) beside one ungrouped COUNT(*) (or one total
        of a headcount column: 在押总人数 summed, gridcells.people_summed)."""
        counts = bool(intent.measures) and all(m.agg == "count" and not m.column for m in intent.measures)
        # (a share read with no group computes none: one SUM is all the answer holds)
        counts = counts or (len(intent.measures) == 1 and intent.measures[0].agg == "sum")
        said = any(it.kind == "match" and it.has("share") and not it.links for it in self.items)
        return said and counts and intent.compare is None and not (intent.dimensions or intent.time_grain)

    @staticmethod
    def _measure_repeated(intent: Intent) -> bool:
        """The same aggregate of the same column twice: the question named it twice for two roles (a
        condition and the answer: 平均预期寿命短于72岁的…的平均预期寿命), and one role was lost."""
        seen = [(m.agg, m.column) for m in intent.measures if m.column]
        return len(seen) != len(set(seen))

    @staticmethod
    def _rows_beside_a_total(intent: Intent) -> bool:
        """Plain columns listed beside an aggregate with no grouping: one total next to some row's values
        answers nothing ("the record formats, sorted by their frequency")."""
        aggregated = any(m.agg not in ("none",) for m in intent.measures)
        return aggregated and bool(intent.columns) and not intent.dimensions

    def _grouped_by_a_measure(self, intent: Intent) -> bool:
        """GROUP BY a continuous amount (a price, a market value): nearly every row its own group, which
        no question means; the word was the ranking's measure or a filter."""
        assert self.table is not None
        for d in intent.dimensions:
            info = self.table.columns.get(d)
            rows = self.table.row_count
            if info is not None and info.role == "measure" and rows and info.distinct > max(50, rows // 4):
                return True
        return False

    def _rows_noun_column(self, it: Item) -> str | None:
        """The number column (no amount word names it) that a word naming the table's rows also names,
        the column called like the table (flights.flight)."""
        assert self.table is not None
        if it.kind != "match" or it.tags:
            return None
        tl = [lk.score for lk in it.links if lk.kind == "table" and lk.table == self.table.name]
        if not tl:
            return None
        c, link = self.col(it), self.col_link(it)
        if c is None or link is None or link.score > max(tl):
            return None
        same = _singular_key(c.name) == _singular_key(self.table.name)
        return c.name if same and c.numeric and c.role == "measure" and not additive_name(c.name) else None


def _share_of_no_total(intent: Intent) -> bool:
    """A share asked per group where no measure has a total to share (an average price): the answer
    would be the plain averages, the share word dropped."""
    totals = ("sum", "count", "count_distinct", "metric", "rate")
    return intent.share and bool(intent.dimensions) and not any(m.agg in totals for m in intent.measures)


def _share_of_listed(m: Measure) -> bool:
    """A share whose condition lists two values or more: the rows that are any of them."""
    cond = m.condition or {}
    return m.agg == "rate" and cond.get("op") == "in" and len(cond.get("values") or []) > 1
