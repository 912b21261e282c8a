"""Units of measurement a column's name ends in, and what they measure.

A numeric column named with a unit (body_mass_g, Weight_in_lbs, bill_length_mm) holds that quantity in
that unit. Two readings follow, in both languages and for any data:

- A mass in grams is a weight: body_mass_g is also named "body weight" (体重) and, weakly, "weight", as
  a column whose name says "weight" is.
- A number compared with such a column in another unit of the same quantity is converted: "more than 5
  kg" over grams is > 5000, "超过50厘米" over millimetres is > 500.
"""

from __future__ import annotations

from shared.semantic.vocabulary.segment import split_identifier

# unit word -> (quantity, size in the quantity's base unit); English lower case, Chinese as written
UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("g", "gram", "grams", "克"), ("mass", 1.0)),
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
}
# the units a column's name may end in (a lone "m" or "in" says too many other things)
NAME_UNITS = frozenset(
    ("g", "kg", "lb", "lbs", "grams", "kilograms", "pounds", "mm", "cm", "km", "ft", "feet")
)
WEIGHT = "weight"


def column_unit(name: str) -> str | None:
    """The unit a column's name ends in: body_mass_g -> g, Weight_in_lbs -> lbs."""
    if not name.isascii():
        return None
    words = split_identifier(name)
    return words[-1] if len(words) >= 2 and words[-1] in NAME_UNITS else None


def weight_aliases(name: str, content: list[str]) -> dict[str, float]:
    """A mass column whose name does not say "weight" is the weight of its first word's thing:
    body_mass_g -> "body weight" (as its own two words would name it), and "weight" alone, weakly."""
    unit = column_unit(name)
    if unit is None or UNITS[unit][0] != "mass" or WEIGHT in content:
        return {}
    rest = [w for w in content if w != unit]
    out = {WEIGHT: 0.6}
    if len(rest) >= 2:
        out[f"{rest[0]} {WEIGHT}"] = 0.85
    return out


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
