"""Chinese words the schema index does not hold, linked at question time through their CC-CEDICT glosses.

The index holds, for each English name, the Chinese words CC-CEDICT lists under it; a dictionary lists
many, so a column's own word may be cut (股价 "stock price" for `Price`, 产地 "place of origin" for
`Origin`, 美洲 "Americas" for a value). Where a Chinese word found nothing, its glosses are looked up
the other way: a gloss that names a column, table or stored value outright (lemmas compared: "airline"
for `airlines`); else the head word of a two- or three-word gloss that names a column or table outright
("stock price" -> `Price`, "wind speed" -> `wind`), more weakly. A compound CC-CEDICT does not hold
(电信服务) is read as two dictionary words whose glosses, joined, name a value ("telecommunications
services"). A single character links only a table, by its first gloss (车 "car" -> `cars`): a character
says too many things for more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.abbreviations import _column_links, abbreviation_of, best_score
from shared.semantic.vocabulary.compose import NEGATION, composed_links
from shared.semantic.vocabulary.derived import value_stems
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE, ZH_DIGITS, Unit, phrase_key
from shared.semantic.vocabulary.verbdates import verb_dates

GLOSS_SCORE = 0.9  # a gloss that names the thing outright
HEAD_SCORE = 0.8  # one word of a longer gloss: good evidence, not a name
CHAR_SCORE = 0.85  # a character's first gloss naming a table
GLOSSES_TRIED = 4
OWN_NAME = 0.95  # a key that is the name itself or its content words (lexicon translations: 0.9)
QUALIFIED_SCORE = 0.85  # a column told from its twin by the extreme word before its noun
WHOLE_NAME = 0.8  # a name spelt whole (cut short: 0.85 of an exact name), not one word of it
SUPERLATIVE = "最"


def chinese(units: list[Unit], i: int, index: SchemaIndex, kw: dict[str, list[str]]) -> Item | None:
    """The longest Chinese word at i that links through its glosses; the longest dictionary word there
    that links nothing ends the search (the word is read whole or not at all)."""
    for length in (4, 3, 2):
        chunk = units[i : i + length]
        if len(chunk) < length or not all(c.is_cjk for c in chunk):
            continue
        if any(" ".join(c.key for c in chunk[k:]) in kw for k in range(1, length - 1)):
            continue  # 人口最多: the grammar's words stay the grammar's (率 ending 市盈率 is the word's own)
        if chunk[0].text == SUPERLATIVE:
            continue  # 最远 "farthest": a superlative of a quality, no name of the column it ranks by
        word = "".join(c.text for c in chunk)
        grammar_last = chunk[-1].key in kw
        links = _stronger(_gloss_links(word, index), partial(_read_whole, word, grammar_last, index))
        if not links and length == 2 and not any(c.key in kw for c in chunk):
            links = character_compound(word, index)  # 机型: 机 "aircraft" + 型 "type" = aircraft_type
        if links:
            return Item(i, i + length, "match", " ".join(c.key for c in chunk), links=links, fuzzy=True)
        if length > 2 and bilingual.english_for(word):
            return None  # 飞行员 (pilot) is one word: its 飞行 (flight) is no word of this question
    links = character_links(units[i].text, index) or _ranked_character(units, i, index, kw)
    return Item(i, i + 1, "match", units[i].key, links=links, fuzzy=True) if links else None


def _stronger(cut: list[Link], whole: Callable[[], list[Link]]) -> list[Link]:
    """A gloss's cut-short name (航空公司 "airline" -> air of `air_time`, 0.51) gives way to what the gloss
    names whole (a table called "airline"), where that is stronger."""
    if cut and max(lk.score for lk in cut) >= HEAD_SCORE:
        return cut
    named = whole()
    if not cut or (named and max(lk.score for lk in named) > max(lk.score for lk in cut)):
        return named
    return cut


def _read_whole(word: str, grammar_last: bool, index: SchemaIndex) -> list[Link]:
    """A word's links through its glosses' words; ending on a grammar word (天数: 天 + the count word, not
    "number of days"), only a whole column's name (利率 "interest rates", though 率 is the rate word).
    Read once per word and index (the index never changes): each caller gets its own list."""
    memo = index.memo.setdefault("read_whole", {})
    key = (word, grammar_last)
    if key not in memo:
        memo[key] = tuple(_read_whole_once(word, grammar_last, index))
    return list(memo[key])


def _read_whole_once(word: str, grammar_last: bool, index: SchemaIndex) -> list[Link]:
    if grammar_last:
        return whole_names(word, index)
    links = word_links(word, index)
    if not links and (len(word) > 2 or word.startswith(NEGATION)) and "的" not in word:
        links = compound_links(word, index) or composed_links(word, index)
    return links


RANKING_TAGS = ("sup:", "cmp:", "agg:max", "agg:min")


def _ranked_character(units: list[Unit], i: int, index: SchemaIndex, kw: dict[str, list[str]]) -> list[Link]:
    """A character right before a superlative or comparison word is the thing ranked or compared: 风最大
    (wind, most) ranks by the column the character's first gloss names whole ("wind" -> `wind`), as
    "windiest" does in English. Only a numeric column named outright: a character says too much for more."""
    after = [u.key for u in units[i + 1 : i + 3]]
    tags = [t for n in (1, 2) if len(after) >= n for t in kw.get(" ".join(after[:n]), [])]
    if not any(t.startswith(RANKING_TAGS) for t in tags) or bilingual.is_verb(units[i].text):
        return []
    glosses = bilingual.english_for(units[i].text)[:1]
    links = named(index, phrase_key(glosses[0]), ("column",)) if glosses else []
    links = [lk for lk in links if lk.score >= OWN_NAME and _numeric(index, lk)]
    return _capped(links, CHAR_SCORE) if len({(lk.table, lk.column) for lk in links}) == 1 else []


def _numeric(index: SchemaIndex, lk: Link) -> bool:
    info = index.tables[lk.table].columns.get(lk.column or "") if lk.table in index.tables else None
    return info is not None and info.numeric and info.role == "measure"


def longer_word(
    units: list[Unit], i: int, index: SchemaIndex, kw: dict[str, list[str]], held: Item | None
) -> Item | None:
    """A character the index holds alone, strongly, that forms a two-character dictionary word with the
    next one is read as that word when the word's glosses link as strongly (a weakly held one is so
    read already, by `chinese`): 日子 is "day" (`date`), not 日 "sun" (a 'sun' weather) and a stray 子.
    Segmentation takes the longer word, as a reader does; the next character must be no grammar word
    (天 + 数 is "days" counted, not 天数 "number of days")."""
    if held is None or not units[i].is_cjk or held.end != i + 1 or held.tags:
        return None
    if i + 1 >= len(units) or not units[i + 1].is_cjk:
        return None
    strength = best_score(held)
    if strength < 0.85 or units[i + 1].key in kw:
        return None
    word = units[i].text + units[i + 1].text
    if not bilingual.english_for(word):
        return None
    links = word_links(word, index)  # names and head words: no abbreviation cut (山地 "upland" is no count)
    if not links or max(lk.score for lk in links) < strength:
        return None
    return Item(i, i + 2, "match", f"{units[i].key} {units[i + 1].key}", links=links, fuzzy=True)


def _gloss_links(word: str, index: SchemaIndex) -> list[Link]:
    """Columns a Chinese word's dictionary gloss names outright or spells out (市盈率 = pe ratio)."""
    memo = index.memo.setdefault("gloss_links", {})
    if word not in memo:
        memo[word] = tuple(_gloss_links_once(word, index))
    return list(memo[word])


