"""Confidence, the words not understood: where an unknown word stands (qualifying the rows, under a
grouping or a count, asked for, a modifier) decides whether the reading can stand without it."""

from __future__ import annotations

from shared.ask.engines.rules.counted_predicates import predicate_of_counted
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parse_misreadings import MisreadingClauses
from shared.ask.engines.rules.parsecommon import (
    CLASSIFIERS,
    ZH_STOP,
    is_row_noun,
    said_keys,
    words,
)
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import (
    STOP_WORDS,
    Item,
)
from shared.semantic.vocabulary.tallynames import names_a_count

ARTICLES = ("a", "an", "the")
ROW_HAVING_WORDS = words("row_having")  # employees with / without (a) …: what the rows have
CLAUSE_CHARACTERS = 4  # 下雪而延误: more than one verb not understood
LIST_JOINERS = frozenset(w for w in words("list_joiners", "plain", "formal") if w.isalpha()) | {"or"}
WHOLE_VALUE = 0.9  # a value said whole (its name, a translation), not through a modifier of it
# how many callbacks did / in each city: an auxiliary or a preposition ends the noun phrase
PHRASE_ENDERS = frozenset(words("noun_phrase_enders", "auxiliaries", "prepositions"))


class UnknownWordClauses(MisreadingClauses):
    """Where the words not understood stand, for ConfidenceClauses.doubt."""

    def _unknown_qualifies_the_rows(self, unknown: list[str]) -> bool:
        """作废订单的金额 / voided orders: a word not understood right before the rows' own noun restricts
        the rows in a way the answer would silently drop; in Chinese also a clause of two words or more
        not understood before 的 and the noun (因暴雨而取消的订单; one verb, 生产的汽车, says how
        they are, not which)."""
        said = {w.lower() for w in unknown}
        if not said:
            return False
        if self._qualifies_around(said) or predicate_of_counted(self.items, said, self.lang, self.ps.used):
            return True  # (predicate: how many tests were self-pay / patients died / 多少人打过疫苗)
        for pos, it in enumerate(self.items):
            text = it.text.lower()
            if it.kind != "word" or not any(text == w or (not text.isascii() and text in w) for w in said):
                continue  # 作废 comes as 作 + 废: a piece of a Chinese unknown word counts
            if self._said_of_the_rows(pos):
                return True
            if pos + 1 == len(self.items):
                continue
            noun = self._past_unread_joiners(pos + 1)
            if self._qualifies_the_subject_or_a_noun(pos, noun):
                return True
            if any(text in w and len(w) >= CLAUSE_CHARACTERS for w in said) and self._clause_of_rows(pos):
                return True
        return False

    def _qualifies_around(self, said: set[str]) -> bool:
        """The unknown words are the topic, a value listed with one read, or a value's qualifier."""
        return (
            self._topic_unknown(said)
            or self._listed_with_a_value(said)
            or self._value_qualified(said)
            or self._value_qualified_zh(said)
        )

    def _value_qualified_zh(self, said: set[str]) -> bool:
        """(zh) 家养短毛猫 / 打过疫苗的猫: a Chinese word not understood right before a stored value the
        reading filters on says which of that value's rows (short-haired cats); so does a clause closing on 的
        right before it that opens the question with nothing read in it (vaccinated cats). A verb opening
        the word (达到飓风, 投往波士顿) says what the rows did with the value, and a clause after words read
        (18岁及以上成年人的) may restate them: neither is doubted here; a character read inside a word not
        understood (犬 of 狂犬疫苗) reads nothing."""
        if self.lang != "zh":
            return False
        for pos, it in enumerate(self.items):
            text = it.text.lower()
            if it.kind != "word" or text.isascii() or not any(text in w and len(w) >= 2 for w in said):
                continue
            nxt = pos + 1
            if nxt < len(self.items) and self.items[nxt].text == "的":
                if any(k in self.ps.used and not self._glued_character(k) for k in range(nxt)):
                    continue
                nxt += 1
            elif self._verb_opens_run(pos):
                continue
            if nxt < len(self.items) and nxt in self.ps.used and self._filtered_value(self.items[nxt]):
                return True
        return False

    def _glued_character(self, k: int) -> bool:
        """(zh) One character read between unread characters (犬 of 狂犬疫苗): a piece of a word not
        understood, no reading of its own."""

        def unread_cjk(j: int) -> bool:
            it = self.items[j] if 0 <= j < len(self.items) else None
            return it is not None and it.kind == "word" and j not in self.ps.used and not it.text.isascii()

        return len(self.items[k].text) == 1 and unread_cjk(k - 1) and unread_cjk(k + 1)

    def _verb_opens_run(self, pos: int) -> bool:
        """The run of unread characters ending at pos opens on a verb (投往, 撞到, 通过)."""
        start = pos
        while start > 0 and self.items[start - 1].kind == "word" and not self.items[start - 1].text.isascii():
            start -= 1
        run = "".join(it.text for it in self.items[start : pos + 1])
        return bilingual.first_sense_verb(run[:2]) or bilingual.first_sense_verb(run[:1])

    def _filtered_value(self, it: Item) -> bool:
        """A Chinese word naming a stored value (a value written as stored, Two_Story, may be what the
        words before it translate)."""
        return it.kind == "match" and not it.tags and not it.text.isascii() and bool(self.values(it))

    def _value_qualified(self, said: set[str]) -> bool:
        return any(
            self._qualifies_a_value(pos, it.text.lower())
            for pos, it in enumerate(self.items)
            if it.kind == "word" and it.text.lower() in said
        )

    def _qualifies_a_value(self, pos: int, text: str) -> bool:
        """(en) white men / college degree: an adjective not understood right before a stored value the
        reading filters on qualifies that value's rows (the answer keeps every man); a noun not understood
        right after a value read through its modifier alone ('college' for 大学毕业, "college graduate") is
        the noun that modifier qualifies (a college degree is no college graduate requirement), where after a
        value said whole it is the value's kind (the Mountain division)."""
        if self.lang != "en":
            return False
        said = bilingual.parts_of_speech(text)
        # white men (not airbag deploy, a noun before a value, nor graded VVS1, a participle)
        adjective = "ADJ" in said and not text.endswith(("ed", "ing"))
        noun = said == {"NOUN"} and not is_row_noun(self.items[pos])  # college degree (not Brent crude cost)
        k = pos + 1 if adjective else pos - 1 if noun else -1
        if not 0 <= k < len(self.items) or k not in self.ps.used:
            return False
        it = self.items[k]
        if it.kind != "match" or it.tags or not self.values(it):
            return False
        return adjective or max(lk.score for lk in self.values(it)) < WHOLE_VALUE  # college (大学毕业) degree

    def _topic_unknown(self, said: set[str]) -> bool:
        """(zh) 进近阶段发生鸟击时的平均高度 / 西南航空报告过多少次…: the question opens on a phrase not
        understood, of two words or more (a grammar character split off it, 起 + 飞滑跑阶段, or a time before
        it aside; not one word such as 公司 or 患者, the data's own subject as often), and the reading stands
        on words after it: the topic says which rows, and the answer would cover them all."""
        if self.lang != "zh":
            return False
        for pos, it in enumerate(self.items):
            if (
                it.kind in ("punct", "time")
                or it.text in ZH_STOP
                or (it.tags and not it.links and len(it.text) == 1)
            ):
                continue
            word = self._unknown_at(pos, said)
            if word is None or len(word) < CLAUSE_CHARACTERS or not word.startswith(it.text):
                return False
            return not _opens_on_a_verb(word) and any(j > pos for j in self.ps.used)
        return False

    def _listed_with_a_value(self, said: set[str]) -> bool:
        """美联航和达美航空 / Unitedd and Delta: a word not understood joined (和, 与, and, or) to a value the
        reading filters on is another value of the list, lost: the answer covers one of the two."""
        for pos, it in enumerate(self.items):
            if it.text.lower() not in LIST_JOINERS or pos == 0 or pos + 1 >= len(self.items):
                continue
            before, after = self.items[pos - 1], self.items[pos + 1]
            for unknown, value in ((pos - 1, pos + 1), (pos + 1, pos - 1)):
                named = self.values(self.items[value]) and value in self.ps.used
                if named and self._unknown_at(unknown, said) is not None and before.kind != after.kind:
                    return True
        return False

    def _said_of_the_rows(self, pos: int) -> bool:
        """The unknown word at pos says which rows (employees with a doctorate) or what of them (total
        sales value)."""
        return self._had_after_the_rows(pos) or self._attribute_of_the_rows(pos)

    def _attribute_of_the_rows(self, pos: int) -> bool:
        """(en) total sales value: an aggregate word, the rows' own noun, then a noun not understood: the
        total of something of the rows the answer does not read (counting them answers another thing)."""
        before = self.items[pos - 1] if pos else None
        if self.lang != "en" or before is None or before.kind != "match" or before.tags or pos < 2:
            return False
        counted = self.intent is not None and not any(m.column for m in self.intent.measures)
        total = self.kw_only(self.items[pos - 2], "agg")
        return counted and total and self._noun_for_the_rows(before)

    def _qualifies_the_subject_or_a_noun(self, pos: int, noun: Item) -> bool:
        """Right before the rows' noun (voided orders) or, in English, the data's subject word (frontal
        crashes over crash data), a word not understood says which rows; or it qualifies a value or an
        unread noun after an article."""
        if noun.kind == "match" and not noun.tags and self._noun_for_the_rows(noun):
            return True  # voided orders: the rows' own noun
        if self.lang == "en" and self.items[pos].end in self.subject_starts:
            return True
        return self._qualifies_a_value_or_an_unread_noun(pos, noun)

    def _qualifies_a_value_or_an_unread_noun(self, pos: int, noun: Item) -> bool:
        """(en) a drunk driver / an incapacitating injury: a word not understood between an article and a noun
        the schema links qualifies that noun (which drivers, which injury); the answer would drop it. A
        verb after it (did the airbag deploy) makes it the noun itself, not a qualifier. Before a column the
        reading uses (a preliminary breath test law) the word may be the column's own: not doubted here."""
        if self.lang != "en" or pos == 0 or noun.kind != "match" or noun.tags or not noun.links:
            return False
        if self.items[pos - 1].text.lower() not in ARTICLES or self.items[pos].text.lower() in STOP_WORDS:
            return False
        if any(bilingual.is_verb(w) for w in noun.text.lower().split()):
            return False
        at = pos + 1 if self.items[pos + 1] is noun else None
        # a column the reading uses may carry the word in its own concept (a preliminary breath test law)
        return at is None or at not in self.ps.used or all(lk.kind == "value" for lk in noun.links)

    def _had_after_the_rows(self, pos: int) -> bool:
        """(en) employees with a doctorate / customers without a X: a word not understood that the rows'
        noun has (with, without, an article between) says which rows, as one before the noun does."""
        j = pos - 1
        while j > 0 and self.items[j].text.lower() in ARTICLES:
            j -= 1
        if j < 1 or self.items[j].text.lower() not in ROW_HAVING_WORDS:
            return False
        noun = self.items[j - 1]
        return noun.kind == "match" and not noun.tags and self._noun_for_the_rows(noun)

    def _clause_of_rows(self, pos: int) -> bool:
        """(zh) The unread clause at pos closes on 的 before the rows' noun (因暴雨而取消的订单), the table's
        noun, or a repeating category listed."""
        de = self._past_unread_words(pos + 1)
        if self.items[de].text != "的" or de + 1 >= len(self.items):
            return False
        noun = self.items[de + 1]
        rows = self._noun_for_the_rows(noun) or self.table_noun_unsummed(noun) or self._listed(de + 1)
        return noun.kind == "match" and not noun.tags and rows

    def _past_unread_words(self, pos: int) -> int:
        """(zh) The position past unread words that name nothing here (酒驾实行强制监禁的: 监禁 is in the
        lexicon but no column's), where 的 may close the clause."""
        while pos < len(self.items) - 1 and pos not in self.ps.used and self.items[pos].text != "的":
            it = self.items[pos]
            if it.kind not in ("word", "match") or it.tags or self._linked(it):
                break
            pos += 1
        return pos

    def _listed(self, pos: int) -> bool:
        """The item at pos is a repeating category the reading lists (X的州有哪些: which of the states): the
        clause picks some of them. An attribute listed (X的名字) is X's own, the clause names whose."""
        assert self.intent is not None and self.table is not None
        info = self.col(self.items[pos]) if pos in self.ps.used else None
        if info is None or info.name not in self.table.grain.keys:
            return False
        return info.name in self.intent.columns and not self.intent.measures

    def _past_unread_joiners(self, pos: int) -> Item:
        """The item at pos, or past a slash and unread Latin words right after the unknown word (黑客/IT事件:
        the qualifier is 黑客/IT, its last piece a stop word)."""
        end = min(len(self.items) - 1, pos + 3)
        while self.lang == "zh" and pos < end and pos not in self.ps.used and self._joiner(self.items[pos]):
            pos += 1
        return self.items[pos]

    @staticmethod
    def _joiner(it: Item) -> bool:
        return it.text in ("/", "-") or it.kind == "word" and it.text.isascii()

    def _noun_for_the_rows(self, noun: Item) -> bool:
        """The question's noun says the rows themselves, so a word before it says which rows: the table's
        noun (its name, or its key's noun: `keynouns.key_noun`, read by `is_table`), a noun for any table's
        rows (记录, rows: `is_row_noun`), or, counted, a date holding one value per row (how many foggy days,
        over one row per day: the days are the rows). Not a column whose values label each row
        (`ParserBase.row_name_columns`): that names one row, not which rows."""
        assert self.table is not None
        if self.is_table(noun) or is_row_noun(noun):
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
        counts = it.has("count", "howmuch")
        if counts and nxt is not None and self.items[nxt].text in self.ENTITY_CLASSIFIERS:
            nxt = self.next_content(nxt, limit=1)  # 有几个人口普查分区: the counted noun after its classifier
        after = self._unknown_noun_at(nxt, said)
        before = self._unknown_noun_at(pos - 1 if pos > 0 else None, said)
        qualifier = after and nxt is not None and self._qualifies_a_linked_noun(nxt)
        if it.has("sup") and (before if self.lang == "zh" else after and not qualifier):
            return True  # 二氧化碳最多 / the highest emissions
        if self._part_of_an_unknown_noun(pos, it, said):
            return True  # 失业率 / unemployment rate / the tracking numbers of the orders
        compared = nxt is not None and self.items[nxt].kind == "num"
        if it.has("cmp", "between") and compared and before and self._number_unbound(intent):
            return True  # 预期寿命超过80 read as a row count
        return self._grouping_over_unknown(pos, it, intent, after, before) or (
            after and not qualifier and self._counted_unknown(pos, it, nxt, said)
        )

    def _unknown_head_after(self, nxt: int | None, said: set[str]) -> bool:
        """A word naming a count column (births for 出生人数) right before a plain noun not understood: the
        noun is the head of the phrase, the count word its modifier (birth weight, visit duration); a
        measure's own word before its unit stays (carat weight, wind speed)."""
        if nxt is None or nxt + 1 >= len(self.items) or not self._linked(self.items[nxt]):
            return False
        c = self.col(self.items[nxt])
        if c is None or not names_a_count(c.name):
            return False
        word = self._unknown_at(nxt + 1, said)
        return word is not None and bilingual.is_plain_noun(word)

    def _part_of_an_unknown_noun(self, pos: int, it: Item, said: set[str]) -> bool:
        """失业率 / "tracking numbers of": the rate or count word right after a word not understood is part
        of that noun, not a rate or a count of the rows."""
        if it.has("agg", "sup") and self.lang == "en":  # the average birth weight: weight is averaged
            return self._unknown_head_after(self.next_content(pos, limit=1), said)
        unknown_before = pos > 0 and self._unknown_at(pos - 1, said) is not None
        numbers = it.has("count") and self.lang != "zh" and it.text.startswith("number")
        return unknown_before and (it.has("rate", "share") or numbers)

    def _grouping_over_unknown(self, pos: int, it: Item, intent: Intent, after: bool, before: bool) -> bool:
        """各行业 / by sector with the noun after the group word not understood, or (zh) 年龄分布: a group
        word closing the question after its noun: the grouping is lost."""
        closing = self.lang == "zh" and before and self.next_content(pos, limit=1) is None
        return (after or closing) and self._grouping_lost(pos, it, intent)

    def _grouping_lost(self, pos: int, it: Item, intent: Intent) -> bool:
        """各行业 / by sector, unread: the grouping was dropped (per capita is a rate's own word, and a
        ranking's "by" names what ranks: largest … by land)."""
        grouping = it.has("group") and it.text not in said_keys("per", "all")
        return grouping and pos not in self.ps.used and not (intent.order or intent.limit)

    def _counted_unknown(self, pos: int, it: Item, nxt: int | None, said: set[str]) -> bool:
        """平均失业率 / 多少个行业: an aggregate or count read, right before its noun not understood (人次的
        趋势 is not the count's noun)."""
        read = pos in self.ps.used or it.has("howmuch")  # 多少对双胞胎: how many of a noun not understood
        if not it.has("agg", "count", "count_distinct", "howmuch") or not read or nxt is None:
            return False
        if is_row_noun(self.items[nxt]):
            return False  # number of observations: the rows themselves
        classifier = nxt == pos + 2 and self.items[pos + 1].text in self.ENTITY_CLASSIFIERS
        return nxt == pos + 1 or classifier or self.items[nxt].text.lower() in said

    def _unknown_modifier(self, unknown: list[str]) -> bool:
        """公用事业呢 / 列出所有行业 / 最高的3个行业 / 公司的CEO是谁: a noun not understood that is the whole
        follow-up, the listed, ranked or asked thing: without it the answer covers other rows or another
        column than asked."""
        said = {w.lower() for w in unknown}
        if not said:
            return False
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
        return self.lang == "zh" and self._zh_unknown_is_asked(pos, end, nxt)

    def _zh_unknown_is_asked(self, pos: int, end: int, nxt: Item | None) -> bool:
        """(zh) The unknown word at pos..end names the rows, or is the listed, ranked or closing thing."""
        before_asked = nxt is not None and (
            nxt.text in ("的", "有", "共有") or (nxt.kind == "match" and nxt.has("which", "list"))
        )
        if before_asked and self._name_like_unknown(pos, end):
            return True  # 电信服务行业的总市值 / X公司去过哪些城市 / 女性借款人有多少笔: its rows left in
        if self._had_by_the_rows(pos, end):
            return True  # 有强X的订单有多少: the rows that have X, X never read
        last = nxt is None or nxt.kind == "punct"
        if self._counted_closing(end):
            return True  # 旅行代理有几个: the counted thing
        start = self.clause_of(pos)[0]
        if last and any(self.items[k].has("list") for k in range(start, pos)):
            return True  # 列出所有行业: the listed thing
        prev = self.prev_content(pos, limit=1)
        if last and prev is not None and self.is_table(self.items[prev]):
            return True  # 市值超过300的公司代码: the rows' attribute closing the question
        if prev is not None and self.items[prev].text in CLASSIFIERS:
            prev = self.prev_content(prev, limit=0)
        return prev is not None and (prev == self.ps.limit_pos or self._limit_number(prev))  # 最高的3个行业

    def _had_by_the_rows(self, pos: int, end: int) -> bool:
        """(zh) 有X的<rows> opening a clause: X (pos..end) is what the rows counted or listed have; unread,
        the answer covers every row instead of those that have it."""
        if not pos or end + 2 >= len(self.items) or self.clause_of(pos)[0] != pos - 1:
            return False
        opener, de, rows = self.items[pos - 1], self.items[end + 1], self.items[end + 2]
        return opener.text in ("有", "带", "具有", "带有") and de.text == "的" and self.is_table(rows)

    def _counted_closing(self, end: int) -> bool:
        """(zh) X有几个 / X有多少 closing the question: X (ending at `end`) is the thing counted."""
        k = end + 1
        if k < len(self.items) and self.items[k].text == "有":
            k += 1
        if k >= len(self.items) or not self.items[k].has("count", "howmuch"):
            return False
        if k + 1 < len(self.items) and self.items[k + 1].text in self.ENTITY_CLASSIFIERS:
            k += 1  # 几个 / 几家; not 人次 / 笔, which count the rows' events
        return k + 1 >= len(self.items) or self.items[k + 1].kind == "punct"

    def _name_like_unknown(self, pos: int, end: int) -> bool:
        """A long Chinese word not understood (4+ characters: a name or a qualified noun, 女性借款人, not a
        common noun like 患者) at the start of its clause, qualifying what follows (的, 哪些) or owning
        the rows counted (有多少)."""
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

    ENTITY_CLASSIFIERS = frozenset(("个", "位", "家", "名", "种", "类", "对"))

    def _limit_number(self, pos: int) -> bool:
        it = self.items[pos]
        return it.kind == "num" and self.intent is not None and self.intent.limit == it.value

    def _number_unbound(self, intent: Intent) -> bool:
        """A compared number read as a row count (HAVING COUNT(*)) or not read at all."""
        numbers = {v for f in intent.filters if f.source == "number" for v in f.values}
        numbers |= {h.value for h in intent.having if h.measure.column is not None}
        counted = any(h.measure.column is None for h in intent.having)
        return counted or not any(it.kind == "num" and it.value in numbers for it in self.items)

    def _qualifies_a_linked_noun(self, j: int) -> bool:
        """A schema word follows within the same clause (skipping a parenthetical remark), before any
        verb "be" (how many foreclosures were there in Houston: the unknown word is the noun itself), a
        preposition or an auxiliary (how many callbacks did Lakisha get, in each city: the noun ends
        there)."""
        depth = 0
        for it in self.items[j + 1 : j + 8]:
            if it.kind == "word" and it.text.lower() in ("be", "is", "are", "was", "were"):
                return False
            if it.kind in ("word", "match") and it.text.lower().split(" ")[0] in PHRASE_ENDERS:
                return False  # in, did, in each
            if it.kind == "punct" and it.text in "(（":
                depth += 1
            elif it.kind == "punct" and it.text in ")）":
                depth -= 1
            elif it.kind == "punct" and depth == 0:
                return False
            elif depth == 0 and it.kind == "match" and self._linked(it):
                return True
        return False


# right after a noun not understood, these end its noun phrase: the noun is the head, no qualifier
def head_noun_ended(items: list[Item], j: int) -> bool:
    """(en) How many callbacks did each job type get / number of callbacks in each city: the word at j,
    a noun (lemminflect reads it as one, or does not know it), is followed by an auxiliary or a
    preposition, so it heads its own noun phrase: the thing counted, not a qualifier of the schema word
    further on. A verb (how many died in …) is no counted noun."""
    word = items[j].text.lower()
    nxt = items[j + 1].text.lower().split() if j + 1 < len(items) else []
    if not word.isascii() or not word.isalpha() or not nxt or nxt[0] not in PHRASE_ENDERS:
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas or "VERB" not in lemmas


def _opens_on_a_verb(word: str) -> bool:
    """撞到 / 报告里出现: a word not understood that starts with a verb (its first two characters, when they
    are a dictionary word, else its last two or its first character) is an action, not the topic's noun."""
    for piece in (word[:2], word[-2:]):
        if bilingual.english_for(piece):
            return bilingual.is_verb(piece)
    return bilingual.is_verb(word[:1])
