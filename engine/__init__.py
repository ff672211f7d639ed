"""privaudit's engine: the model, the policy language, classification and evaluation."""

__version__ = "0.1.0"
