"""Reading and replacing a datasource's semantic model (GET/PUT .../semantic).

The model is rebuilt when the data changed since it was stored; a replacement is checked against
the real tables and columns, the relationship rules and the SQL rules of `semantic.py`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from shared.datasets.service import cached_schema, get_owned, get_visible, schema_of
from shared.errors import ValidationFailed
from shared.semantic.schema import SemanticLayer
from shared.storage.models import Datasource, User


def semantic_model(datasource: Datasource) -> Any:
    """The datasource's SemanticModel; one stored for an older data version (or none) is rebuilt."""
    from shared.semantic.builder import build_model  # lazy: cold start
    from shared.semantic.model import SemanticModel  # lazy: cold start

    model = SemanticModel.from_dict(datasource.semantic)
    if model.data_version != datasource.data_version:
        model = build_model(cached_schema(datasource), model, datasource.data_version)
    return model


def get_semantic(session: Session, user: User, datasource_id: int) -> dict[str, Any]:
    """The semantic layer; relationships never stored are shown as the engines derive them."""
    from shared.semantic.relationships import bridges, effective  # lazy: cold start

    datasource = get_visible(session, user, datasource_id)
    model = semantic_model(datasource)
    schema = schema_of(datasource)
    model.layer.relationships = effective(schema, model.layer)
    out: dict[str, Any] = model.to_dict()
    out["bridges"] = bridges(schema, model.layer.relationships)
    return out


def put_semantic(session: Session, user: User, datasource_id: int, data: dict[str, Any]) -> dict[str, Any]:
    """Replace the semantic layer after checking it names real tables and columns, and that its
    metrics and examples are SQL the user may write and the guard accepts (`shared.datasets.semantic`)."""
    from shared.datasets.semantic import check_layer  # lazy: cold start
    from shared.semantic.builder import apply_person_edits  # lazy: cold start
    from shared.semantic.model import InvalidModel, SemanticModel  # lazy: cold start
    from shared.semantic.relationships import validate  # lazy: cold start

    datasource = get_owned(session, user, datasource_id)
    data = {k: v for k, v in data.items() if k != "bridges"} if isinstance(data, dict) else data
    try:
        given = SemanticModel.from_dict(data)
    except (InvalidModel, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise ValidationFailed(f"Invalid semantic layer: {exc}") from exc
    layer = given.layer
    schema = schema_of(datasource)
    for table_name, spec in layer.tables.items():
        table = schema.table(table_name)
        if table is None:
            raise ValidationFailed(
                f"Semantic layer names table '{table_name}', which this datasource does not have"
            )
        if not isinstance(spec, dict):
            raise ValidationFailed(f"Semantic layer entry for table '{table_name}' must be an object")
        for column_name in spec.get("columns") or {}:
            if table.column(column_name) is None:
                raise ValidationFailed(
                    f"Semantic layer names column '{table_name}.{column_name}', which does not exist"
                )
    try:
        validate(layer.relationships or [], schema)
        given.check_against({t.name: {c.name for c in t.columns} for t in schema.tables})
    except ValueError as exc:  # InvalidModel is a ValueError
        raise ValidationFailed(f"Invalid semantic layer: {exc}") from exc
    previous = SemanticLayer.from_dict(datasource.semantic)
    check_layer(layer, previous, user, schema, {t.name: t.physical_name for t in datasource.tables})
    model = apply_person_edits(semantic_model(datasource), given, schema)
    datasource.semantic = model.to_dict()
    session.flush()  # committed with the request's unit of work, before the response
    result: dict[str, Any] = model.to_dict()
    return result
