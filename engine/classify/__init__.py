"""Personal-data classification: metadata evidence, value detectors, and their fusion."""