def _gloss_links_once(word: str, index: SchemaIndex) -> list[Link]:
    verb = bilingual.is_verb(word)  # 共享 (to share) is no column's name; 预期 (expect) may cut to exp
    for gloss in bilingual.english_for(word)[:4]:
        words = gloss.split()
        links = ([] if verb else _column_links(index, " ".join(words))) or abbreviation_of(words, index)
        if links:
            return [Link(lk.kind, lk.table, lk.column, lk.value, min(lk.score, 0.9)) for lk in links]
    return []


def whole_names(word: str, index: SchemaIndex) -> list[Link]:
    """The one column a gloss of the word names whole (its own name, not a translation of a word of it)."""
    for gloss in bilingual.english_for(word)[:GLOSSES_TRIED]:
        links = [lk for lk in named(index, phrase_key(gloss), ("column",)) if lk.score >= OWN_NAME]
        if len({lk.column for lk in links}) == 1:
            return _capped(links, GLOSS_SCORE)
    return []


def named(index: SchemaIndex, key: str, kinds: tuple[str, ...] = ("column", "table", "value")) -> list[Link]:
    """Links that a phrase key names outright: a whole column or table name, or a whole stored value.

    Keys are compared as given and by lemma ("airlines" / "airline", "services" / "service")."""
    lemmas = bilingual.base_key(key)  # "interest rates" names `interest_rate`
    links = (
        index.phrases.get(key) or index.bases.get(lemmas) or index.phrases.get(lemmas) or index.stems.get(key)
    )
    links = links or []
    return [lk for lk in links if lk.kind in kinds and lk.score >= (0.9 if lk.kind == "value" else 0.85)]


