"""A stored value that is the Chinese copula itself (是 'yes' beside 否 and 部分 in a 是否X column that also
holds a third answer, so no flag) is not linked by the bare character: in a question 是 is the verb (平均
产量是多少, 哪个村是最高的) far more often than the stored answer. The value is still named by its English
(yes / true) and the column by its own words."""

from __future__ import annotations

COPULAS = frozenset({"是", "为"})


def copula_value(key: str) -> bool:
    """Whether a value's phrase key is a bare copula character."""
    return key.replace(" ", "") in COPULAS
