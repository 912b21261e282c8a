"""Text normalisation and segmentation: one `units` sequence that Chinese and English questions share.

A unit is one CJK character, one ASCII word or number, or one punctuation mark. Phrases (column
names, lexicon words, values) are matched as unit sequences, so Chinese needs no word boundaries and
English words are compared by lemma (a cheap one here; `bilingual.base` gives dictionary lemmas
where the exact keys find nothing). No word segmenter is needed: the greedy longest match over
characters finds every known phrase, and a segmenter's guesses about unknown words would only
disagree with the schema's own terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shared.semantic.vocabulary.accents import ACCENTS
from shared.semantic.vocabulary.spelling import american

UNIT_RE = re.compile(r"\d+(?:\.\d+)?%?|[a-z_][a-z0-9_]*(?:['\-][a-z0-9_]+)*|[\u4e00-\u9fff]|[^\s]")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
NON_PREFIX_RE = re.compile(r"\bnon-(?=[a-z])")
CONTRACTION_RE = re.compile(r"\b(what|who|where|that|it|there|here|how)'s\b")
POSSESSIVE_RE = re.compile(r"(?<=[a-z])'s(?![a-z0-9])|(?<=s)'(?=\s|$)")  # Arby's一共: CJK ends it too
LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
FULLWIDTH = {
    ord(c): ord(c) - 0xFEE0
    for c in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"  # noqa: E501
}
PUNCT_MAP = str.maketrans(
    {
        "，": ",",
        "。": ".",
        "？": "?",
        "！": "!",
        "：": ":",
        "；": ";",
        "（": "(",
        "）": ")",
        "、": ",",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "《": '"',
        "》": '"',
        "「": '"',
        "」": '"',
        "　": " ",
        "`": "'",
        "＞": ">",
        "＜": "<",
        "＝": "=",
    }
)
ZH_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
ZH_NUM_RE = re.compile(
    r"(?<![第星周礼])([一二两三四五六七八九十]{1,3})(?=个|名|位|家|大|种|笔|款|条|项|天|周|年|月|季度|所|只|条|本|门|次|岁|人|的|强|支|艘|辆|台|件|张|座|架|篇|届|首|份)"
)
# 40,000 / 1,250,000: digits grouped in thousands by an ASCII comma (no space after it) are one number
THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
# over 1970-1986 / 1970–1986年: two years joined by a dash are the span from the first to the second
YEAR_SPAN_RE = re.compile(
    r"(?:\b(?:over|during|in|for|from|between|across|throughout)\s+)?(?<![\d.-])(1[5-9]\d\d|20\d\d)\s*[-–—~]\s*"
    r"(1[5-9]\d\d|20\d\d)(?![\d-])"
)
# 只要前三 / 排名后五: a numeral right after 前 / 后 that closes the clause is a count of places, with no
# classifier after it (前三 = 前3名)
RANK_NUM_RE = re.compile(r"(?<=[前后])([一二两三四五六七八九十]{1,3})(?=$|[^\u4e00-\u9fff]|呢|吧|就|即可)")
# A number with its magnitude written as a word: 1亿, 一亿, 3.5万, 2千万, 100 million.
MAGNITUDES = {"千万": 10**7, "百万": 10**6, "万": 10**4, "亿": 10**8, "million": 10**6, "billion": 10**9}
TOOK_PLACE_RE = re.compile(r"\b(?:took|take|takes|taken|taking) place\b")
MAGNITUDE_RE = re.compile(
    r"(?<![第\d.])(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*(千万|百万|万|亿|million\b|billion\b)"
)
# 哪一年 / 哪一季 = 哪年 / 哪季: "which" before a noun, not the number one (a year 1, season 1); 一天 / 一次
# / 一个 stay whole (a day, once, one)
WHICH_ONE_RE = re.compile(r"哪一(?=[\u4e00-\u9fff])(?![天次日个下些样起共点半直般定切])")
# 每一季 / 每一届 = 每季 / 每届: "each", not the number one (season 1)
EACH_ONE_RE = re.compile(r"每一(?=[\u4e00-\u9fff])(?![天次日个下些样起共点半直般定切])")
SIGN_RE = re.compile(r"(?:为|是)(负|正)(?:数|值)?(?=的|$|[^\u4e00-\u9fff])")  # 为负的 / 是正数
AMPERSAND_RE = re.compile(r"(?<=[a-z0-9])\s*&\s*(?=[a-z0-9])")  # R&D, Research & Development: "and"
INITIALS_RE = re.compile(r"(?<![a-z0-9])([a-z])/([a-z])(?![a-z0-9])")
EN_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "fifteen": 15,
    "twelve": 12,
    "hundred": 100,
}
EN_NUM_RE = re.compile(r"\b(" + "|".join(EN_NUMBERS) + r")\b")
COMPARED_ONE_RE = re.compile(r"\b(more than|at least|over|fewer than|less than) one\b")
IRREGULAR = {
    "people": "people",
    "children": "child",
    "men": "man",
    "women": "woman",
    "data": "data",
    "series": "series",
    "species": "species",
    "status": "status",
    "bus": "bus",
    "address": "address",
    "analysis": "analysis",
    "business": "business",
    "class": "class",
    "gas": "gas",
    "news": "news",
    "sales": "sale",
    "does": "do",
    "has": "have",
    "was": "be",
    "is": "be",
    "are": "be",
    "were": "be",
    "its": "its",
    "this": "this",
    "us": "us",
    "less": "less",
    "yes": "yes",
    "bonus": "bonus",
    "campus": "campus",
    "status'": "status",
    "focus": "focus",
    "plus": "plus",
    "gps": "gps",
    "ids": "id",
}


def zh_number(text: str) -> int:
    """Small Chinese numerals (一..九十九) as an int."""
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (ZH_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for ch in text:
        value = value * 10 + ZH_DIGITS.get(ch, 0)
    return value


def _magnitude(m: re.Match[str]) -> str:
    """1亿 -> 100000000, 3.5万 -> 35000, 一亿 -> 100000000 (the digits a comparison can use)."""
    number, unit = m.group(1), m.group(2)
    base = float(number) if number[0].isdigit() else float(zh_number(number))
    value = base * MAGNITUDES[unit]
    return str(int(value)) if value == int(value) else str(value)


# 第一和第二行 / 第一和第二季度: ordinals joined by and share the noun after the last one
ORDINAL_PAIR_RE = re.compile(
    r"第\s*([一二三四五六七八九十\d]{1,3})\s*(和|与|及|、|,|或)\s*第\s*([一二三四五六七八九十\d]{1,3})\s*"
    r"(季度|部分|阶段|行|列|名|位|个|次|条|层|级|页|章|项)"
)

# 80年代 / 1980年代 / the 1980s / the 80s: a decade is the range of its ten years
ZH_DECADE_RE = re.compile(r"(?<!\d)(\d{2}|\d{3}0)\s*年代")
EN_DECADE_RE = re.compile(r"\b(?:the\s+)?(\d{3}0)s\b|\bthe\s+'?(\d0)s\b")  # not "in their 30s"
# (en) over 2010-2019: a span of years written with a dash (not a month, 2019-09, nor a date); a Chinese
# 1980-1984年 is left as it was read (1984年 alone, asked back): 非农就业总数 there counts rows
EN_YEAR_SPAN_RE = re.compile(r"(?<![\d-])((?:19|20)\d{2})\s*[-~]\s*((?:19|20)\d{2})(?![\d-]|\s*年)")


def _decade(m: re.Match[str], between: str, year: str) -> str:
    start = int(next(g for g in m.groups() if g))
    if start < 100:  # 80年代: the last century's, 10年代 / the 20s: this one's
        start += 2000 if start <= 20 else 1900
    return f"{start}{year}{between}{start + 9}{year}"


# highest-calorie / lowest-cost: an extreme word hyphened to the noun it ranks by (an adjective compound)
EXTREME_COMPOUND_RE = re.compile(r"\b(highest|lowest|largest|smallest|biggest|fewest|cheapest)-([a-z]+)\b")


def _extreme_compound(m: re.Match[str]) -> str:
    """Split where a noun follows (lowest-calorie); a participle (highest-paid) says how, not by what."""
    word = m.group(2)
    participle = word.endswith("ed") or word in ("paid", "known", "grown", "built", "made", "sold")
    return m.group(0) if participle else f"{m.group(1)} {word}"


PERIOD_LENGTH_RE = re.compile(r"\b(\d+)-(day|week|month|year)s?\b")


def normalise(question: str) -> str:
    """Lower case, half-width, ASCII punctuation, small numerals as digits: one form for every matcher."""
    text = THOUSANDS_RE.sub(_grouped_number, question)  # 40,000 = 40000
    text = text.translate(FULLWIDTH).translate(PUNCT_MAP).lower().translate(ACCENTS)
    text = NON_PREFIX_RE.sub("non ", text)  # non-members -> non members: the flag, negated
    text = PERIOD_LENGTH_RE.sub(r"\1 \2", text)  # 7-day audience -> 7 day audience: a period's length
    text = EXTREME_COMPOUND_RE.sub(_extreme_compound, text)  # the lowest-calorie item: lowest + the calories
    text = CONTRACTION_RE.sub(r"\1 is", text)
    text = TOOK_PLACE_RE.sub("happened", text)  # the stops that took place in X: they happened there
    text = POSSESSIVE_RE.sub("", text)  # Brazil's population / the students' names: the noun itself
    text = INITIALS_RE.sub(r"\1\2", text)  # p/e ratio -> pe ratio: initials, one word
    text = AMPERSAND_RE.sub(" and ", text)  # R&D -> r and d (a value's initials, keynames.value_aliases)
    text = SIGN_RE.sub(lambda m: "小于0" if m.group(1) == "负" else "大于0", text)  # 为负 -> 小于0
    text = ORDINAL_PAIR_RE.sub(r"第\1\4\2第\3\4", text)
    text = YEAR_SPAN_RE.sub(_year_span, text)
    text = ZH_DECADE_RE.sub(lambda m: _decade(m, "到", "年"), text)
    text = EN_DECADE_RE.sub(lambda m: _decade(m, " to ", ""), text)
    text = EN_YEAR_SPAN_RE.sub(r"from \1 to \2", text)
    text = MAGNITUDE_RE.sub(_magnitude, text)
    text = WHICH_ONE_RE.sub("哪", text)
    text = EACH_ONE_RE.sub("每", text)
    text = ZH_NUM_RE.sub(lambda m: str(zh_number(m.group(1))), text)
    text = RANK_NUM_RE.sub(lambda m: str(zh_number(m.group(1))), text)
    text = EN_NUM_RE.sub(lambda m: str(EN_NUMBERS[m.group(1)]), text)
    text = COMPARED_ONE_RE.sub(r"\1 1", text)  # "more than one employee": a count, not "one of"
    return text


def _grouped_number(m: re.Match[str]) -> str:
    """40,000 = 40000; 2,000 is an amount, never the year 2000: written 2000.0 so no year pattern takes it."""
    digits = m.group(0).replace(",", "")
    return f"{digits}.0" if len(digits) == 4 and digits[0] in "12" else digits


def _year_span(m: re.Match[str]) -> str:
    first, last = m.group(1), m.group(2)
    if int(last) <= int(first):
        return m.group(0)
    after = m.string[m.end() : m.end() + 1]
    before = m.string[m.start() - 1 : m.start()] if m.start() else ""
    if after == "年" or CJK_RE.match(before or " "):
        return f"{first}到{last}"
    return f"from {first} to {last}"


@lru_cache(maxsize=16)  # one answer asks it of its question several times (the parser, each re-read)
def detect_lang(question: str) -> str:
    """zh when Chinese characters outweigh Latin words ("How many in the 销售部 department?" is en)."""
    cjk = len(CJK_RE.findall(question))
    latin = len(LATIN_WORD_RE.findall(question))
    return "zh" if cjk and cjk >= latin * 1.5 else "en"


@lru_cache(maxsize=4096)
def _ies_lemma(word: str) -> str:
    """-ies is -y (cities, categories) unless the dictionary's noun is -ie (movies, rookies, cookies):
    lemminflect's first noun lemma decides; a word it does not hold (calories, smoothies: it guesses
    -y) is -ie where the bilingual dictionary holds the -ie noun and not the -y one. Cached, as every
    question's words pass here."""
    from lemminflect import getAllLemmas, getLemma  # lazy: heavy (lemminflect)

    first = next(iter(getLemma(word, upos="NOUN")), "")
    if first == word[:-1]:
        return first
    if not getAllLemmas(word):
        from shared.semantic.vocabulary import bilingual  # lazy: heavy (CC-CEDICT)

        ie, y = word[:-1], word[:-3] + "y"
        if bilingual.chinese_for(ie) and not bilingual.chinese_for(y):
            return ie
    return word[:-3] + "y"


