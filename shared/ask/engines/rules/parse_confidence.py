"""Confidence: what evidence the reading lacks (docs/engine.md lists the weights)."""

from __future__ import annotations

import re
from typing import Any

from shared.ask.engines.rules import mode
from shared.ask.engines.rules.calparts import verb_dating_rows
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.leftovers import BE_WORDS
from shared.ask.engines.rules.parse_unknown import UnknownWordClauses, head_noun_ended
from shared.ask.engines.rules.parsecommon import (
    CLASSIFIERS,
    COMPARE_WORDS,
    GENERIC_NOUNS,
    KIND_WORDS,
    LEFTOVER_COLUMN_DOUBT,
    LEFTOVER_KEYWORD_DOUBT,
    LOAD_BEARING,
    MODE_CONFLICT_DOUBT,
    OTHER_TABLE_DOUBT,
    PART_NAME_DOUBT,
    QUOTE_UNUSED_DOUBT,
    SUPERLATIVE_DROPPED_DOUBT,
    TIME_SUPERLATIVES,
    UNKNOWN_NAME_DOUBT,
    UNKNOWN_SUBJECT_DOUBT,
    UNKNOWN_WORD_DOUBT,
    UNUSED_VALUE_DOUBT,
    is_row_noun,
    said_keys,
    words,
)
from shared.ask.engines.rules.unknown_values import (
    category_columns,
    read_columns,
    thing_noun,
    value_like_columns,
)
from shared.semantic.vocabulary import bilingual, namevalues
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
    Item,
    translations,
)
from shared.semantic.vocabulary.personkeys import people_said_of_a_person_key
from shared.semantic.vocabulary.segment import CJK_RE, compiled, phrase_key


def spelt_name(word: str) -> bool:
    """A Chinese word not understood that spells a foreign name by sound (沃斯堡, 圣安东尼奥): three
    characters or more, none of its two-character pieces a word, or the dictionary's only senses names
    (奥斯汀: Austin). A value the data holds in another spelling: the answer would drop it."""
    if len(word) < 3 or not all(CJK_RE.fullmatch(ch) for ch in word):
        return False
    senses = bilingual.senses(word)
    if senses:
        return all(s[:1].isupper() for s in senses)
    return not any(bilingual.senses(word[i : i + 2]) for i in range(len(word) - 1))


def short_name(word: str, question: str) -> bool:
    """Two Chinese characters the dictionary lacks whole, said before more of the question, the first no
    verb (a two-syllable given name, a cut place name, a numbered grade: 北澳, 六档): a name or a value
    the data holds in another spelling, which the answer would drop. A verb's compound (飞抵, 开出) is an
    action, and one closing the question (有多宽) asks how, not which rows."""
    if len(word) != 2 or not all(CJK_RE.fullmatch(ch) for ch in word) or bilingual.senses(word):
        return False
    first = bilingual.senses(word[0])
    if not first or first[0].startswith("to "):
        return False
    at = question.rfind(word)
    return at >= 0 and bool(CJK_RE.search(question[at + len(word) :]))


def _superlative_in_unknown(word: str) -> bool:
    """最流行: most + a word not understood; 离纽约最 + 远: the superlative cut from what it ranks by;
    潮位最高 / 水压最大: a noun not understood and the superlative on it, read as one run."""
    if (word.startswith("最") and len(word) >= 3) or (word.endswith("最") and len(word) >= 2):
        return True
    at = word.find("最")
    if 2 <= at <= len(word) - 2 and bool(CJK_RE.fullmatch(word[at + 1])):
        return True
    return _english_superlative(word)


def _english_superlative(word: str) -> bool:
    """quietest / busiest: an English adjective in -est (no noun or verb besides: not forest, request) ranks
    by something the reading did not take."""
    return (
        word.endswith("est")
        and bilingual.parts_of_speech(word) == frozenset({"ADJ"})
        and bilingual.base(word) != word
    )


BOUND_TAGS = ("cmp:gt", "cmp:lt", "cmp:ge", "cmp:le")


ASKS_WHICH = tuple(
    w for w in (*words("which_openers"), *words("which_words")) if " " not in w
)  # which / 哪个


