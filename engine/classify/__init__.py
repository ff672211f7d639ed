"""Personal-data classification: metadata evidence, value detectors, and their fusion."""

import os

from engine.classify import lexicon as _lexicon
from engine.classify import names as _names


def extend_lexicon(paths: tuple[str, ...] | list[str]) -> None:
    """Classify with the shipped lexicon plus these organisation-specific lexicon files.

    Validated at once: a bad extension raises PolicyError and leaves the lexicon as it was.
    """
    previous = _lexicon.current_extensions()
    _lexicon.use_extensions(tuple(os.path.abspath(p) for p in paths))
    _names.clear_caches()
    try:
        _lexicon.load_lexicon()
    except Exception:
        _lexicon.use_extensions(previous)
        _names.clear_caches()
        raise
