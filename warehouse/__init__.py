"""The DuckDB warehouse: migrations, one writer at a time, published read-only snapshots."""

from warehouse.db import connect

__all__ = ["connect"]