def quoted_value_links(text: str, index: SchemaIndex) -> list[Link]:
    """A quoted Chinese value the index does not hold (“海地”, “学士”, “汉语”) named by a stored value its
    CC-CEDICT first sense begins with: the sense up to its note ("Haiti, the western third ..." -> Haiti),
    or, more weakly, its first word ("bachelor's degree" -> Bachelor, "Chinese language" -> Chinese). Only
    the first sense: 布什 is "Bush (name)" before it is either president."""
    if not CJK_RE.search(text):
        return []
    for sense in bilingual.senses(text)[:1]:
        head = re.split(r"[,;(]", sense)[0].strip()
        first = re.sub(r"'s$", "", head.split()[0]) if head.split() else ""
        for phrase, score in ((head, GLOSS_SCORE), (first, HEAD_SCORE)):
            links = named(index, phrase_key(phrase), ("value",)) if phrase else []
            if links:
                return _capped(links, score)
    return []


def _capped(links: list[Link], score: float) -> list[Link]:
    return [Link(lk.kind, lk.table, lk.column, lk.value, min(lk.score, score)) for lk in links]


def word_links(word: str, index: SchemaIndex) -> list[Link]:
    """What a Chinese word's glosses name outright, else what the head word of a gloss names.

    A word that is only a verb (共享 "to share", 延误 "to postpone") names no column, though the verb's
    -ings noun may (收入 "to take in" -> `Takings`)."""
    if bilingual.is_verb(word):
        return verb_nouns(word, index) or _event_table(word, index) or verb_dates(word, index)
    glosses = [phrase_key(g) for g in bilingual.english_for(word)[:GLOSSES_TRIED]]
    for gloss in glosses:
        links = named(index, gloss) if gloss else []
        if links:
            return _capped(links, GLOSS_SCORE)
    for gloss in glosses:  # "construction industry": the value 'Construction' of the `Industry` column
        links = valued_head(gloss, index)
        if links:
            return links
    return _head_links(glosses, index) or verb_nouns(word, index) or verb_dates(word, index)


def _event_table(verb: str, index: SchemaIndex) -> list[Link]:
    """预订 "to book ahead" over a table `bookings`: a Chinese verb names the table whose name is the
    -ing noun of a gloss's verb (its rows are those events), at HEAD_SCORE; never a column."""
    from lemminflect import getInflection  # lazy: heavy (lemminflect)

    for gloss in bilingual.english_for(verb)[:GLOSSES_TRIED]:
        head = gloss.split()[0] if gloss.split() else ""
        for noun in getInflection(head, "VBG") if head.isalpha() else ():
            links = [lk for lk in named(index, phrase_key(noun), ("table",)) if lk.score >= OWN_NAME]
            if links:
                return _capped(links, HEAD_SCORE)
    return []


