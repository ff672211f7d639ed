"""The policy language: pack loading and validation, conditions, rule tests."""
