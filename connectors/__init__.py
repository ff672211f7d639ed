"""Connectors read the outside world (DDL files, databases, samples) into the engine's model."""
