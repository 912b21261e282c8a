"""CC-CEDICT's proper names: the English names its senses give places, companies and people.

A Chinese question names an English-stored value by its Chinese name (佛罗里达 'Florida', 麦当娜 'Madonna',
韩国 'Republic of Korea', 希拉里 'Clinton'). CC-CEDICT holds many such names, written as a capitalised
sense, often with a note: "Madonna (1958-), US pop singer", "South Korea (Republic of Korea)", "Boston,
capital of Massachusetts", "Clinton (name)". The general gloss reader (bilingual.py) keeps short lower-case
glosses only; here each capitalised sense is read as the name(s) it gives: the words before the note, the
name in brackets after it, each side of "X or Y". A name is title case ("Northern Territory", "Bay of
Bengal"): a sense in lower case ("to steal", "tiger") is no name, so no common word is ever read as one.

Names are compared by `name_key`: lower case, accents and apostrophes dropped, punctuation and spaces
removed ("McDonald's" = "Mcdonalds", "Viet Nam" = "Vietnam", "South-Eastern" = "south eastern").

It reads bilingual's loaded entries (`raw_glosses`), not the file again. Its index is not bilingual's
English -> Chinese one (`chinese_for`): that keeps a word's first glosses of up to three lower-case words,
ranked, and drops busy single characters; a name here may run to eight words, come from any sense, be
said again in brackets, and carry whether it names a person and which sense gave it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from shared.semantic.vocabulary import bilingual

MAX_NAME_WORDS = 8  # "United Kingdom of Great Britain and Northern Ireland"
# small words a title-case name may hold in lower case
NAME_LINKS = frozenset(
    [
        "of",
        "and",
        "the",
        "de",
        "la",
        "le",
        "du",
        "des",
        "von",
        "van",
        "der",
        "da",
        "del",
        "y",
        "al",
        "on",
        "upon",
        "in",
        "for",
        "at",
        "am",
        "bin",
        "el",
    ]
)
# capitalised senses that describe the word rather than name something
NOT_NAMES = ("CL:", "Taiwan pr", "Japanese ", "Korean ", "Cantonese ", "Old variant", "Variant of", "See ")
CJK_NOTE_RE = re.compile(r"[\u3400-\u9fff|·]+(?:\[[^\]]*\])?")
PAREN_RE = re.compile(r"\(([^()]*)\)")
DATES_RE = re.compile(r"^(?:c\. ?)?\d{3,4} ?[-–] ?(?:\d{3,4})?$")  # "(1947-)": a person's years
LIST_RE = re.compile(r"^,(?: [A-Z][\w'.-]*)+(?:,(?: [A-Z][\w'.-]*)+)*,? and [A-Z]")  # ", Japan and Korea"
CAPITAL_RE = re.compile(r"(?:^|/)[A-Z]")
# "south-eastern" is "southeast", "western" "west"; not "southern" (Southern Africa is no South Africa)
COMPASS_RE = re.compile(r"\b((?:north|south)?-?(?:east|west))ern\b")
WORD_RE = re.compile(r"^[A-Z0-9][\w'.&-]*$|^[a-z]+$")


@dataclass(frozen=True)
class Name:
    chinese: str  # the Chinese word (simplified)
    english: str  # the name as CC-CEDICT writes it ("Hillary Rodham Clinton")
    person: bool  # a person's name: "(1947-)" dates, or "(name)" (a given name or surname)
    position: int  # which sense of the word gave it (0 = the first)
    other_first: bool  # the word's first sense names something else (唐山: "Tangshan" before "China")


def _plain(text: str) -> str:
    """Lower case, accents, apostrophes dropped, "&" said, an east/west compass adjective as its noun
    (South-Eastern Asia is Southeast Asia, Western Africa West Africa)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    plain = plain.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return COMPASS_RE.sub(r"\1", plain)


def name_key(text: str) -> str:
    """The comparison key of a name: "McDonald's" -> mcdonalds, "Viet Nam" -> vietnam (accents dropped)."""
    return re.sub(r"[^a-z0-9]+", "", _plain(text))


def words_of(text: str) -> list[str]:
    """A name's words, lower case, apostrophes dropped: "Destiny's Child" -> destinys, child."""
    return re.findall(r"[a-z0-9]+", _plain(text))


