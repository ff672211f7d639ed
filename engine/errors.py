"""Errors that carry a location; the CLI turns them into one line and exit code 2."""

from __future__ import annotations

from engine.model import Location


class PrivauditError(Exception):
    """Bad input, configuration or policy. Never shown as a traceback."""

    def __init__(self, message: str, location: Location | None = None):
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class PolicyError(PrivauditError):
    """A policy pack, taxonomy or condition that does not load."""


class ConfigError(PrivauditError):
    """privaudit.yaml or command-line options that do not make sense."""


class SourceError(PrivauditError):
    """A source (file, directory, database) that cannot be read at all."""