class ConfidenceClauses(UnknownWordClauses):
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
            penalty += self._part_name_doubt(pos, it)  # 休斯顿 for 'Houston, Whitney'
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
                rows_noun = self._rows_noun_column(it) is not None  # how many flights: the rows, counted
                rows_noun = rows_noun or (c is not None and self._counts_a_key_part(pos, c.name, intent))
                rows_noun = rows_noun or (c is not None and self._entity_rows_noun(pos, c, intent))
                if (
                    c is not None
                    and c.name not in mentioned
                    and (
                        self._named_strongly(pos, c.name)
                        or self._names_a_member(it, c)
                        or self._distinctive_name_word(it, mentioned)
                    )
                    and not rows_noun
                ):
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
                # a negation left out answers its opposite (not Adelies → every penguin)
                # and a Chinese one right before a column (没有油耗数据: the missing values, not all rows)
                negated_column = kind == "neg" and (self.lang == "en" or self._before_a_column(pos))
                if kind == "group" and self._grouping_dropped(pos, intent):
                    penalty += self.reason("group_dropped", MODE_CONFLICT_DOUBT)  # by loan purpose → a total
                    continue
                # a bound on an aggregate left out (above the average X) answers without its filter
                bound = kind == "cmp" and it.tag("cmp") in BOUND_TAGS and self._aggregate_bound(pos)
                # a containment left out before a word not understood (包含了X) drops the condition
                dropped = negated_column or bound or (kind == "contains" and self._object_unread(pos))
                # a range left out (7级到7.9级之间): its bounds read as a list of values, or not at all
                dropped = dropped or kind == "between" and self._bounds_listed(intent)
                weight = MODE_CONFLICT_DOUBT if dropped else LEFTOVER_KEYWORD_DOUBT
                penalty += self.reason(f"unused_keyword:{kind}", weight)
        one_row = self._pins_one_row(intent)  # 就业人数 of one row: the headcount word names the measure
        asked_count = any(
            self.kw_only(it, "count", "count_distinct") and not (one_row and self.headcount_of_measure(pos))
            for pos, it in enumerate(self.items)
        ) or (any(self.kw_only(it, "howmuch") for it in self.items) and not one_row and not self._per_row())
        for name in self._asked_thing_unread(intent, unknown):
            penalty += self.reason(name, MODE_CONFLICT_DOUBT)
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
        if unknown and people_said_of_a_person_key(self.question, list(self.table.columns)):
            penalty += self.reason("people_unread_qualifier", MODE_CONFLICT_DOUBT)  # people … vaccinated
        if self._unknown_qualifies_the_rows(unknown):
            penalty += self.reason("unknown_qualifier", MODE_CONFLICT_DOUBT)  # 作废订单: which rows?
        if any(self.value_like(w, intent) for w in unknown):
            penalty += self.reason("unknown_value_like", MODE_CONFLICT_DOUBT)  # renters ~ RENT: no filter
        elif self._unknown_thing_measured(unknown, intent):
            penalty += self.reason("unknown_measured_thing", MODE_CONFLICT_DOUBT)  # the price of gold
        if self._counts_an_unknown_noun(unknown) or self._counts_a_column_noun(intent):
            penalty += self.reason("count_unknown", MODE_CONFLICT_DOUBT)  # how many customers, none in data
        elif self._structure_over_unknown(unknown, intent) or self._unknown_modifier(unknown):
            penalty += self.reason("structure_unknown", UNKNOWN_SUBJECT_DOUBT)  # 各行业 with 行业 unknown
        penalty += self._misreadings(intent)
        if self.unit_not_held(intent):  # 总体重是多少公斤 over grams: SUM in grams
            penalty += self.reason("unit_not_held", MODE_CONFLICT_DOUBT)
        penalty += self.time_misreadings(intent, unknown)
        if self._superlative_dropped(intent):
            penalty += self.reason("superlative_dropped", SUPERLATIVE_DROPPED_DOUBT)
        if self._passive_verb_listed(intent):  # which goods are priced in dollars: no price listed
            penalty += self.reason("passive_verb_listed", MODE_CONFLICT_DOUBT)
        if self._compared_values_cut(intent):  # compare the top speeds of A and B: both rows, not the top one
            penalty += self.reason("compared_values_cut", MODE_CONFLICT_DOUBT)
        for pos, it in enumerate(self.items):
            if it.kind == "quote" and not self._quote_held(pos, it, intent):
                penalty += self.reason("quote_unused", QUOTE_UNUSED_DOUBT)
        return penalty

    def value_like(self, word: str, intent: Intent | None = None) -> list[tuple[ColumnInfo, list[str]]]:
        """The category columns (no filter on them) holding values the word not understood resembles:
        late ~ 'Late (16-30 days)', renter ~ RENT, barrel ~ '美元/桶' (unknown_values.py)."""
        assert self.table is not None
        reading = intent if intent is not None else self.intent
        read = read_columns(reading) if reading is not None else set()
        return value_like_columns(word, category_columns(list(self.table.columns.values()), read))

    def _unknown_thing_measured(self, unknown: list[str], intent: Intent) -> bool:
        """(en) the price of gold: a noun not understood, no word for people, that the measured column is
        "of" (or that stands right before it), over a table with a category column the reading leaves
        alone: the thing is a member of it the data does not name, and the answer measures every row."""
        assert self.table is not None
        said = {w.lower() for w in unknown if thing_noun(w.lower())}
        measured = {m.column for m in intent.measures if m.column} | set(intent.columns)
        if self.lang != "en" or not said or not measured:
            return False  # (zh 股票的平均价格 names the rows as often: no evidence told apart yet)
        if not category_columns(list(self.table.columns.values()), read_columns(intent)):
            return False
        for pos, it in enumerate(self.items):
            head = self._measure_of(pos) if it.kind == "word" and it.text.lower() in said else None
            info = self.col(head) if head is not None and head.kind == "match" and not head.tags else None
            if info is not None and info.name in measured and info.role == "measure":
                return True
        return False

    def _measure_of(self, pos: int) -> Item | None:
        """The item a noun at pos is "of" (the price of the gold), else the one right after it."""
        before = [k for k in range(max(0, pos - 3), pos) if self.items[k].text.lower() not in ("the", "a")]
        if len(before) >= 2 and self.items[before[-1]].text.lower() == "of":
            return self.items[before[-2]]
        return self.items[pos + 1] if pos + 1 < len(self.items) else None

    def _grouping_dropped(self, pos: int, intent: Intent) -> bool:
        """按贷款用途 / by loan purpose left unread, its noun a word of the data, and the reading has no group
        at all: one figure over every row answers a breakdown."""
        if intent.dimensions or intent.time_grain or intent.order or intent.limit:
            return False
        text = self.items[pos].text.replace(" ", "").lower()
        if not (text in ("按", "按照") or (text == "by" and self._after_a_measure(pos))):
            return False  # each / every / 每 list rows as often; "bought by" names an agent
        nxt = self.next_content(pos, skip_tags=("count",), limit=2)  # by number of bedrooms: the bedrooms
        noun = self.items[nxt] if nxt is not None else None
        return noun is not None and noun.kind == "match" and not noun.tags and bool(noun.links)

    def _after_a_measure(self, pos: int) -> bool:
        """The word before pos names a numeric column outright (the loan amount by …)."""
        prev = self.items[pos - 1] if pos > 0 else None
        if prev is None or prev.kind != "match" or prev.tags:
            return False
        info, link = self.col(prev), self.col_link(prev)
        return info is not None and info.numeric and link is not None and link.score >= 0.85

    @staticmethod
    def _bounds_listed(intent: Intent) -> bool:
        """7级到7.9级之间 read as IN (7, 7.9): a range's two bounds kept as a list of values."""
        return any(
            f.op == "in" and len(f.values) == 2 and all(isinstance(v, int | float) for v in f.values)
            for f in intent.filters
        )

    def _before_a_column(self, pos: int) -> bool:
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        return nxt is not None and not nxt.tags and any(lk.kind == "column" for lk in nxt.links)

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

    def _aggregate_bound(self, pos: int) -> bool:
        """A comparator whose other side is an aggregate (above the overall average, 高于全部菜品平均值):
        the rows compared with a whole-table figure, which no reading here builds."""
        _start, end = self.clause_of(pos)
        return any(self.kw_only(it, "agg") for it in self.items[pos + 1 : min(end, pos + 5)])

    def _entity_rows_noun(self, pos: int, c: ColumnInfo, intent: Intent) -> bool:
        """热量超过1000千卡的菜品有多少个 / 菜品的平均热量 over a table with one row per 菜品 (its names all
        differ): the column naming each row's thing is the rows' noun where the rows are counted, or
        where it owns the aggregated amount (X的平均…), as "how many orders" over orders is."""
        assert self.table is not None
        if not (c.unique and not c.numeric and c.name in self.table.grain.entities and intent.measures):
            return False
        if intent.columns or c.name_like or c.name in intent.dimensions or c.distinct > self.table.row_count:
            return False  # "the name" is asked for, not the rows; a sample's profile names no row each
        rows_counted = any(m.agg in ("count", "rate") and m.column is None for m in intent.measures)
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        return rows_counted or (nxt is not None and nxt.text in ("的", "里", "中"))

    def _counts_a_key_part(self, pos: int, column: str, intent: Intent) -> bool:
        """多少官方语言 / 语言种类 over country-language pairs: the rows are one per (country, language), so
        counting them counts the languages; the column part of a composite key, named right by the count
        word, is what the count counts."""
        assert self.table is not None
        table = self.schema.table(self.table.name)
        key = list(table.primary_key) if table is not None else []
        counted = any(m.agg == "count" and not m.column for m in intent.measures)
        if not (counted and len(key) >= 2 and column in key):
            return False
        before = self.items[max(0, pos - 3) : pos]
        after = [it for it in self.items[pos + 1 : pos + 3] if CJK_RE.search(it.text)]  # 语言数量 / 语言种类
        following = "".join(it.text.replace(" ", "") for it in after)  # 种类 may come as 种 + 类
        return (
            any(it.has("count", "howmuch") for it in before)
            or any(it.has("count", "count_suffix") for it in after)
            or following.startswith(tuple(KIND_WORDS))
        )

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
            if is_row_noun(self.items[j]) or bilingual.is_verb(word):
                continue  # how many orders over a sales table: the rows are the orders; how many died
            if self._qualifies_a_linked_noun(j) and not head_noun_ended(self.items, j):
                continue  # number of active (not churned) customers: the word only qualifies the noun
            return True
        return False

    def _counts_a_column_noun(self, intent: Intent) -> bool:
        """有多少个目的城市 over shipments: a count word, a word not understood, then a noun naming two
        columns or more (origin and destination city), none of which the answer reads, answered by counting
        rows: the rows are no cities, and which cities is unread."""
        if not any(m.agg == "count" and m.column is None for m in intent.measures):
            return False
        read = {f.column for f in intent.filters} | set(intent.dimensions) | set(intent.columns)
        for pos, it in enumerate(self.items):
            if not self.kw_only(it, "count"):
                continue
            at = next(
                (j for j in range(pos + 1, min(pos + 5, len(self.items))) if self.items[j].kind != "word"),
                None,
            )
            if at is None or at == pos + 1 or self.items[at].tags or self.is_table(self.items[at]):
                continue
            noun = self.items[at]
            between = [self.items[k] for k in range(pos + 1, at)]  # of the, were: no noun of its own
            only_be = all(x.text.lower() in BE_WORDS or self.is_filler(x) for x in between)
            if self._unread_column_noun(noun, read, only_be):
                return True
        return False

    def _unread_column_noun(self, noun: Item, read: set[str], only_be_before: bool) -> bool:
        """A noun naming two columns or more, none read; not a verb dating the rows with only "be" before
        it (how many homes were sold: the rows; how many guests inspected: the guests, unread)."""
        columns = {lk.column for lk in noun.links if lk.kind == "column" and lk.column}
        unread = len(columns) >= 2 and not columns & read and all(lk.kind == "column" for lk in noun.links)
        return unread and not (
            only_be_before and self.table is not None and verb_dating_rows(self.table, noun)
        )

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
        if not any(_said(w, low) for w in TIME_SUPERLATIVES):
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
        """A top-N, or a superlative's answer, ordered by a text column: the top of an alphabet is not what a
        ranking asks for (二氧化碳排放最多的国家 → the countries from A)."""
        assert self.table is not None
        ranked = intent.limit or self.has_sup()
        if not ranked or len(intent.order) != 1 or intent.order[0][0] != "column":
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
            return self._having_unranked(intent)
        loose = self._loose_top_n(intent)
        if loose is not None:
            return loose
        if any(m.agg in ("max", "min") for m in intent.measures):
            return False
        # "the first student to register": first is neither read as first_name nor as the ranking
        return any(
            self.kw_only(it, "sup") or (it.has("sup") and k not in self.ps.used and not self._strong_link(it))
            for k, it in enumerate(self.items)
        ) or any(_superlative_in_unknown(w) for w in self.unknown_words())

    def _passive_verb_listed(self, intent: Intent) -> bool:
        """A column's word said as a passive verb after a copula (are priced, were rated) says how the rows
        are described, not a column to list: a list of that column's raw values misreads it."""
        low = self.question.lower()
        for pos, it in enumerate(self.items[1:], start=1):
            listed = [lk for lk in it.links if lk.kind == "column" and lk.column in intent.columns]
            if not listed or self.items[pos - 1].text.lower() not in BE_WORDS or " " in it.text:
                continue
            if re.search(rf"\b{re.escape(it.text)}e?d\b", low) and not re.search(
                rf"\b{re.escape(it.text)}s?\b", low
            ):
                return True
        return False

    def _compared_values_cut(self, intent: Intent) -> bool:
        """Named values compared one row each (A vs B, compare A and B), cut to the first row by a ranking:
        the superlative said something of each (its top speed), not which one. A values' weighing (are there
        more A or B), or a question asking which (A和B哪个更多), asks for one and is ranked."""
        low = self.question.lower()
        if intent.limit != 1 or "values_weighed" in self.ps.notes or any(w in low for w in ASKS_WHICH):
            return False
        return any(self._said_word(low, w) for w in COMPARE_WORDS) and any(
            f.op == "in" and len(f.values) >= 2 and f.column in intent.dimensions for f in intent.filters
        )

    def _loose_top_n(self, intent: Intent) -> bool | None:
        """A top-N the reading could not attach: a follow-up's (前2名呢 / top 3 only) ranks the previous
        answer (not dropped); one left as one figure ("top 3 storms by lowest pressure" read as one MIN)
        lost the N things (dropped); else undecided."""
        if self.ps.asked_limit and self.state:
            return False
        if (self.ps.asked_limit or 0) > 1 and not (intent.dimensions or intent.columns):
            return True
        return None

    def _having_unranked(self, intent: Intent) -> bool:
        """Among states with at least 100 loans, which has the highest …: a HAVING, no ranking."""
        return not (intent.order or intent.limit) and self._superlative_beside_having()

    def _superlative_beside_having(self) -> bool:
        """A superlative word (highest, 最高) that is no part of the comparison a HAVING reads (at least,
        至少): the groups kept by the condition still have to be ranked."""
        return any(
            it.has("sup") and not it.has("cmp") and not self._in_comparison(k)
            for k, it in enumerate(self.items)
        )

    def _in_comparison(self, pos: int) -> bool:
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        return nxt is not None and nxt.kind == "num"  # 最少100笔 / most 5: a bound, not a ranking

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
        that open a sentence are keywords, never unknown). A Chinese one ending on the head of a table's
        noun (底特律老虎队 beside teams, 团队 = team): one of that table's rows named as the data does not."""
        if self.lone_code(word):
            return True  # A级 / G类: a code, capitalised
        if CJK_RE.search(word):
            heads = self._table_noun_heads()
            return (
                names_a_row(word, heads, self.question) or spelt_name(word) or short_name(word, self.question)
            )
        if not word.isascii():
            return False
        if self.lang == "zh":
            return True  # G级贷款: a Latin code in Chinese text no column holds is a value's name
        # the word as written, or in the plural the lemma dropped (Yankees -> yankee)
        found = compiled(rf"\b({re.escape(word)}(?:e?s)?)\b", re.IGNORECASE).search(self.question)
        if not found or not found.group(1)[:1].isupper():
            return False
        if self.question[: found.start()].strip(" \"'“‘(").rstrip() and not re.search(
            r"[.?!。？！]\s*$", self.question[: found.start()]
        ):
            return True  # capitalised inside a sentence: a name
        # a sentence's first word is capitalised anyway ("Compute the ...", "When was ..."): a name only
        # when it directly qualifies a word of the data ("West sales", "Zorblat region")
        return self._next_word_links(word)

    def _asked_thing_unread(self, intent: Intent, unknown: list[str]) -> list[str]:
        """What the question asks about, not read: the thing after "which" / 哪个 not understood (哪个联盟);
        the subject of a comparison not understood (观众超过300万: the number put on another column).
        ("who" answered with no name is a doubt on the final answer: answer_doubts.py.)"""
        found: list[str] = []
        # 候诊超过90分钟 read as 候诊分钟: a word the compared column's name holds was read after all
        held = " ".join(f.column.lower() for f in intent.filters)
        words = [w.replace(" ", "").lower() for w in unknown if w.replace(" ", "").lower() not in held]
        if not words:
            return found  # each check needs a word not understood
        for k, it in enumerate(self.items):
            if it.has("which") and self._unread_at(k + 1, words) and self._head_unread(k + 1, words):
                found.append("which_unknown")
            if self._compared_after_unread(k, words):
                found.append("compared_unknown")
            if self._owner_unread(k, words):
                found.append("owner_unknown")
        return sorted(set(found))

    def _owner_unread(self, k: int, words: list[str]) -> bool:
        """(en) Whose figure is asked, not read: a singular word not understood right after "<measured
        column> of" (the price of gold): the figure of all rows answers. A plural there names the rows
        themselves (the income of borrowers); a Chinese word before 的 is as often the rows' noun (股票的
        平均价格), so it is left alone."""
        items = self.items
        if self.lang != "en" or k + 2 >= len(items) or items[k + 1].text != "of" or items[k].kind != "match":
            return False
        c = self.col(items[k])
        if c is None or not c.numeric:
            return False
        word = self.original(items[k + 2]).lower()  # as written: borrowers, not its key borrower
        return self._unread_at(k + 2, words) and bilingual.base(word) == word

    def _unread_at(self, j: int, words: list[str]) -> bool:
        it = self.items[j] if 0 <= j < len(self.items) else None
        text = it.text.replace(" ", "").lower() if it is not None else ""
        return it is not None and it.kind == "word" and bool(text) and any(text in w for w in words)

    def _head_unread(self, start: int, words: list[str]) -> bool:
        """The words not understood from `start` are the noun itself: no known noun follows them ("which
        model year": model modifies year)."""
        end = start
        while self._unread_at(end, words):
            end += 1
        nxt = self.items[end] if end < len(self.items) else None
        return nxt is None or not (nxt.kind == "match" and nxt.links)

    def _compared_after_unread(self, k: int, words: list[str]) -> bool:
        """观众超过300万: a Chinese word not understood right before a comparison with a number ("weighed
        more than" is an English verb, not its subject)."""
        it = self.items[k]
        if not any(t in it.tags for t in ("cmp:gt", "cmp:lt", "cmp:ge", "cmp:le")) or not k:
            return False
        numbered = k + 1 < len(self.items) and self.items[k + 1].kind == "num"
        return numbered and bool(CJK_RE.search(self.items[k - 1].text)) and self._unread_at(k - 1, words)

    def _table_noun_heads(self) -> set[str]:
        return table_noun_heads(self.index)

    def _part_name_doubt(self, pos: int, it: Item) -> float:
        """A value read through part of its name (休斯顿 for 'Houston, Whitney', 美国 for 'United States of
        America') is likely, not sure; beside a name dot (卡尔·莫扎特) the full name said is another."""
        if pos not in self.ps.used or not namevalues.part_named(it, self.index):
            return 0.0
        penalty = self.reason("part_name", PART_NAME_DOUBT)
        if namevalues.in_dotted_name(it, self.units):
            penalty += self.reason("dotted_part_name", MODE_CONFLICT_DOUBT)
        return penalty

    def _capitalised_inside(self, it: Item) -> bool:
        """Written with a capital inside the sentence (not its first word): a name."""
        written = self.original(it)
        return written[:1].isupper() and not self.question.lstrip().startswith(written)

    def _object_unread(self, pos: int) -> bool:
        """The word right after a containment word (了 aside) is one no clause read and no link names."""
        after = [it for it in self.items[pos + 1 : pos + 3] if it.text not in ("了", "the", "a", "an")]
        return bool(after) and after[0].kind == "word" and not after[0].links

    def _distinctive_name_word(self, it: Item, mentioned: set[str]) -> bool:
        """ "polls that included McMullin" over rawpoll_mcmullin / adjpoll_mcmullin: a word that is a whole
        word of the names of one or two measures only (weakly linked: part of each name), none of them
        used, is what the question is about; left out, the answer drops it."""
        assert self.table is not None
        word = it.text.lower()
        if not self._capitalised_inside(it):
            return False  # a name (McMullin), not a common word of a name (level of job_level)
        named = [lk.column for lk in it.links if lk.kind == "column" and lk.table == self.table.name]
        if not named or len(named) > 2 or any(lk.score < 0.6 for lk in it.links) or set(named) & mentioned:
            return False
        holders = [c for c in self.table.columns.values() if word in c.words]
        return {c.name for c in holders} == set(named) and all(c.role == "measure" for c in holders)

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

    def _names_a_member(self, it: Item, c: ColumnInfo) -> bool:
        """建筑业 "building industry" read as the Industry column: a Chinese compound longer than the
        category column's own name says one of its members; left unread, the answer drops it."""
        text = it.text.replace(" ", "")
        return c.role == "dimension" and bool(CJK_RE.search(text)) and len(text) >= 3

    def _harmless_leftover(self, pos: int, it: Item) -> bool:
        """是多少 / what is: question words that carry no meaning of their own when left over; a group
        word right before the period the series is grouped by ("of each year": each year read it)."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        grained = self.intent is not None and bool(self.intent.time_grain)
        if grained and it.has("group") and nxt is not None and nxt.kind == "time" and pos + 1 in self.ps.used:
            return True
        if it.has("group") and nxt is not None and self._each_row_averaged(nxt):
            return True  # 各社区…的平均值: each neighbourhood is a row; the average is over them
        if it.has("howmuch") or it.text in said_keys("是", "为", "every", "each", "all", "by", "per", "按"):
            return it.has("howmuch") or not it.has("group") or pos + 1 >= len(self.items)
        return False

    def _each_row_averaged(self, noun: Item) -> bool:
        """各X…的平均值 over the table of X (one row per X): the figure of each X, averaged over them; one
        average of a column, nothing grouped, no filter on another table."""
        intent = self.intent
        if intent is None or intent.dimensions or intent.time_grain or not self.is_table(noun):
            return False
        if self.table is None or self.table.name not in {lk.table for lk in noun.links if lk.kind == "table"}:
            return False
        one_row_each = any(c.unique and c.role in ("text", "dimension") for c in self.table.columns.values())
        single_avg = len(intent.measures) == 1 and intent.measures[0].agg == "avg"
        return one_row_each and single_avg and intent.measures[0].column is not None


def table_noun_heads(index: Any) -> set[str]:
    """The last character of each table's Chinese words and of its words' translations (队 of 团队); the
    index's own, found once (asked again of every question with a word not understood)."""
    memo = index.memo.setdefault("table_noun_heads", {})
    if "all" not in memo:
        memo["all"] = frozenset(_table_noun_heads(index))
    return set(memo["all"])


def _table_noun_heads(index: Any) -> set[str]:
    heads: set[str] = set()
    for table in index.tables.values():
        for w in table.words:
            for form in (w, *translations(phrase_key(w))):
                text = form.replace(" ", "")
                if len(text) >= 2 and CJK_RE.search(text[-1]):
                    heads.add(text[-1])
    return heads


def names_a_row(word: str, heads: set[str], question: str = "") -> bool:
    """底特律老虎队 / 蓝湾店: a Chinese word not understood that ends on, or stands right before, a table
    noun's head names one of its rows, as the data does not spell it; one before 们 (亚军们, the runners-up)
    names the people the question is about."""
    if not CJK_RE.search(word):
        return False
    if len(word) >= 3 and word[-1] in heads:
        return True
    at = question.find(word)
    after = question[at + len(word) : at + len(word) + 1] if at >= 0 else ""
    return len(word) >= 2 and bool(after) and (after in heads or after == "们")


def _said(word: str, low: str) -> bool:
    """An English word said whole, another anywhere; its pattern is built only when the word is there."""
    return word in low and (not word.isascii() or re.search(rf"\b{word}\b", low) is not None)