def _head_links(glosses: list[str], index: SchemaIndex) -> list[Link]:
    """A gloss's modifier naming a stored value ("sunny day"), else its head word naming a column."""
    for gloss in glosses:  # "sunny day": the days that are sunny, when "day" names no column
        links = _modifier_value(gloss, index)
        own = [lk for lk in named(index, gloss.split()[-1], ("column",)) if lk.score >= OWN_NAME]
        if links and not own:
            return links
    for gloss in glosses:
        content = [w for w in gloss.split() if w not in STOP_WORDS]
        if len(content) < 2:
            continue
        for head in reversed(content):  # the head word first: "stock price" is a price
            # the name's own word, not the lexicon's (晴天 "sunny day": day is no name of `date`)
            links = [lk for lk in named(index, head, ("column", "table")) if lk.score >= OWN_NAME]
            if links:
                return _capped(links, HEAD_SCORE)
        # "air temperature" -> temp of temp_max / temp_min: weak, kept only beside a word that tells
        links = abbreviation_of(content[-1:], index)
        if links:
            return links
    return []


def valued_head(gloss: str, index: SchemaIndex) -> list[Link]:
    """A gloss whose head word names a column outright and whose words before it name one stored value of
    that column outright: 建筑业 "construction industry" is Industry = 'Construction', not the column."""
    content = [w for w in gloss.split() if w not in STOP_WORDS]
    if len(content) < 2:
        return []
    columns = {(lk.table, lk.column) for lk in named(index, content[-1], ("column",)) if lk.score >= OWN_NAME}
    values = [
        lk
        for lk in named(index, " ".join(content[:-1]), ("value",))
        if (lk.table, lk.column) in columns and lk.score >= OWN_NAME
    ]
    return _capped(values, GLOSS_SCORE) if len({lk.value for lk in values}) == 1 else []


def verb_nouns(word: str, index: SchemaIndex) -> list[Link]:
    """A Chinese verb (a sense "to take in") names the column called by the verb's -ings noun, what is
    verb-ed (take -> `Takings`, earn -> `Earnings`, book -> `Bookings`), as English makes such nouns."""
    for sense in bilingual.senses(word)[:3]:
        verb = sense[3:].split()[0] if sense.startswith("to ") and len(sense) > 3 else ""
        forms = {f"{verb}ings", f"{verb[:-1]}ings" if verb.endswith("e") else ""} - {"ings", ""}
        forms |= {bilingual.base(form) for form in forms}  # a column's key is its lemma: takings -> taking
        links = [lk for form in forms for lk in named(index, form, ("column",)) if lk.score >= OWN_NAME]
        if len({lk.column for lk in links}) == 1:
            return _capped(links, HEAD_SCORE)
    return []


def _modifier_value(gloss: str, index: SchemaIndex) -> list[Link]:
    """A two-word gloss whose modifier is a -y adjective made from one stored value names that value: 晴天
    "sunny day" -> 'sun', 雨天 "rainy day" -> 'rain' (the kind of the thing, as "sunny" alone is). Names
    of peoples and places (-an, -ese) are no modifiers here: their glosses are proper names."""
    content = [w for w in gloss.split() if w not in STOP_WORDS]
    if len(content) != 2 or not content[0].endswith("y"):
        return []  # sunny / rainy / snowy; not "Dominican Republic" -> 'Dominic', "European Union" -> Europe
    found = {
        (lk.table, lk.column, lk.value): lk
        for stem in value_stems(content[0])
        for lk in index.phrases.get(stem, [])
        if lk.kind == "value" and lk.score >= 0.95
    }
    if len(found) != 1:
        return []
    lk = next(iter(found.values()))
    return [Link("value", lk.table, lk.column, lk.value, HEAD_SCORE + 0.05)]


def compound_links(word: str, index: SchemaIndex) -> list[Link]:
    """A compound the dictionary does not hold, as two words it does: their glosses joined name a value,
    column or table outright (电信服务 = 电信 "telecommunications" + 服务 "service")."""
    if bilingual.english_for(word):
        return []
    for cut in range(2, len(word) - 1):
        left, right = bilingual.english_for(word[:cut])[:2], bilingual.english_for(word[cut:])[:2]
        for a in left:
            for b in right:
                links = named(index, phrase_key(f"{a} {b}"))
                if links:
                    return _capped(links, HEAD_SCORE)
    return []


