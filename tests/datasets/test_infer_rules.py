"""One table of type-inference rules: the Arrow path (CSV) and the Python path (XLSX, JSON, typed
sources) compile their patterns from `RULES`, so the same cells get the same type either way."""

from __future__ import annotations

import pyarrow as pa
import pytest

from shared.datasets.infer import ColumnInference, observe_arrow

CELLS = [
    *("1", "007", "-5", "+3", "1,234", "1,23", " 12 ", "1 000", "0x10", "1_000", "１２３"),
    *("12.5%", "0.5", "1.", ".5", "1e5", "inf", "NaN", "１２.５", "ｉｎｆ"),
    *("true", "Yes", "no", "maybe"),
    *("2024-03-01", "2024/3/1", "2024.3.1", "2024年3月1日", "2024-02-30", "2024-3-1 25:00"),
    *("2024-03-01 12:30", "2024-03-01T12:30:15.5", "2024/03/01 9:05:07", "12:30"),
    # full-width digits, as Chinese input methods type them
    *("２０２４/３/１", "２０２４-０３-０１", "２０２４年３月１日 ９:０５"),
]


@pytest.mark.parametrize("cell", CELLS)
def test_the_arrow_and_python_paths_infer_the_same_type(cell: str) -> None:
    # Given a column holding one kind of cell
    values = [cell, cell, None]
    # When the Python path and the Arrow path infer its type
    python = ColumnInference("c")
    python.observe_text([v or "" for v in values])
    arrow = ColumnInference("c")
    observe_arrow(arrow, pa.array(values, pa.string()))
    # Then they agree
    assert arrow.type == python.type


def test_a_csv_of_full_width_dates_loads_real_dates(client, owner) -> None:
    from tests.datasets.conftest import upload

    # Given a CSV (the Arrow path) whose dates are typed with full-width digits
    content = "日期,金额\n２０２４/３/１,10\n２０２４/３/２,20\n".encode()
    # When it is uploaded
    response = upload(client, owner, "dates.csv", content)
    # Then the column is a date column holding ISO dates, as the Python path would load it
    assert response.status_code == 201, response.text
    columns = {c["name"]: c["type"] for c in response.json()["tables"][0]["columns"]}
    assert columns["日期"] == "date"
    preview = client.get(f"/api/v1/datasources/{response.json()['id']}/preview", headers=owner).json()
    assert [row[0] for row in preview["rows"]] == ["2024-03-01", "2024-03-02"]
