"""DDL connector: SQL files and migration folders replayed into a Catalog."""

from connectors.ddl.reader import read_ddl
from connectors.ddl.rows import InsertRows, iter_insert_rows

__all__ = ["InsertRows", "iter_insert_rows", "read_ddl"]