def lemma(word: str) -> str:
    """A cheap English lemma: plural nouns to singular, in American spelling (licences -> license)."""
    return american(_singular(american(word)))


def _singular(word: str) -> str:
    """Plural nouns to singular, good enough for matching column words."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return _ies_lemma(word)
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass
class Unit:
    text: str  # normalised surface
    key: str  # lemma for English words, the character for CJK
    start: int
    end: int

    def __post_init__(self) -> None:
        # Told once: a unit is never changed once cut, and the matchers ask these of each unit many times.
        self.is_cjk = bool(CJK_RE.fullmatch(self.text))
        self.is_number = self.text[:1].isdigit()
        self.is_word = self.text[:1].isalpha() or self.text[:1] == "_"
        # a character, word or number: a unit a phrase may hold (not punctuation)
        self.is_content = self.is_cjk or self.is_word or self.is_number


def units_of(text: str) -> list[Unit]:
    """Splits normalised text into units with character offsets."""
    out = []
    for m in UNIT_RE.finditer(text):
        surface = m.group(0)
        key = lemma(surface) if surface[:1].isalpha() and surface.isascii() else surface
        out.append(Unit(surface, key, m.start(), m.end()))
    return out


@lru_cache(maxsize=16384)
def compiled(text: str, flags: int = 0) -> re.Pattern[str]:
    """Patterns built from schema words, compiled once: more of them than re's own cache keeps."""
    return re.compile(text, flags)


@lru_cache(maxsize=16384)  # the same names and glosses are keyed for every question
def phrase_key(text: str) -> str:
    """The lookup key of a phrase: unit keys joined by spaces ("销售额" -> "销 售 额", "Sales" -> "sale")."""
    return " ".join(u.key for u in units_of(normalise(text)) if u.is_cjk or u.is_word or u.is_number)


def split_identifier(name: str) -> list[str]:
    """Column/table name words: snake_case, camelCase, spaces ("LifeExpectancy" -> life, expectancy)."""
    return list(_identifier_words(name))  # the caller's own list


@lru_cache(maxsize=65536)
def _identifier_words(name: str) -> tuple[str, ...]:
    """Split once per name: a schema's names are split again for every question."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    return tuple(w for w in re.split(r"[\s_\-./]+", spaced.lower()) if w)