def character_compound(word: str, index: SchemaIndex) -> list[Link]:
    """Two characters the dictionary holds no word for (机型), whose glosses joined are one column's or
    table's own name (机 "aircraft" + 型 "type" = `aircraft_type`): both words of the name said, in order."""
    if len(word) != 2 or bilingual.english_for(word):
        return []
    left, right = (
        bilingual.english_for(word[0])[:GLOSSES_TRIED],
        bilingual.english_for(word[1])[:GLOSSES_TRIED],
    )
    found = {
        (lk.kind, lk.table, lk.column): lk
        for a in left
        for b in right
        if len(a.split()) == 1 and len(b.split()) == 1
        for lk in named(index, phrase_key(f"{a} {b}"), ("column", "table"))
        if lk.score >= OWN_NAME
    }
    return _capped(list(found.values()), HEAD_SCORE) if len(found) == 1 else []


def character_links(char: str, index: SchemaIndex) -> list[Link]:
    """A single character's first gloss naming a table (车 "car" -> `cars`, 国 "country" -> `countries`)."""
    glosses = bilingual.english_for(char)[:1]
    if not glosses or bilingual.is_verb(char):
        return []
    return _capped(named(index, phrase_key(glosses[0]), ("table",)), CHAR_SCORE)


def ends_a_word(items: list[Item], char: str) -> bool:
    """The unread character before this one forms a dictionary word with it (股 + 票 = 股票): a word
    read from this character on (票价 "ticket price") would break that one."""
    before = items[-1] if items else None
    return (
        before is not None
        and before.kind == "word"
        and bool(CJK_RE.fullmatch(before.text))
        and bool(bilingual.english_for(before.text + char))
    )


def ambiguous_starts(items: list[Item]) -> list[Item]:
    """A word read through the dictionary whose first character also ends a dictionary word with the
    unread character before it (电 + 动车: 电动 is a word too) is a guess at where words break: its
    characters stay unread, so the question's coverage says so."""
    out: list[Item] = []
    for k, it in enumerate(items):
        before = items[k - 1] if k else None
        if (
            it.fuzzy
            and before is not None
            and before.kind == "word"
            and CJK_RE.fullmatch(before.text)
            and CJK_RE.match(it.text)
            and bilingual.english_for(before.text + it.text[:1])
        ):
            out.extend(Item(it.start + n, it.start + n + 1, "word", w) for n, w in enumerate(it.text.split()))
            continue
        out.append(it)
    return out


def _english_words(item: Item) -> list[list[str]]:
    """An item's words in English: its own (gdp), or its Chinese text's glosses."""
    if item.text.replace(" ", "").isascii():
        return [item.text.split()]
    return [g.split() for g in bilingual.english_for(item.text.replace(" ", ""))[:GLOSSES_TRIED]]


def _spelt_names(words: list[str], index: SchemaIndex) -> list[Link]:
    """Columns these words name outright, or cut short ("per capita" as one word -> percap)."""
    links = named(index, " ".join(words), ("column",))
    if links or len(words) < 2:
        return links
    joined = [*words[:-2], words[-2] + words[-1]]  # gdp per capita -> gdp percapita
    return abbreviation_of(words, index) or abbreviation_of(joined, index)


