"""Reporters turn findings into output formats; one small module per format."""
