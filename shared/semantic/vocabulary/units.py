"""Units of measurement a column's name ends in, and what they measure.

A numeric column named with a unit (body_mass_g, Weight_in_lbs, bill_length_mm, and a Chinese header's
unit after an underscore: 重量_千克, 钠_毫克, 热量_千卡) holds that quantity in that unit. Two readings
follow, in both languages and for any data:

- A mass in grams is a weight: body_mass_g is also named "body weight" (体重) and, weakly, "weight", as
  a column whose name says "weight" is; a speed is a speed: wind_mph is "wind speed" (风速), "speed" weakly.
- A number compared with such a column in another unit of the same quantity is converted: "more than 5
  kg" over grams is > 5000, "超过50厘米" over millimetres is > 500.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from shared.semantic.vocabulary.segment import CJK_RE, split_identifier

# unit word -> (quantity, size in the quantity's base unit); English lower case, Chinese as written
UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("g", "gram", "grams", "克"), ("mass", 1.0)),
    **dict.fromkeys(("mg", "milligram", "milligrams", "毫克"), ("mass", 0.001)),
    **dict.fromkeys(("微克", "mcg", "microgram", "micrograms"), ("mass", 0.000001)),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "kilo", "kilos", "公斤", "千克"), ("mass", 1000.0)),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds", "磅"), ("mass", 453.59237)),
    **dict.fromkeys(
        ("mm", "millimeter", "millimeters", "millimetre", "millimetres", "毫米"), ("length", 0.001)
    ),
    **dict.fromkeys(
        ("cm", "centimeter", "centimeters", "centimetre", "centimetres", "厘米"), ("length", 0.01)
    ),
    **dict.fromkeys(("meter", "meters", "metre", "metres", "米"), ("length", 1.0)),
    **dict.fromkeys(
        ("km", "kilometer", "kilometers", "kilometre", "kilometres", "公里", "千米"), ("length", 1000.0)
    ),
    **dict.fromkeys(("inch", "inches", "英寸"), ("length", 0.0254)),
    **dict.fromkeys(("ft", "foot", "feet", "英尺"), ("length", 0.3048)),
    **dict.fromkeys(("mile", "miles", "英里"), ("length", 1609.344)),
    # a food calorie is a kilocalorie: "500 calories" of a meal is 500 kcal
    **dict.fromkeys(("kcal", "kilocalorie", "kilocalories", "千卡", "大卡"), ("energy", 1.0)),
    **dict.fromkeys(("kj", "kilojoule", "kilojoules", "千焦"), ("energy", 1 / 4.184)),
    **dict.fromkeys(
        ("ml", "milliliter", "milliliters", "millilitre", "millilitres", "毫升"), ("volume", 0.001)
    ),
    **dict.fromkeys(("liter", "liters", "litre", "litres", "升"), ("volume", 1.0)),
    # speeds in metres per second
    **dict.fromkeys(("mph", "miles per hour"), ("speed", 0.44704)),
    **dict.fromkeys(("kph", "kmh", "km/h", "kilometers per hour", "kilometres per hour"), ("speed", 1 / 3.6)),
    **dict.fromkeys(("knots", "knot"), ("speed", 0.514444)),
}
# the nouns that name a quantity itself, whatever its unit (English, Chinese): a food's energy in kcal is
# its "calories" / 热量; only quantities whose amount is said by such a noun
QUANTITY_NOUNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "energy": (("calorie", "energy"), ("热量", "能量", "卡路里")),
}
QUANTITY_SCORE, QUALIFIED_SCORE, BARE_SCORE = 0.9, 0.85, 0.6
# the units a column's name may end in (a lone "m" or "in" says too many other things)
NAME_UNITS = frozenset(
    ("g", "kg", "lb", "lbs", "grams", "kilograms", "pounds", "mm", "cm", "km", "ft", "feet", "mg", "kcal")
    + ("kj", "ml", "mph", "kph", "kmh", "knots")
)
WEIGHT = "weight"
SPEED = "speed"


def column_unit(name: str) -> str | None:
    """The unit a column's name ends in: body_mass_g -> g, Weight_in_lbs -> lbs; a Chinese header's unit
    after its last underscore: 钠_毫克 -> 毫克, 重量_kg -> kg."""
    if not name.isascii():
        return zh_header_unit(name)
    words = split_identifier(name)
    return words[-1] if len(words) >= 2 and words[-1] in NAME_UNITS else None


def zh_header_unit(name: str) -> str | None:
    """The unit of measure a Chinese header names after its last underscore (蛋白质_克, 热量_千卡,
    体积_ml), lower case as UNITS keys it; None for a header without one."""
    head, sep, unit = name.rpartition("_")
    unit = unit.strip().lower()
    if not sep or not head or not CJK_RE.search(head):
        return None
    return unit if unit in UNITS and (CJK_RE.search(unit) or unit in NAME_UNITS) else None


def weight_aliases(name: str, content: list[str]) -> dict[str, float]:
    """A mass column whose name does not say "weight" is the weight of its first word's thing:
    body_mass_g -> "body weight" (as its own two words would name it), and "weight" alone, weakly."""
    unit = column_unit(name)
    if unit is not None and UNITS[unit][0] == "speed" and SPEED not in content:
        return speed_aliases(unit, content)
    if unit is None or UNITS[unit][0] != "mass" or WEIGHT in content:
        return {}
    rest = [w for w in content if w != unit]
    out = {WEIGHT: 0.6}
    if len(rest) >= 2:
        out[f"{rest[0]} {WEIGHT}"] = 0.85
    return out


def speed_aliases(unit: str, content: list[str]) -> dict[str, float]:
    """A speed column (wind_mph) is the speed of its first word's thing: "wind speed" (风速), and "speed"
    alone, weakly."""
    rest = [w for w in content if w != unit]
    return {SPEED: 0.6, f"{rest[0]} {SPEED}": 0.85} if rest else {SPEED: 0.6}


def converted(value: float | int, said: str, column: str) -> float | int | None:
    """A number said in one unit, in the unit the column's name ends in (None: no conversion applies)."""
    unit = column_unit(column)
    if unit is None or said.lower() not in UNITS or said.lower() == unit:
        return None
    (quantity, size), (held, held_size) = UNITS[said.lower()], UNITS[unit]
    if quantity != held or size == held_size:
        return None
    out = value * size / held_size
    return int(round(out)) if abs(out - round(out)) < 1e-9 else round(out, 6)


def quantity_aliases(name: str, glosses: Callable[[str], Iterable[str]]) -> dict[str, float]:
    """A Chinese header in a unit whose quantity has nouns of its own (热量_千卡: energy) is named by the
    English nouns ("calorie"); a header naming a kind of it (脂肪热量_千卡: 脂肪 + 热量) by its qualifier's
    glosses and the noun ("fat calorie", "calorie from fat"), and by the noun alone only weakly."""
    unit = zh_header_unit(name)
    nouns = QUANTITY_NOUNS.get(UNITS[unit][0]) if unit else None
    if nouns is None:
        return {}
    english, chinese = nouns
    head = name.rpartition("_")[0]
    if head in chinese:
        return dict.fromkeys(english, QUANTITY_SCORE)
    out: dict[str, float] = {}
    for zh in chinese:
        qualifier = head[: -len(zh)] if head.endswith(zh) else ""
        for gloss in list(glosses(qualifier))[:3] if qualifier else ():
            for en in english:
                out[f"{gloss} {en}"] = out[f"{en} from {gloss}"] = QUALIFIED_SCORE
                out.setdefault(en, BARE_SCORE)
    return out
