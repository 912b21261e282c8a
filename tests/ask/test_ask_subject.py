"""The datasource's name reaches the engine (subject.py reads a word of it as the data's subject): an upload
is named after its file unless a person names it, and every question over it carries that name."""

from __future__ import annotations

from shared.ask.engines.base import DatasourceInfo
from tests.conftest import FIXTURES, make_user

ORDERS = FIXTURES / "bi_dev" / "orders.csv"


def _upload(client, headers, file_name: str, name: str | None) -> int:
    with ORDERS.open("rb") as file:
        response = client.post(
            "/api/v1/datasources/upload",
            files={"file": (file_name, file, "application/octet-stream")},
            data={"name": name} if name is not None else {},
            headers=headers,
        )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def test_an_uploaded_files_name_reaches_the_engine(client, monkeypatch) -> None:
    from shared.ask import pipeline

    seen: list[DatasourceInfo] = []
    real = pipeline.rule_engine()

    class Recording:
        name = "rules"

        def answer(self, request):
            seen.append(request.datasource)
            return real.answer(request)

    monkeypatch.setattr(pipeline, "rule_engine", lambda: Recording())
    analyst = make_user("ana", "analyst")
    # Given a file uploaded without a name, and the same file uploaded under a person's name
    unnamed = _upload(client, analyst, "fruit_stand_orders.csv", None)
    named = _upload(client, analyst, "fruit_stand_orders.csv", "Kiwi stand")
    # When a question is asked over each
    for datasource_id in (unnamed, named):
        response = client.post(
            "/api/v1/ask", json={"datasource_id": datasource_id, "question": "订单总数"}, headers=analyst
        )
        assert response.status_code == 200, response.text
    # Then the engine is told the datasource's name (the file's stem, or the person's) and the file's name
    assert seen == [
        DatasourceInfo(name="fruit_stand_orders", file_name="fruit_stand_orders.csv"),
        DatasourceInfo(name="Kiwi stand", file_name="fruit_stand_orders.csv"),
    ]