def keyword_completions(items: list[Item], index: SchemaIndex) -> list[Item]:
    """A Chinese grammar word whose gloss completes the name a next word names only in part is part of
    that name: 人均 ("per capita", else the average) + GDP names `gdpPercap`, not AVG(gdp...). The two
    become one mention of the column; where no column's name is completed the grammar word stays."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        a, b = items[k], items[k + 1] if k + 1 < len(items) else None
        merged = _completed(a, b, index) if b is not None else None
        if merged is not None:
            out.append(merged)
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _completed(a: Item, b: Item, index: SchemaIndex) -> Item | None:
    qualifier = any(tag.startswith(("agg:", "sup:")) for tag in a.tags)  # not 多少 "number" (a count)
    if not (qualifier and CJK_RE.match(a.text)) or b.tags:
        return None
    partial = {lk.column for lk in b.links if lk.kind == "column" and lk.score < 0.85}
    if not partial or not _same_part(a, partial):
        return None
    for gloss in bilingual.english_for(a.text.replace(" ", ""))[:GLOSSES_TRIED]:
        for words in _english_words(b):
            alone = {lk.column for lk in _spelt_names(words, index) if lk.score >= WHOLE_NAME}
            for order in ([*words, *gloss.split()], [*gloss.split(), *words]):
                spelt = _spelt_names(order, index)
                found = [lk for lk in spelt if lk.column in partial - alone and lk.score >= WHOLE_NAME]
                if len({lk.column for lk in found}) == 1:
                    link = Link("column", found[0].table, found[0].column, score=HEAD_SCORE + 0.05)
                    return Item(a.start, b.end, "match", f"{a.text} {b.text}", links=[link], fuzzy=True)
    return None


def _same_part(a: Item, partial: set[str | None]) -> bool:
    """The grammar word names nothing, or only in part the very column the next word names in part
    (人均 "per capita" and 收入 "income" both reach income_per_capita): together they may name it."""
    return all(lk.kind == "column" and lk.score < 0.85 and lk.column in partial for lk in a.links)


HIGH_WORDS = frozenset({"max", "maximum", "high", "highest", "upper", "top"})
LOW_WORDS = frozenset({"min", "minimum", "low", "lowest", "lower", "bottom"})


def _direction(item: Item) -> frozenset[str] | None:
    """The name words a superlative or extreme aggregate word stands for: 最高 / highest / maximum -> max."""
    if item.links:
        return None
    if any(t in ("sup:desc", "agg:max") for t in item.tags):
        return HIGH_WORDS
    if any(t in ("sup:asc", "agg:min") for t in item.tags):
        return LOW_WORDS
    return None


def qualified_names(items: list[Item], index: SchemaIndex) -> list[Item]:
    """A noun naming a word shared by a column pair told apart by an extreme (temp_max / temp_min) names
    the column whose extreme the word before it says: 最高气温 / maximum temperature -> temp_max. The
    extreme word stays (最高气温最高的一天 still ranks); the noun's weak links become the one column's."""
    out = list(items)
    for k in range(1, len(out)):
        wanted = _direction(out[k - 1])
        b = out[k]
        if wanted is None or b.tags or not b.links:
            continue
        columns = {lk.column for lk in b.links if lk.kind == "column"}
        picked = [
            lk
            for lk in b.links
            if lk.kind == "column" and not wanted.isdisjoint(_name_words(index, lk.table, lk.column))
        ]
        if len({lk.column for lk in picked}) == 1 and len(columns) > 1:
            link = Link("column", picked[0].table, picked[0].column, score=QUALIFIED_SCORE)
            a = out[k - 1]
            if _aggregated_elsewhere(out, k):  # 平均最高气温: the extreme word is the name's, not a MAX
                out[k] = Item(a.start, b.end, "match", f"{a.text} {b.text}", links=[link], fuzzy=True)
                out[k - 1] = Item(a.start, a.start, "punct", "")
            else:  # 2013年的最高气温: the highest of temp_max
                out[k] = Item(b.start, b.end, b.kind, b.text, links=[link], fuzzy=b.fuzzy)
    return [it for it in out if it.start < it.end]


def _aggregated_elsewhere(items: list[Item], k: int) -> bool:
    """Another aggregate or superlative word right before the extreme word, or a superlative after the
    noun (skipping 的): 平均最高气温, 最高气温最高的一天, average maximum temperature; or a number
    compared right after the noun: 最低气温低于0度 compares the low temperature, no ranking is asked."""
    before = items[k - 2] if k >= 2 else None
    after = next((it for it in items[k + 1 :] if it.text != "的"), None)
    compared = k + 2 < len(items) and items[k + 1].has("cmp", "between") and items[k + 2].kind == "num"
    return compared or any(it is not None and _grammar_extreme(it) for it in (before, after))


def _grammar_extreme(item: Item) -> bool:
    return not item.links and any(t.startswith(("agg:", "sup:")) for t in item.tags)


def _name_words(index: SchemaIndex, table: str, column: str | None) -> set[str]:
    info = index.tables[table].columns.get(column or "") if table in index.tables else None
    return set(info.words) if info is not None else set()


def per_names(items: list[Item], index: SchemaIndex) -> list[Item]:
    """每 X Y is "Y per X": 每股收益 = earnings per share names `Earnings/Share` (whose "a per b" alias
    the index holds), where Y alone names it only in part. The three become one mention."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        merged = _per_name(items[k : k + 3], index) if k + 2 < len(items) else None
        if merged is not None:
            out.append(merged)
            k += 3
            continue
        out.append(items[k])
        k += 1
    return out


