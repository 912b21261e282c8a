"""A small snowflake of bike rentals: a fact with English headers (rentals: one row per shop and year, the
bikes rented, the average fee, the riders) keyed to 门店 (shops, Chinese headers, English names), keyed in
turn by a code to zones (English headers: zone, belt). For the readings such a star showed: a group two
hops away, the code of a zone listed for the zone, an average asked and rows counted, a rate per a word
not understood. Numbers a wrong reading gets wrong."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import memory_db, profiled_table

ZONES = [(1, "Harbour", "East"), (2, "Uptown", "East"), (3, "Meadow", "West")]
# 门店编号, 店名, 片区编号
SHOPS = [(1, "Anchor", 1), (2, "Beacon", 2), (3, "Clover", 3), (4, "Daisy", 3), (5, "Ember", 2)]
YEARS = (2019, 2020, 2021)


def _rentals() -> list[tuple]:
    """shop_id, year, bikes_rented, fee_avg_cents, riders: fees unlike bike counts, so a mix-up shows."""
    return [
        (shop, year, 100 * shop + 17 * (year - 2019) + (shop * 7) % 5, 250 + 30 * ((shop * 3) % 5), 40 + shop)
        for shop in range(1, 6)
        for year in YEARS
    ]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("zones", [("zone_id", "integer"), ("zone", "text"), ("belt", "text")], ZONES),
        ("门店", [("门店编号", "integer"), ("店名", "text"), ("片区编号", "integer")], SHOPS),
        (
            "rentals",
            [
                ("shop_id", "integer"),
                ("year", "integer"),
                ("bikes_rented", "integer"),
                ("fee_avg_cents", "integer"),
                ("riders", "integer"),
            ],
            _rentals(),
        ),
    ]


def rental_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["zones"].primary_key = ["zone_id"]
    tables["门店"].primary_key = ["门店编号"]
    tables["门店"].foreign_keys = [ForeignKey(["片区编号"], "zones", ["zone_id"])]
    tables["rentals"].primary_key = ["shop_id", "year"]
    tables["rentals"].foreign_keys = [ForeignKey(["shop_id"], "门店", ["门店编号"])]
    return Schema(tables=list(tables.values()))


def rental_db() -> sqlite3.Connection:
    return memory_db(_tables())
