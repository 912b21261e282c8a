"""Confidence: what evidence the reading lacks (docs/engine.md lists the weights)."""

from __future__ import annotations

import re

from shared.ask.engines.rules import mode
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parse_mode import ModeClauses
from shared.ask.engines.rules.parsecommon import (
    CLASSIFIERS,
    GENERIC_NOUNS,
    LEFTOVER_COLUMN_DOUBT,
    LEFTOVER_KEYWORD_DOUBT,
    LOAD_BEARING,
    MODE_CONFLICT_DOUBT,
    OTHER_TABLE_DOUBT,
    QUOTE_UNUSED_DOUBT,
    ROW_NOUNS,
    SUPERLATIVE_DROPPED_DOUBT,
    TIME_SUPERLATIVES,
    UNKNOWN_NAME_DOUBT,
    UNKNOWN_SUBJECT_DOUBT,
    UNKNOWN_WORD_DOUBT,
    UNUSED_VALUE_DOUBT,
    ZH_STOP,
    said_keys,
)
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import (
    Item,
)
from shared.semantic.vocabulary.segment import CJK_RE


class ConfidenceClauses(ModeClauses):
    """Confidence: what evidence the reading lacks (docs/engine.md lists the weights)."""

    def doubt(self, intent: Intent, unknown: list[str]) -> float:
        """How much to lower confidence for what the reading left out.

        Words the engine did not know, grammar words no clause consumed (a 最小 or "maximum" that
        changed nothing) and columns named but not used each make a wrong answer more likely; the
        auto mode hands low-confidence questions to the LLM.
        """
        assert self.table is not None
        penalty = self.reason("unknown_word", UNKNOWN_WORD_DOUBT * len(unknown)) if unknown else 0.0
        names = [w for w in unknown if self._written_as_name(w)]
        if names:  # "West sales" where no column holds West: a name the answer would silently drop
            penalty += self.reason("unknown_name", UNKNOWN_NAME_DOUBT * len(names))
        mentioned = {f.column for f in intent.filters} | set(intent.columns) | set(intent.dimensions)
        mentioned |= {m.column for m in intent.measures if m.column}
        mentioned |= {h.measure.column for h in intent.having if h.measure.column}
        if intent.time_range:
            mentioned.add(intent.time_range.column)
        if intent.time_column:
            mentioned.add(intent.time_column)
        mentioned |= {str(o[1]) for o in intent.order if o[0] == "column"}
        for pos, it in enumerate(self.items):
            if it.kind == "match" and not self._linked(it) and self._names_other_table(it):
                penalty += self.reason(
                    "other_table", OTHER_TABLE_DOUBT
                )  # 有多少狗经过治疗: the question reaches into another table
                continue
            if pos in self.ps.used or it.kind != "match":
                continue
            if self._linked(it):
                if self.is_table(it):
                    continue
                if self._unused_value(it, intent):
                    penalty += self.reason(
                        "unused_value", UNUSED_VALUE_DOUBT
                    )  # 产品A在华东的销量 answered without A
                c = self.col(it)
                if c is not None and c.name not in mentioned and self._named_strongly(pos, c.name):
                    penalty += self.reason("unused_column", LEFTOVER_COLUMN_DOUBT)
                continue
            if it.has(*LOAD_BEARING) and not self._harmless_leftover(pos, it):
                kind = next(t for t in LOAD_BEARING if it.has(t))
                if kind == "agg" and mode.mode_of(intent) == "detail" and not intent.order:
                    penalty += self.reason("aggregate_listed", MODE_CONFLICT_DOUBT)  # average date → rows
                    continue
                if kind == "agg" and self._another_aggregate_dropped(it, intent):
                    penalty += self.reason(
                        "aggregate_dropped", MODE_CONFLICT_DOUBT
                    )  # 最小值和最大值 → MIN only
                    continue
                penalty += self.reason(f"unused_keyword:{kind}", LEFTOVER_KEYWORD_DOUBT)
        asked_count = any(self.kw_only(it, "count", "count_distinct") for it in self.items) or (
            any(self.kw_only(it, "howmuch") for it in self.items)
            and not self._pins_one_row(intent)
            and not self._per_row()
        )
        if mode.conflicts(asked_count, intent):
            penalty += self.reason("mode_conflict", MODE_CONFLICT_DOUBT)  # 有多少 answered by a listing
        if self._rows_counted_as_a_value(intent):
            penalty += self.reason("rows_as_value", MODE_CONFLICT_DOUBT)  # 至少有4名学生的年级: grade >= 4
        if "default_name_column" in self.ps.reasons and self._asks_where():
            penalty += self.reason("where_named", MODE_CONFLICT_DOUBT)  # where … from → a name column
        if self._time_superlative_misplaced(intent):
            penalty += self.reason("time_superlative", MODE_CONFLICT_DOUBT)  # most recent → MAX(cost)
        if self._ranks_by_a_name(intent):
            penalty += self.reason("rank_by_name", MODE_CONFLICT_DOUBT)  # 人次排名前二的院区 by 院区 itself
        if self._unknown_qualifies_the_rows(unknown):
            penalty += self.reason("unknown_qualifier", MODE_CONFLICT_DOUBT)  # 作废订单: which rows?
        if self._counts_an_unknown_noun(unknown):
            penalty += self.reason("count_unknown", MODE_CONFLICT_DOUBT)  # how many customers, none in data
        elif self._structure_over_unknown(unknown, intent) or self._unknown_modifier(unknown):
            penalty += self.reason("structure_unknown", UNKNOWN_SUBJECT_DOUBT)  # 各行业 with 行业 unknown
        penalty += self._misreadings(intent)
        if self._superlative_dropped(intent):
            penalty += self.reason("superlative_dropped", SUPERLATIVE_DROPPED_DOUBT)
        for pos, it in enumerate(self.items):
            if it.kind == "quote" and not self._quote_held(pos, it, intent):
                penalty += self.reason("quote_unused", QUOTE_UNUSED_DOUBT)
        return penalty

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
        found = {
            "column_guessed": self._column_guessed(intent),  # 收益: Earnings/Share or P/E?
            "echo": self._echoes_its_filter(intent),  # SELECT name WHERE name = 'h'
            "share_unread": self._share_unread(intent),  # share of the total → the total
            "order_outside": self._ordered_outside_the_groups(intent),  # AVG(x) … ORDER BY sector
            "compound_split": self._compound_split(intent),  # share | price
            "mixed_reading": lost_condition or self._rows_beside_a_total(intent),  # AVG(x), AVG(x)
            "group_by_measure": self._grouped_by_a_measure(intent),  # GROUP BY "Market Cap"
            "sorted_cut_to_one": self._sorted_cut_to_one(intent),  # sorted by X from highest → LIMIT 1
            "number_unread": self._number_unread(),  # 短于72岁 dropped: the condition is lost
            "pattern_unheld": self._pattern_in_another_script(intent),  # LIKE '%第一行%' over English text
            "sort_key_unread": self._sort_key_unread(),  # 按频率排列: ordered by what?
            "table_on_one_word": self._table_on_one_ambiguous_word(),  # 特性: Properties or Features?
            "table_noun_as_amount": self._table_noun_as_amount(intent),  # 航班最多 → ORDER BY flight
            "one_row_groups": self._averaged_over_one_row_groups(intent),  # 平均每天 over daily rows
            "number_to_near_word": self._number_bound_to_a_near_word(intent),  # 3 windiest → wind = 3
            "superlative_on_dates": self._superlative_ranks_dates(intent),  # the most rain → latest days
            "value_qualified": self._value_qualified_by_unread_word(),  # “非洲”中部 → Africa
        }
        weak = self._weak_other_table_words()
        other = self.reason("other_table_weak", UNKNOWN_WORD_DOUBT * weak) if weak else 0.0
        return other + sum(self.reason(name, MODE_CONFLICT_DOUBT) for name, hit in found.items() if hit)

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
        table_words = set(self.table.words)
        amounts = {str(o[1]) for o in intent.order if o[0] == "column"}
        amounts |= {m.column for m in intent.measures if m.column and m.agg in ("max", "min")}
        amounts |= {f.column for f in intent.filters if f.source == "number" and f.op != "="}
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

    def _superlative_ranks_dates(self, intent: Intent) -> bool:
        """ "which 5 days had the most rain": a superlative over a stored value (rain is a weather)
        answered by ordering the dates, i.e. the latest days; what it ranked was not understood."""
        assert self.table is not None
        if not intent.order or intent.limit is None:
            return False
        times = {c.name for c in self.table.columns.values() if c.role == "time"}
        if not all(o[0] == "time" or (o[0] == "column" and o[1] in times) for o in intent.order):
            return False
        for pos, it in enumerate(self.items):
            if not self.kw_only(it, "sup"):
                continue
            j = self.next_content(pos)
            nxt = self.items[j] if j is not None else None
            if nxt is not None and nxt.links and all(lk.kind == "value" for lk in nxt.links):
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

    def _rows_counted_as_a_value(self, intent: Intent) -> bool:
        """ "grades with at least 4 students": a number followed by the table's own noun counts rows; read
        as a comparison on some column's value instead, the question was misread."""
        numbers = {f.values[0] for f in intent.filters if f.source == "number" and f.values}
        for pos, it in enumerate(self.items):
            if it.kind != "num" or it.value not in numbers:
                continue
            j = pos + 1  # directly: "4 students" / 4名学生, not 大于10的宠物 (a clause about the pets)
            while (
                j < len(self.items)
                and j <= pos + 2
                and self.items[j].kind == "match"
                and self.items[j].has("cmp")
            ):
                j += 1  # "4 or more high schoolers"
            if j < len(self.items) and self.items[j].kind == "word" and self.items[j].text in CLASSIFIERS:
                j += 1
            noun = self.items[j] if j < len(self.items) else None
            if (
                noun is not None
                and noun.kind == "match"
                and not noun.tags
                and (self.is_table(noun) or not self._linked(noun))
            ):
                return True  # the rows (or another table's things) counted, not a column's value
        return False

    def _unknown_qualifies_the_rows(self, unknown: list[str]) -> bool:
        """作废订单的金额 / voided orders: a word not understood right before the rows' own noun restricts
        the rows in a way the answer would silently drop."""
        said = {w.lower() for w in unknown}
        for pos, it in enumerate(self.items[:-1]):
            text = it.text.lower()
            if it.kind != "word" or not any(text == w or (not text.isascii() and text in w) for w in said):
                continue  # 作废 comes as 作 + 废: a piece of a Chinese unknown word counts
            noun = self.items[pos + 1]
            if noun.kind == "match" and not noun.tags and self._names_the_rows(noun):
                return True
        return False

    def _names_the_rows(self, noun: Item) -> bool:
        """The table's noun, a rows' noun (记录, rows), or, counted, a date holding one value per row
        (how many foggy days, over one row per day: the days are the rows)."""
        assert self.table is not None
        if self.is_table(noun) or self._row_noun_item(noun):
            return True
        cols = self.table.columns
        counted = any(self.kw_only(it, "count") for it in self.items)  # how many foggy days
        return counted and any(
            lk.kind == "column"
            and lk.table == self.table.name
            and lk.column in cols
            and cols[lk.column].unique
            and cols[lk.column].role == "time"
            for lk in noun.links
        )

    def _unknown_at(self, j: int | None, said: set[str]) -> str | None:
        """The word not understood that item j is (a piece of): 行 of 行业 gives 行业."""
        if j is None or j in self.ps.used or self.items[j].kind != "word":
            return None
        text = self.items[j].text.lower()
        return next((w for w in said if text == w or (not text.isascii() and text in w)), None)

    def _unknown_noun_at(self, j: int | None, said: set[str]) -> bool:
        word = self._unknown_at(j, said)
        return word is not None and not bilingual.is_verb(word)

    def _structure_over_unknown(self, unknown: list[str], intent: Intent) -> bool:
        """A structural word whose noun was not understood: 各行业 / by sector (a grouping left out),
        失业率 / unemployment rate, 二氧化碳最多 / the highest emissions (a superlative), 预期寿命超过80
        read as a row count (a comparison), 平均失业率 (an aggregate). The reading drops or misplaces that
        noun, so the answer would look right and be wrong. A verb there is an action (使用最多, sold the
        most), not a missing noun."""
        said = {w.lower() for w in unknown}
        return bool(said) and any(
            self._structure_word_over_unknown(pos, it, said, intent)
            for pos, it in enumerate(self.items)
            if it.kind == "match" and not self._linked(it)
        )

    def _structure_word_over_unknown(self, pos: int, it: Item, said: set[str], intent: Intent) -> bool:
        nxt = self.next_content(pos, limit=1)
        after = self._unknown_noun_at(nxt, said)
        before = self._unknown_noun_at(pos - 1 if pos > 0 else None, said)
        qualifier = after and nxt is not None and self._qualifies_a_linked_noun(nxt)
        if it.has("sup") and (before if self.lang == "zh" else after and not qualifier):
            return True  # 二氧化碳最多 / the highest emissions
        if it.has("rate", "share") and self._unknown_at(pos - 1 if pos > 0 else None, said):
            return True  # 失业率 / unemployment rate
        compared = nxt is not None and self.items[nxt].kind == "num"
        if it.has("cmp", "between") and compared and before and self._number_unbound(intent):
            return True  # 预期寿命超过80 read as a row count
        return (after and self._grouping_lost(pos, it, intent)) or (
            after and not qualifier and self._counted_unknown(pos, it, nxt, said)
        )

    def _grouping_lost(self, pos: int, it: Item, intent: Intent) -> bool:
        """各行业 / by sector, unread: the grouping was dropped (per capita is a rate's own word, and a
        ranking's "by" names what ranks: largest … by land)."""
        grouping = it.has("group") and it.text not in said_keys("per", "all")
        return grouping and pos not in self.ps.used and not (intent.order or intent.limit)

    def _counted_unknown(self, pos: int, it: Item, nxt: int | None, said: set[str]) -> bool:
        """平均失业率 / 多少个行业: an aggregate or count read, right before its noun not understood (人次的
        趋势 is not the count's noun)."""
        if not it.has("agg", "count", "count_distinct") or pos not in self.ps.used or nxt is None:
            return False
        return nxt == pos + 1 or self.items[nxt].text.lower() in said

    def _column_guessed(self, intent: Intent) -> bool:
        """A word that only partly names two columns about equally (收益 in Earnings/Share and in
        Price/Earnings), read as one of them with nothing else in the question to tell them apart."""
        read = set(intent.dimensions) | {m.column for m in intent.measures if m.column}
        read |= {f.column for f in intent.filters} | {str(o[1]) for o in intent.order if o[0] == "column"}
        return any(
            self._guessed_between_two(it, read)
            for pos, it in enumerate(self.items)
            if pos in self.ps.used and it.kind == "match" and not it.tags
        )

    def _guessed_between_two(self, it: Item, read: set[str]) -> bool:
        assert self.table is not None
        links = [lk for lk in it.links if lk.kind == "column" and lk.table == self.table.name]
        if len(links) < 2 or any(lk.kind == "table" for lk in it.links):
            return False
        best, second = sorted(links, key=lambda lk: -lk.score)[:2]
        if best.score >= 0.85 or best.score - second.score > 0.05 or best.column == second.column:
            return False
        chosen = self.col(it)
        if chosen is None or chosen.name not in read or not chosen.numeric:
            return False  # winner: the winner's name is the person (a name column, not a number)
        return not any(self._named_elsewhere(it, lk.column or "") for lk in (best, second))

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
        for pos, it in enumerate(self.items):
            if it.kind != "match" or not it.has("share") or pos in self.ps.used or self._strong_link(it):
                continue
            nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
            if nxt is None or not (nxt.kind == "match" and self._strong_link(nxt) and not self.is_table(nxt)):
                return True  # "share price" is a price
        return False

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

    def _unknown_modifier(self, unknown: list[str]) -> bool:
        """公用事业呢 / 列出所有行业 / 最高的3个行业 / 公司的CEO是谁: a noun not understood that is the whole
        follow-up, the listed, ranked or asked thing: without it the answer covers other rows or another
        column than asked."""
        said = {w.lower() for w in unknown}
        for pos in range(len(self.items)):
            word = self._unknown_at(pos, said)
            if word is None or bilingual.is_verb(word) or (pos and self._unknown_at(pos - 1, said) == word):
                continue  # the first character of a word not understood
            end = pos
            while end + 1 < len(self.items) and self._unknown_at(end + 1, said) == word:
                end += 1
            if self._unknown_word_is_asked(pos, end):
                return True
        return False

    def _unknown_word_is_asked(self, pos: int, end: int) -> bool:
        """The unknown word at pos..end is the follow-up itself, the asked attribute, or (zh) the listed or
        ranked thing."""
        nxt = self.items[end + 1] if end + 1 < len(self.items) else None
        if (nxt is not None and nxt.kind == "match" and nxt.has("followup")) or self._asked_attribute(end):
            return True  # 公用事业呢 / 公司的CEO是谁
        if self.lang != "zh":
            return False
        if nxt is not None and nxt.text == "的" and self._name_like_unknown(pos, end):
            return True  # 电信服务行业的总市值: a name no value holds, its rows left in
        last = nxt is None or nxt.kind == "punct"
        start = self.clause_of(pos)[0]
        if last and any(self.items[k].has("list") for k in range(start, pos)):
            return True  # 列出所有行业: the listed thing
        prev = self.prev_content(pos, limit=1)
        if prev is not None and self.items[prev].text in CLASSIFIERS:
            prev = self.prev_content(prev, limit=0)
        return prev is not None and (prev == self.ps.limit_pos or self._limit_number(prev))  # 最高的3个行业

    def _name_like_unknown(self, pos: int, end: int) -> bool:
        """A long Chinese word not understood (4+ characters: a name, not a common noun like 患者) at the
        start of its clause, qualifying what follows."""
        length = sum(len(self.items[k].text) for k in range(pos, end + 1))
        return length >= 4 and self.clause_of(pos)[0] == pos

    def _asked_attribute(self, end: int) -> bool:
        """X是谁 / X是什么 / X是多少 (X ends at `end`): X is what the question asks for."""
        after = [it for it in self.items[end + 1 : end + 3] if it.kind == "match"]
        return (
            len(after) == 2
            and after[0].has("cmp:eq")
            and after[0].text in said_keys("是")
            and after[1].has("who", "which", "howmuch", "list")
            and not self._linked(after[1])
        )

    def _limit_number(self, pos: int) -> bool:
        it = self.items[pos]
        return it.kind == "num" and self.intent is not None and self.intent.limit == it.value

    def _number_unbound(self, intent: Intent) -> bool:
        """A compared number read as a row count (HAVING COUNT(*)) or not read at all."""
        numbers = {v for f in intent.filters if f.source == "number" for v in f.values}
        numbers |= {h.value for h in intent.having if h.measure.column is not None}
        counted = any(h.measure.column is None for h in intent.having)
        return counted or not any(it.kind == "num" and it.value in numbers for it in self.items)

    def _row_noun_item(self, item: Item) -> bool:
        return item.text.replace(" ", "").lower() in ROW_NOUNS

    def _counts_an_unknown_noun(self, unknown: list[str]) -> bool:
        """ "how many customers" over orders with no customer column: counting rows would count orders."""
        said = {w.lower() for w in unknown}
        for pos, it in enumerate(self.items):
            if not self.kw_only(it, "count", "count_distinct"):
                continue
            j = self.next_content(pos)
            word = self._unknown_at(j, said)
            if j is None or word is None or (word != self.items[j].text.lower() and j != pos + 1):
                continue  # 多少个行业: a piece of 行业 right after the count word
            if self.items[j].text.lower() in ROW_NOUNS:
                continue  # how many orders over a sales table: the rows are the orders
            if self._qualifies_a_linked_noun(j):
                continue  # number of active (not churned) customers: the word only qualifies the noun
            return True
        return False

    def _qualifies_a_linked_noun(self, j: int) -> bool:
        """A schema word follows within the same clause (skipping a parenthetical remark)."""
        depth = 0
        for it in self.items[j + 1 : j + 8]:
            if it.kind == "punct" and it.text in "(（":
                depth += 1
            elif it.kind == "punct" and it.text in ")）":
                depth -= 1
            elif it.kind == "punct" and depth == 0:
                return False
            elif depth == 0 and it.kind == "match" and self._linked(it):
                return True
        return False

    def _another_aggregate_dropped(self, it: Item, intent: Intent) -> bool:
        """An aggregate word (最大值 / maximum) left out while another aggregate was read: the answer shows
        only part of what was asked."""
        asked = (it.tag("agg") or "").split(":")[-1]
        read = {m.agg for m in intent.measures if m.column}
        if asked == "sum" and read == {"avg"}:
            return True  # precipitation totals → the default AVG of precipitation
        return bool(read) and asked in ("max", "min", "avg") and asked not in read

    def _time_superlative_misplaced(self, intent: Intent) -> bool:
        """ "the most recent treatment's cost" read as the highest cost: a superlative about time that no
        date in the reading carries (no order by, MIN or MAX of a time column, no time range)."""
        assert self.table is not None
        low = self.question.lower()
        if not any(re.search(rf"\b{w}\b", low) if w.isascii() else w in low for w in TIME_SUPERLATIVES):
            return False
        if not any(c.role == "time" for c in self.table.columns.values()) or intent.time_range:
            return False
        times = {c.name for c in self.table.columns.values() if c.role in ("time", "year")}
        if any(o[0] == "column" and o[1] in times for o in intent.order) or any(
            o[0] == "time" for o in intent.order
        ):
            return False
        if any(m.column in times for m in intent.measures) and any(
            m.agg in ("min", "max") for m in intent.measures
        ):
            return False
        return bool(intent.order or intent.measures)  # it ranked or aggregated something else

    def _ranks_by_a_name(self, intent: Intent) -> bool:
        """A top-N ordered by a text column: the top of an alphabet is not what a ranking asks for."""
        assert self.table is not None
        if not intent.limit or len(intent.order) != 1 or intent.order[0][0] != "column":
            return False
        info = self.table.columns.get(str(intent.order[0][1]))
        return info is not None and not info.numeric and info.role not in ("time", "year")

    def _asks_where(self) -> bool:
        """where / 哪里 / 在哪: the answer is a place, never the row's name."""
        low = self.question.lower()
        return re.search(r"\bwhere\b", low) is not None or any(w in low for w in ("哪里", "在哪", "何处"))

    def _per_row(self) -> bool:
        """每个高中生的年级是多少 / the grade of each student: a value per row, listed."""
        low = self.question.lower()
        return "每" in low or re.search(r"\b(each|every)\b", low) is not None

    def _superlative_dropped(self, intent: Intent) -> bool:
        """ "the department with the most degrees" read without any order, limit, MAX/MIN or HAVING: the
        superlative was the point of the question and the reading lost it."""
        if intent.limit and not intent.order and any(self.kw_only(it, "sup") for it in self.items):
            return True  # "the 3 most populated countries" read as any 3 rows: the ranking was lost
        if intent.order or intent.limit or intent.having:
            return False
        if self.ps.asked_limit and self.state:
            return False  # 前2名呢 / top 3 only: the follow-up ranks the previous answer
        if any(m.agg in ("max", "min") for m in intent.measures):
            return False
        # "the first student to register": first is neither read as first_name nor as the ranking
        return any(
            self.kw_only(it, "sup") or (it.has("sup") and k not in self.ps.used and not self._strong_link(it))
            for k, it in enumerate(self.items)
        )

    def _quote_held(self, pos: int, it: Item, intent: Intent) -> bool:
        """A quoted value ends up in a filter that its column holds (when the column's values are known)."""
        assert self.table is not None
        text = str(it.value if it.value is not None else it.text).strip().lower()
        for f in intent.filters:
            values = [str(v).strip().lower().strip("%") for v in f.values]
            mine = [v for v in values if v and (text in v or v in text)]
            if not mine:
                continue
            info = self.table.columns.get(f.column)
            if f.op in ("!=", "not_in", "not_like"):
                return True  # excluding a value no row holds keeps every row: nothing is misread
            if f.source != "value" or info is None or not info.values or len(info.values) < info.distinct:
                return True
            held = {str(v).strip().lower() for v in info.values}
            return all(v in held for v in mine)  # “80000” put in 大陆 IN ('Europe', '80000'): not held
        return pos in self.ps.used  # read some other way (translated, a LIKE, a comparison)

    def _written_as_name(self, word: str) -> bool:
        """An English word the engine does not know, written capitalised: a proper name (question words
        that open a sentence are keywords, never unknown)."""
        if not word.isascii():
            return False
        found = re.search(rf"\b({re.escape(word)})\b", self.question, flags=re.IGNORECASE)
        if not found or not found.group(1)[:1].isupper():
            return False
        if self.question[: found.start()].strip(" \"'“‘(").rstrip() and not re.search(
            r"[.?!。？！]\s*$", self.question[: found.start()]
        ):
            return True  # capitalised inside a sentence: a name
        # a sentence's first word is capitalised anyway ("Compute the ...", "When was ..."): a name only
        # when it directly qualifies a word of the data ("West sales", "Zorblat region")
        return self._next_word_links(word)

    def _next_word_links(self, word: str) -> bool:
        key = word.lower()
        for pos, it in enumerate(self.items):
            if it.text.lower() == key:
                j = self.next_content(pos)
                return j is not None and self.items[j].kind == "match" and self._linked(self.items[j])
        return False

    def _unused_value(self, it: Item, intent: Intent) -> bool:
        """A word read only as a value of this table (no column, no keyword) that no filter holds."""
        assert self.table is not None
        if it.tags or self.col(it) is not None or it.text in GENERIC_NOUNS:
            return False
        links = [lk for lk in self.values(it) if lk.score >= 0.9]
        if not links:
            return False
        held = {str(v).lower() for f in intent.filters for v in f.values}
        held |= {str(f.column) for f in intent.filters}
        return not any(str(lk.value).lower() in held or lk.column in held for lk in links)

    def other_table_words(self) -> list[tuple[str, str]]:
        """Words that name only another table: not a keyword, not a generic noun, no link to this table."""
        assert self.table is not None
        found: list[tuple[str, str]] = []
        for it in self.items:
            if it.kind != "match" or it.tags or it.text in GENERIC_NOUNS or self._linked(it):
                continue
            if it.text.replace(" ", "") in GENERIC_NOUNS:
                continue
            strong = [lk for lk in it.links if lk.table != self.table.name and lk.score >= 0.85]
            if strong:
                found.append((self.original(it), strong[0].table))
        return found

    def _names_other_table(self, it: Item) -> bool:
        assert self.table is not None
        return any(lk.kind == "table" and lk.table != self.table.name and lk.score >= 0.85 for lk in it.links)

    def _harmless_leftover(self, pos: int, it: Item) -> bool:
        """是多少 / what is: question words that carry no meaning of their own when left over."""
        if it.has("howmuch") or it.text in said_keys("是", "为", "every", "each", "all", "by", "per", "按"):
            return it.has("howmuch") or not it.has("group") or pos + 1 >= len(self.items)
        return False