def _per_name(three: list[Item], index: SchemaIndex) -> Item | None:
    each, unit, noun = three
    if each.text != "每" or not each.has("group") or unit.tags or noun.tags or not CJK_RE.match(unit.text):
        return None
    partial = {lk.column for lk in noun.links if lk.kind == "column" and lk.score < 0.85}
    if not partial:
        return None
    units = bilingual.english_for(unit.text.replace(" ", ""))[:GLOSSES_TRIED]
    for words in _english_words(noun):
        for per in units:
            found = [lk for lk in named(index, phrase_key(f"{' '.join(words)} per {per}"), ("column",))]
            if len({lk.column for lk in found}) == 1 and found[0].column in partial:
                link = Link("column", found[0].table, found[0].column, score=HEAD_SCORE + 0.05)
                text = f"{each.text} {unit.text} {noun.text}"
                return Item(each.start, noun.end, "match", text, links=[link], fuzzy=True)
    return None


def completed_heads(items: list[Item], index: SchemaIndex) -> list[Item]:
    """A Chinese noun after a word naming a column only in part (skipping 的 and an aggregate word) is the
    rest of that name when the two glosses, joined, spell it: 鳍状肢 ("flipper") … 长度 ("length") names
    `flipper_length_mm`, though 长度 alone names every length column. The noun links that one column."""
    out = list(items)
    k = 0
    while k < len(out):
        found = _completed_head(out, k, index)
        if found is None:
            k += 1
            continue
        out[k : k + found.end - found.start] = [found]  # one item per character replaced
        k += 1
    return out


def _completed_head(items: list[Item], k: int, index: SchemaIndex) -> Item | None:
    if not _unread_char(items[k]):
        return None
    anchor = _partial_before(items, k)
    if anchor is None:
        return None
    partial = {lk.column for lk in anchor.links if lk.kind == "column"}
    for n in (4, 3, 2):
        run = items[k : k + n]
        word = "".join(it.text for it in run)
        if len(run) < n or not all(_unread_char(it) for it in run) or bilingual.is_verb(word):
            continue
        heads = bilingual.english_for(word)[:GLOSSES_TRIED]
        for before in bilingual.english_for(anchor.text.replace(" ", ""))[:GLOSSES_TRIED]:
            for head in heads:
                links = index.phrases.get(phrase_key(f"{before} {head}"), [])
                cols = {lk.column for lk in links if lk.kind == "column" and lk.score >= WHOLE_NAME}
                if len(cols) == 1 and cols <= partial:
                    lk = next(lk for lk in links if lk.column in cols)
                    link = Link("column", lk.table, lk.column, score=HEAD_SCORE + 0.05)
                    return Item(run[0].start, run[-1].end, "match", " ".join(word), links=[link], fuzzy=True)
    return None


def _unread_char(item: Item) -> bool:
    return item.kind == "word" and not item.links and bool(CJK_RE.fullmatch(item.text))


def _partial_before(items: list[Item], k: int) -> Item | None:
    """The nearest word before k that names a column only in part, over 的 and one aggregate word."""
    j = k - 1
    skipped = 0
    while j >= 0 and skipped <= 2 and (items[j].text == "的" or (items[j].tags and not items[j].links)):
        if items[j].tags and not any(t.startswith("agg:") for t in items[j].tags):
            return None
        j -= 1
        skipped += 1
    if j < 0 or items[j].tags or not CJK_RE.match(items[j].text):
        return None
    cols = [lk for lk in items[j].links if lk.kind == "column"]
    return items[j] if cols and all(lk.score < 0.85 for lk in cols) else None


KIND_CLASSIFIERS = ("种", "类")  # "kind of": 哪几种企鹅 / 多少类商品


