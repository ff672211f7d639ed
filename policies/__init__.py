"""The shipped policy packs and taxonomy (YAML data, read through importlib.resources)."""
