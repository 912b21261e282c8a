"""Numbers formatted for people: 1,234,567.89; 36.5%; integers without decimals."""

from __future__ import annotations

import math
from typing import Any


def format_number(value: Any, *, percent: bool = False) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "—"
    if percent:
        scaled = value * 100 if -1.0 <= value <= 1.0 else value
        return f"{scaled:,.1f}%"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    if abs(value) >= 1:
        return f"{value:,.2f}"
    return f"{value:.4g}"
