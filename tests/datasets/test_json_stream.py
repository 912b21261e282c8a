"""JSON uploads are streamed (ijson): deep nesting is a clear 422, not a 500 RecursionError, and a
file broken near its start is refused without reading the rest into memory (issue 14 low)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from shared.errors import ValidationFailed
from tests.datasets.conftest import assert_nothing_left, upload

DEEP = 100_000

DEEP_CASES = {
    "deep array": ("deep.json", b"[" * DEEP + b"]" * DEEP, "element 1 is not an object"),
    "deep value": (
        "deep_value.json",
        b'[{"a": ' + b"[" * DEEP + b"]" * DEEP + b"}]",
        "element 1, key 'a' holds a nested list",
    ),
    "deep object file": ("deep_obj.json", b'{"a": ' * DEEP + b"1" + b"}" * DEEP, "line 1 is nested too"),
    "deep jsonl line": ("deep.jsonl", b'{"a": 1}\n' + b"[" * DEEP + b"]" * DEEP + b"\n", "line 2 is nested"),
}


@pytest.mark.parametrize("case", list(DEEP_CASES), ids=list(DEEP_CASES))
def test_a_100k_deep_json_upload_is_a_clear_422(client, owner, case: str) -> None:
    filename, content, message = DEEP_CASES[case]
    # Given a JSON document nested 100,000 levels deep
    # When it is uploaded
    response = upload(client, owner, filename, content)
    # Then it is refused with a message saying what is wrong, and nothing stays behind
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"], response.json()["detail"]
    assert_nothing_left()


def test_a_json_array_broken_near_its_start_is_not_read_whole(tmp_path: Path, sqlite_storage) -> None:
    from shared.datasets.formats import open_tables

    # Given a 30 MB JSON array whose second element is broken
    path = tmp_path / "broken.json"
    filler = json.dumps({"note": "x" * 1000}) + ", "
    with path.open("w") as f:
        f.write('[{"a": 1}, {"a": 2,,}, ')
        f.write(filler * (32 * 1024))
        f.write('{"a": 3}]')
    assert path.stat().st_size > 30 * 1024 * 1024
    # When it is opened and read
    tracemalloc.start()
    try:
        with pytest.raises(ValidationFailed) as refused:
            for table in open_tables(path, "broken.json"):
                for _ in table.batches:
                    pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Then it is refused at the broken element, with memory far below the file's size
    assert "element 2 is not valid JSON" in refused.value.message
    assert peak < 4 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"


def test_a_gbk_json_array_still_loads(client, owner) -> None:
    # Given a JSON array saved in GBK, with Chinese keys and values
    rows = [{"城市": "北京", "销售额": 10.5}, {"城市": "上海", "销售额": 20}]
    content = json.dumps(rows, ensure_ascii=False)
    # When it is uploaded
    response = upload(client, owner, "gbk.json", content.encode("gbk"))
    # Then both rows and both columns are there, the amounts typed as numbers
    assert response.status_code == 201, response.text
    table = response.json()["tables"][0]
    assert table["row_count"] == 2
    types = {c["name"]: c["type"] for c in table["columns"]}
    assert types["城市"] == "text" and types["销售额"] in ("integer", "decimal", "float")