def _title_case(name: str) -> bool:
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or not words[0][:1].isupper():
        return False
    return all(WORD_RE.match(w) and (w[:1].isupper() or w[:1].isdigit() or w in NAME_LINKS) for w in words)


def names_in_sense(sense: str) -> tuple[list[str], bool]:
    """The names a capitalised sense gives, and whether it names a person.

    "Madonna (1958-), US pop singer" -> [Madonna] (a person); "South Korea (Republic of Korea)" ->
    [South Korea, Republic of Korea]; "MacDonald or McDonald (name)" -> [MacDonald, McDonald] (a person);
    "to steal" -> []."""
    sense = sense.strip()
    if not sense[:1].isupper() or sense.startswith(NOT_NAMES):
        return [], False
    sense = CJK_NOTE_RE.sub(" ", sense)
    raw_head = re.split(r"[(,;:]", sense, maxsplit=1)[0]
    head = " ".join(raw_head.split())
    if LIST_RE.match(sense[len(raw_head) :]):
        return [], False  # "China, Japan and Korea": a list of names, not one name with a note
    person = False
    found = [part.strip() for part in head.split(" or ")]
    for note in PAREN_RE.findall(sense):
        if note.strip() == "name" or DATES_RE.match(note.strip()):
            person = True
        elif _title_case(note.strip()) and _restates(note.strip(), head):
            found.append(note.strip())
    return [n for n in found if _title_case(n)], person


def _restates(note: str, head: str) -> bool:
    """A name in brackets that restates the head ("South Korea (Republic of Korea)": a shared word;
    "Australian Capital Territory (ACT)": its initials), not the place it lies in ("Miami (Florida)")."""
    content = {w for w in words_of(head) if w not in NAME_LINKS}
    initials = "".join(w[0] for w in words_of(head) if w not in NAME_LINKS)
    return bool(content & set(words_of(note))) or (len(initials) >= 2 and name_key(note) == initials)


@lru_cache(maxsize=1)
def _names() -> dict[str, list[Name]]:
    """name_key -> every CC-CEDICT word with a sense giving that name (built once, on first use)."""
    out: dict[str, list[Name]] = defaultdict(list)
    for chinese, raw in bilingual.raw_glosses().items():
        if len(chinese) < 2 or not CAPITAL_RE.search(raw):
            continue  # a character alone (德 "Germany", 美 "America") says too many things to be a name
        senses = [sense for sense in raw.split("/") if sense and not sense.startswith("CL:")]
        first = {name_key(n) for n in names_in_sense(senses[0])[0]} if senses else set()
        for position, sense in enumerate(senses):
            names, person = names_in_sense(sense)
            for english in names:
                key = name_key(english)
                # 唐山 "Tangshan ..." before "China": another thing; 麦当劳 "McDonald (name)" before
                # "McDonald's", 布什 "Bush (name)" before "George W. Bush": the same name, said again
                other_first = bool(first) and not any(k in key or key in k for k in first)
                out[key].append(Name(chinese, english, person, position, other_first))
    return dict(out)


_LOCK = threading.Lock()


def names_called(key: str) -> list[Name]:
    """The CC-CEDICT words one of whose senses gives this name (a `name_key`)."""
    with _LOCK:
        table = _names()
    return table.get(key, [])


@lru_cache(maxsize=1)
def _surnames() -> dict[str, list[Name]]:
    """A person's last name -> the people CC-CEDICT names in full ("Hillary Rodham Clinton": clinton)."""
    out: dict[str, list[Name]] = defaultdict(list)
    with _LOCK:
        table = _names()
    for names in table.values():
        for n in names:
            words = words_of(n.english)
            if not n.person or len(words) < 2:
                continue
            if any(not other.person for other in table.get(words[-1], ())):
                continue  # "Nazi Germany (1933-1945)" is dated, yet Germany is a place, no last name
            out[words[-1]].append(n)
    return dict(out)


def people_called(surname: str) -> list[Name]:
    """The people CC-CEDICT names in full whose last name this is (a `name_key` of one word)."""
    return _surnames().get(surname, [])
