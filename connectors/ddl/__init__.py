"""DDL connector: SQL files and migration folders replayed into a Catalog."""