def kind_nouns(items: list[Item], index: SchemaIndex) -> list[Item]:
    """哪(几)种 X / 几类 X, X the table's own noun: the kinds asked are the values of the column a gloss of
    the classifier names outright (种 "species / kind / type" -> `species`), not the rows: Dream岛上有哪几种
    企鹅 lists the species. The noun then names that column; with no such column it stays the table's."""
    out = list(items)
    for k in range(1, len(out)):
        before, noun = out[k - 1], out[k]
        said = before.text.replace(" ", "")
        if not (said.endswith(KIND_CLASSIFIERS) and (before.tags or before.kind == "word")):
            continue
        if before.kind == "word" and not (k >= 2 and out[k - 2].has("which", "count")):
            continue  # 哪 + 种: the classifier read alone after the question word
        tables = {lk.table for lk in noun.links if lk.kind == "table" and lk.score >= 0.85}
        if len(tables) != 1 or any(lk.kind != "table" for lk in noun.links):
            continue
        table = next(iter(tables))
        for gloss in bilingual.english_for(said[-1])[:GLOSSES_TRIED]:
            cols = {lk.column for lk in named(index, phrase_key(gloss), ("column",)) if lk.table == table}
            if len(cols) == 1:
                link = Link("column", table, next(iter(cols)), score=GLOSS_SCORE)
                out[k] = Item(noun.start, noun.end, "match", noun.text, links=[link], fuzzy=True)
                break
    return out


def numbered_heads(items: list[Item], index: SchemaIndex) -> list[Item]:
    """A number before the last character of a numeric column's two-character Chinese name is that
    column's value (8缸 / 四缸: 缸 of 气缸 "cylinder" -> Cylinders = 8 / 4), as "8 cylinders" is in English:
    the character links the column, a Chinese numeral before it becomes the number. Only where one
    column's name ends in the character and the number lies within its values."""
    out = list(items)
    for k in range(1, len(out)):
        before, it = out[k - 1], out[k]
        if not _unread_char(it):
            continue
        if before.kind == "num" and isinstance(before.value, int | float):
            value = before.value
        elif _unread_char(before) and before.text in ZH_DIGITS:
            value = ZH_DIGITS[before.text]
        else:
            continue
        link = _headed_column(it.text, value, index)
        if link is None:
            continue
        if before.kind != "num":
            out[k - 1] = Item(before.start, before.end, "num", str(value), value=value)
        out[k] = Item(it.start, it.end, "match", it.text, links=[link])  # a reading, not a look-alike
    return out


def _headed_column(char: str, value: float, index: SchemaIndex) -> Link | None:
    found: dict[tuple[str, str], Link] = {}
    for links in _two_character_keys(index).get(char, ()):
        for lk in links:
            if lk.kind != "column" or lk.column is None or lk.score < GLOSS_SCORE:
                continue
            info = index.tables[lk.table].columns.get(lk.column) if lk.table in index.tables else None
            lo, hi = (info.minimum, info.maximum) if info is not None else (None, None)
            if info is None or not info.numeric or info.role == "id" or not isinstance(lo, int | float):
                continue
            if isinstance(hi, int | float) and lo <= value <= hi:
                found[(lk.table, lk.column)] = Link("column", lk.table, lk.column, score=HEAD_SCORE + 0.05)
    return next(iter(found.values())) if len(found) == 1 else None


_HEADS: dict[str, tuple[SchemaIndex, dict[str, list[list[Link]]]]] = {}


def _two_character_keys(index: SchemaIndex) -> dict[str, list[list[Link]]]:
    """The links of the index's two-character Chinese keys ("气 缸") by their last character, gathered once
    per index (kept with the index itself, so a rebuilt index is never read through an old one)."""
    kept = _HEADS.get(index.fingerprint)
    if kept is None or kept[0] is not index:
        heads: dict[str, list[list[Link]]] = {}
        for key, links in index.phrases.items():
            if len(key) == 3 and CJK_RE.fullmatch(key[0]):
                heads.setdefault(key[-1], []).append(links)
        if len(_HEADS) >= 64:
            _HEADS.clear()
        kept = _HEADS[index.fingerprint] = (index, heads)
    return kept[1]
