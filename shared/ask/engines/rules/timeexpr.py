"""Time expressions in Chinese and English: absolute (2024年3月, Q3 2023, April 1, 2023), relative
(去年, 上个月, last 30 days) and buckets (每月, quarterly).

`find(text)` returns char spans with an unresolved `TimeSpec`; `resolve(spec, anchor)` turns it into
a half-open date range [start, end) relative to the anchor date (the request's today, or the data's
latest date when the data ends long before today).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from shared.semantic.vocabulary import bilingual

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"  # noqa: E501
# a quarter named by its last month (the June quarter = April to June)
QUARTER_ENDS = {
    "march": 1,
    "mar": 1,
    "june": 2,
    "jun": 2,
    "september": 3,
    "sept": 3,
    "sep": 3,
    "december": 4,
    "dec": 4,
}
QUARTER_END_RE = r"(?:march|june|september|december|mar|jun|sept|sep|dec)"
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
}
QUARTERS = {**ORDINALS, **QUARTER_ENDS}

GRAINS = [
    (
        "month",
        r"每个?月份?|按月份?|各月份?|月度|逐月|分月|monthly|by month|per month|each month|every month|month by month",  # noqa: E501
    ),
    (
        "quarter",
        r"每个?季度|按季度?|各个?季度|季度别|逐季|分季度|quarterly|by quarter|per quarter|each quarter|every quarter",  # noqa: E501
    ),
    (
        "year",
        r"每一?年度?|按年度?|各年度?|逐年|分年|历年|yearly|annually|annual|by year|per year|each year|every year|year by year|year over year",  # noqa: E501
    ),  # noqa: E501
    ("week", r"每周|按周|各周|每个?星期|逐周|weekly|by week|per week|each week|every week"),
    # "by day of the week" groups by the weekday, not by each day
    ("day", r"每天|每日|按天|按日|逐日|各天|daily|(?:by|per|each|every) day(?! of (?:the )?week)"),
]

ZH_AFTER = (
    r"(?P<op>\s*(?:及以后|及之后|以后|之后|及以来|以来|起|开始|后|及以前|及之前|以前|之前|前|为止|截止))?"
)
EN_BEFORE = r"(?P<pre>(?:on or after|on or before|no later than|prior to|earlier than|later than|before|after|since|until|through|from|starting|by|up to)\s+)?"  # noqa: E501


@dataclass
class TimeSpec:
    """What a time phrase says, before it is anchored to a date."""

    kind: str  # "day" | "month" | "quarter" | "half" | "year" | "rel" | "grain"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    rel: str | None = None  # this_year, last_year, this_month, last_month, last_n_days ...
    n: int = 0
    grain: str | None = None
    op: str | None = None  # None (within), "ge", "gt", "lt", "le"
    edge: str | None = (
        None  # "end" / "start": the last / first period of the year the data holds (年底, end of)
    )

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, 0)}


EDGE_STARTS = frozenset(("初", "start", "beginning"))


def _op_zh(word: str | None) -> str | None:
    if not word:
        return None
    word = word.strip()
    if word in ("及以前", "及之前", "为止", "截止"):
        return "le"
    if word in ("以前", "之前", "前"):
        return "lt"
    if word in ("后", "之后", "以后"):  # 1950年后 / 以后 / after 1950: later than 1950 (及以后 includes it)
        return "gt"
    return "ge"


def _op_en(word: str | None) -> str | None:
    if not word:
        return None
    word = word.strip()
    return {
        "before": "lt",
        "prior to": "lt",
        "earlier than": "lt",
        "after": "gt",
        "later than": "gt",
        "since": "ge",
        "from": "ge",
        "starting": "ge",
        "on or after": "ge",
        "until": "le",
        "through": "le",
        "on or before": "le",
        "no later than": "le",
        "by": "le",
        "up to": "le",
    }.get(word)


PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]" + ZH_AFTER), "zh_day"),
    (re.compile(EN_BEFORE + r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + ZH_AFTER), "iso_day"),
    (re.compile(EN_BEFORE + MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"), "en_mdy"),
    (
        re.compile(
            EN_BEFORE + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r",?\s+(?P<y>\d{4})"
        ),
        "en_dmy",
    ),
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月份?" + ZH_AFTER), "zh_month"),
    (
        re.compile(r"(?P<y>\d{4})\s*年?\s*(?:的)?\s*第?\s*(?P<q>[1-4一二三四])\s*季度" + ZH_AFTER),
        "zh_quarter",
    ),
    (re.compile(r"(?P<y>\d{4})\s*年?\s*(?:的)?\s*q(?P<q>[1-4])"), "quarter_yq"),
    (re.compile(r"q(?P<q>[1-4])\s*(?:of\s+)?(?P<y>\d{4})"), "quarter_qy"),
    (
        re.compile(
            r"(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?P<y>\d{4})"
        ),
        "quarter_qy",
    ),
    (  # the June quarter of 2016: a quarter named by the month it ends with (official statistics' usage)
        re.compile(
            r"(?<![a-z])(?:the\s+)?(?P<q>" + QUARTER_END_RE + r")\s+quarters?\s+(?:of\s+|in\s+)?(?P<y>\d{4})"
        ),
        "quarter_qy",
    ),
    (re.compile(r"(?P<y>\d{4})\s*年\s*的?\s*(?P<h>上半年|下半年)"), "zh_half"),
    (re.compile(r"(?:the\s+)?(?P<h>first|second)\s+half\s+(?:of\s+)?(?P<y>\d{4})"), "en_half"),
    (re.compile(EN_BEFORE + MONTH_RE + r",?\s+(?:of\s+)?(?P<y>\d{4})"), "en_month"),
    (re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*年\s*(?P<edge>底|末|终|初)"), "zh_year_edge"),
    (
        re.compile(
            r"(?:(?:at|by|in|as\s+of)\s+)?(?:the\s+)?(?P<edge>end|close|start|beginning)\s+of\s+(?:the\s+year\s+)?"
            r"(?P<y>(?:19|20)\d{2})(?!\d)"
        ),
        "en_year_edge",
    ),
    (re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?:年度|年)" + ZH_AFTER), "zh_year"),
    (  # 1950后 / 2013之前: a bare year is a year when a Chinese before/after word follows it
        re.compile(
            r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<op>及以后|及之后|以后|之后|后|及以前|及之前|以前|之前|前|以来)"
        ),
        "zh_year",
    ),
    (
        re.compile(
            r"(?P<rel>今年|本年度?|去年|上一年|前年|本月|这个月|当月|上个月|上月|本季度|这个季度|上个?季度|本周|这周|上周|今天|今日|昨天|上半年|下半年)"
            + ZH_AFTER
        ),
        "zh_rel",
    ),
    (re.compile(r"(?:最近|近|过去|前)\s*(?P<n>\d+)\s*(?P<u>天|日|周|个星期|个月|月|年)"), "zh_last_n"),
    (
        re.compile(
            r"(?:in\s+the\s+|over\s+the\s+|during\s+the\s+)?(?:last|past|previous)\s+(?P<n>\d+)\s+(?P<u>days?|weeks?|months?|years?)"
        ),
        "en_last_n",
    ),
    (
        re.compile(
            r"(?P<rel>this year|last year|this month|last month|this quarter|last quarter|this week|last week|"  # noqa: E501
            r"today|yesterday|year to date|ytd|the previous year|previous year|the previous month|previous month|"  # noqa: E501
            r"(?:the\s+)?first\s+half\s+of\s+the\s+year|(?:the\s+)?second\s+half\s+of\s+the\s+year)"
        ),
        "en_rel",
    ),
    (
        re.compile(
            r"(?:第\s*|(?<![每同这上下本个0-9一二三四五六七八九十]))(?P<q>[1-4一二三四])\s*季度|(?<![a-z0-9])q(?P<q2>[1-4])(?![0-9])"
        ),
        "quarter_only",
    ),
    (re.compile(r"(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter"), "quarter_only"),
    (re.compile(r"(?<![a-z])(?:the\s+)?(?P<q>" + QUARTER_END_RE + r")\s+quarters?(?![a-z])"), "quarter_only"),
    (re.compile(r"(?<!\d)(?<!\d年)(?P<m>1[0-2]|[1-9])\s*月份?(?!\d)"), "month_only"),
    (re.compile(r"(?:in|during)\s+" + MONTH_RE + r"(?![a-z])"), "month_only_en"),
    (  # from June to August 2018: the first month of a span takes the year said once, at its end
        re.compile(
            r"(?:from|between)\s+"
            + MONTH_RE
            + r"(?=\s+(?:to|through|until|and)\s+"
            + MONTH_RE
            + r",?\s+\d{4})"
        ),
        "month_only_en",
    ),
    (
        re.compile(
            EN_BEFORE + r"(?:(?:the\s+)?year\s+)?(?<![\d.])(?P<y>(?:19|20)\d{2})(?!\s*[-/.]\d)(?!\d|\.\d)"
        ),
        "en_year",
    ),
]
GRAIN_RES = [(g, re.compile(f"(?:{p})(?![龄级限薪终底初末份度])")) for g, p in GRAINS]
# The kinds whose every pattern needs a digit: a question with none is not searched for them.
DIGIT_KINDS = frozenset(
    ("zh_day", "iso_day", "en_mdy", "en_dmy", "zh_month", "zh_quarter", "quarter_yq", "quarter_qy")
    + ("zh_half", "en_half", "en_month", "zh_year", "zh_last_n", "en_last_n", "month_only", "en_year")
    + ("zh_year_edge", "en_year_edge")
)
WORD_PATTERNS = [(rx, kind) for rx, kind in PATTERNS if kind not in DIGIT_KINDS]
DIGIT_RE = re.compile(r"\d")


# a unit followed by a character that makes it a time word of its own still names the unit
TIME_WORDS_ZH = frozenset(["天数", "日数", "月份", "年度", "年份", "周数"])


def _unit_starts_a_word(text: str, end: int) -> bool:
    """各天气类型: 天 is the first character of 天气 (weather), not the grain 各天 (each day). A word
    glossed as the unit itself (月分 "month", as 月份) still names it: 每个月分别 is each month."""
    pair = text[end - 1 : end + 1]
    if len(pair) < 2 or pair.isascii() or pair in TIME_WORDS_ZH:
        return False
    glosses = bilingual.english_for(pair)
    return bool(glosses) and not set(glosses) & TIME_UNITS


TIME_UNITS = frozenset(("day", "week", "month", "quarter", "year"))


def find(text: str) -> list[tuple[int, int, TimeSpec]]:
    """All non-overlapping time phrases in normalised text, earliest and longest first."""
    found: list[tuple[int, int, TimeSpec]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for grain, rx in GRAIN_RES:
        for m in rx.finditer(text):
            if free(m.start(), m.end()) and not _unit_starts_a_word(text, m.end()):
                found.append((m.start(), m.end(), TimeSpec("grain", grain=grain)))
                taken.append((m.start(), m.end()))
    for rx, kind in PATTERNS if DIGIT_RE.search(text) else WORD_PATTERNS:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            spec = _spec(kind, m)
            if spec is None:
                continue
            found.append((m.start(), m.end(), spec))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda t: t[0])
    return found


def _spec(kind: str, m: re.Match[str]) -> TimeSpec | None:
    """The time spec a pattern of this kind matched, or None when the date does not exist."""
    if kind in ("zh_rel", "en_rel", "zh_last_n", "en_last_n"):
        return _relative_spec(kind, m)
    if kind in ("quarter_only", "month_only", "month_only_en"):
        return _yearless_spec(kind, m)
    return _dated_spec(kind, m)


def _dated_spec(kind: str, m: re.Match[str]) -> TimeSpec | None:
    """A day, month, quarter, half or year with its year."""
    g = m.groupdict()
    op_word = g.get("pre") or g.get("op")
    if kind in ("zh_day", "iso_day"):
        op = _op_en(g["pre"]) if g.get("pre") else _op_zh(g.get("op"))
        return _day(int(g["y"]), int(g["m"]), int(g["d"]), op)
    if kind in ("en_mdy", "en_dmy"):
        month = MONTHS[m.group(2 if kind == "en_mdy" else 3)]
        return _day(int(g["y"]), month, int(g["d"]), _op_en(op_word))
    if kind == "zh_month":
        month = int(g["m"])
        return (
            TimeSpec("month", year=int(g["y"]), month=month, op=_op_zh(g.get("op")))
            if 1 <= month <= 12
            else None
        )
    if kind == "en_month":
        return TimeSpec("month", year=int(g["y"]), month=MONTHS[m.group(2)], op=_op_en(op_word))
    if kind in ("zh_quarter", "quarter_yq", "quarter_qy"):
        return TimeSpec("quarter", year=int(g["y"]), quarter=QUARTERS[g["q"]], op=_op_zh(g.get("op")))
    if kind in ("zh_half", "en_half"):
        return TimeSpec("half", year=int(g["y"]), half=1 if g["h"] in ("上半年", "first") else 2)
    if kind in ("zh_year_edge", "en_year_edge"):
        return TimeSpec("year", year=int(g["y"]), edge="start" if g["edge"] in EDGE_STARTS else "end")
    if kind == "zh_year":
        return TimeSpec("year", year=int(g["y"]), op=_op_zh(g.get("op")))
    if kind == "en_year":
        return TimeSpec("year", year=int(g["y"]), op=_op_en(op_word))
    return None


def _half_of_the_year(said: str) -> str:
    """ "the second half of the year": 下半年, the half of the year at hand (the data's one year)."""
    return "first_half" if "first" in said else "second_half"


def _relative_spec(kind: str, m: re.Match[str]) -> TimeSpec:
    """去年 / last month / 最近30天 / the last 3 months: counted back from the anchor."""
    g = m.groupdict()
    if kind in ("zh_rel", "en_rel"):
        rel = {
            "今年": "this_year",
            "本年": "this_year",
            "本年度": "this_year",
            "去年": "last_year",
            "上一年": "last_year",
            "前年": "year_before_last",
            "本月": "this_month",
            "这个月": "this_month",
            "当月": "this_month",
            "上个月": "last_month",
            "上月": "last_month",
            "本季度": "this_quarter",
            "这个季度": "this_quarter",
            "上季度": "last_quarter",
            "上个季度": "last_quarter",
            "本周": "this_week",
            "这周": "this_week",
            "上周": "last_week",
            "今天": "today",
            "今日": "today",
            "昨天": "yesterday",
            "上半年": "first_half",
            "下半年": "second_half",
            "this year": "this_year",
            "last year": "last_year",
            "this month": "this_month",
            "last month": "last_month",
            "this quarter": "this_quarter",
            "last quarter": "last_quarter",
            "this week": "this_week",
            "last week": "last_week",
            "today": "today",
            "yesterday": "yesterday",
            "year to date": "ytd",
            "ytd": "ytd",
            "the previous year": "last_year",
            "previous year": "last_year",
            "the previous month": "last_month",
            "previous month": "last_month",
        }.get(g["rel"]) or _half_of_the_year(g["rel"])
        return TimeSpec("rel", rel=rel, op=_op_zh(g.get("op")) if kind == "zh_rel" else None)
    unit = g["u"].rstrip("s")  # zh_last_n / en_last_n
    unit = {
        "天": "day",
        "日": "day",
        "周": "week",
        "个星期": "week",
        "个月": "month",
        "月": "month",
        "年": "year",
    }.get(unit, unit)
    return TimeSpec("rel", rel=f"last_n_{unit}", n=int(g["n"]))


def _yearless_spec(kind: str, m: re.Match[str]) -> TimeSpec | None:
    """第二季度 / 3月 / March: a quarter or month whose year the question gives elsewhere (or not)."""
    g = m.groupdict()
    if kind == "quarter_only":
        q = g.get("q") or g.get("q2") or g.get("q3")
        return TimeSpec("quarter", quarter=QUARTERS[q]) if q else None
    if kind == "month_only":
        return TimeSpec("month", month=int(g["m"]))
    if kind == "month_only_en":
        return TimeSpec("month", month=MONTHS[m.group(1)])
    return None


def _day(y: int, mo: int, d: int, op: str | None) -> TimeSpec | None:
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return TimeSpec("day", year=y, month=mo, day=d, op=op)


def _month_start(y: int, m: int) -> date:
    while m < 1:
        m += 12
        y -= 1
    while m > 12:
        m -= 12
        y += 1
    return date(y, m, 1)


def resolve(spec: TimeSpec, anchor: date) -> tuple[date, date] | None:
    """[start, end) of the period the spec names, relative to the anchor; None for a bucket."""
    y = spec.year or anchor.year
    if spec.kind == "day" and spec.month and spec.day:
        d = date(y, spec.month, spec.day)
        return d, d + timedelta(days=1)
    if spec.kind == "month" and spec.month:
        return _month_start(y, spec.month), _month_start(y, spec.month + 1)
    if spec.kind == "quarter" and spec.quarter:
        first = 3 * (spec.quarter - 1) + 1
        return _month_start(y, first), _month_start(y, first + 3)
    if spec.kind == "half" and spec.half:
        first = 1 if spec.half == 1 else 7
        return _month_start(y, first), _month_start(y, first + 6)
    if spec.kind == "year":
        return date(y, 1, 1), date(y + 1, 1, 1)
    if spec.kind == "rel":
        return _relative(spec, anchor)
    return None


def _relative(spec: TimeSpec, a: date) -> tuple[date, date] | None:
    rel = spec.rel or ""
    tomorrow = a + timedelta(days=1)
    if rel == "this_year":
        return date(a.year, 1, 1), date(a.year + 1, 1, 1)
    if rel == "last_year":
        return date(a.year - 1, 1, 1), date(a.year, 1, 1)
    if rel == "year_before_last":
        return date(a.year - 2, 1, 1), date(a.year - 1, 1, 1)
    if rel == "this_month":
        return _month_start(a.year, a.month), _month_start(a.year, a.month + 1)
    if rel == "last_month":
        return _month_start(a.year, a.month - 1), _month_start(a.year, a.month)
    q_first = 3 * ((a.month - 1) // 3) + 1
    if rel == "this_quarter":
        return _month_start(a.year, q_first), _month_start(a.year, q_first + 3)
    if rel == "last_quarter":
        return _month_start(a.year, q_first - 3), _month_start(a.year, q_first)
    if rel == "this_week":
        start = a - timedelta(days=a.weekday())
        return start, start + timedelta(days=7)
    if rel == "last_week":
        start = a - timedelta(days=a.weekday() + 7)
        return start, start + timedelta(days=7)
    if rel == "today":
        return a, tomorrow
    if rel == "yesterday":
        return a - timedelta(days=1), a
    if rel == "ytd":
        return date(a.year, 1, 1), tomorrow
    if rel == "first_half":
        return date(a.year, 1, 1), date(a.year, 7, 1)
    if rel == "second_half":
        return date(a.year, 7, 1), date(a.year + 1, 1, 1)
    if rel == "last_n_day":
        return tomorrow - timedelta(days=spec.n), tomorrow
    if rel == "last_n_week":
        return tomorrow - timedelta(days=7 * spec.n), tomorrow
    if rel == "last_n_month":
        return _month_start(a.year, a.month - spec.n + 1), tomorrow
    if rel == "last_n_year":
        return date(a.year - spec.n + 1, 1, 1), tomorrow
    return None


def describe(spec: TimeSpec, rng: tuple[date, date] | None, lang: str) -> str:
    """A short label of the period for the interpretation ("2024 年 3 月", "Q3 2023")."""
    if rng is None:
        return spec.grain or ""
    start, end = rng
    last = end - timedelta(days=1)
    if spec.edge:
        where = {"end": ("年底", "end of"), "start": ("年初", "start of")}[spec.edge]
        held = describe(TimeSpec("period"), rng, lang)
        return f"{spec.year} {where[0]}（{held}）" if lang == "zh" else f"{where[1]} {spec.year} ({held})"
    if spec.kind == "year" or (start.month == 1 and start.day == 1 and end == date(start.year + 1, 1, 1)):
        text = f"{start.year} 年" if lang == "zh" else f"{start.year}"
    elif spec.kind == "quarter":
        text = f"{start.year} 年第 {spec.quarter} 季度" if lang == "zh" else f"Q{spec.quarter} {start.year}"
    elif start.day == 1 and end == _month_start(start.year, start.month + 1):
        text = f"{start.year} 年 {start.month} 月" if lang == "zh" else f"{start:%B %Y}"
    elif end - start == timedelta(days=1):
        text = start.isoformat()
    else:
        text = f"{start.isoformat()} ~ {last.isoformat()}"
    return text
