"""Dialogs, each with an `ask(...)` classmethod that returns plain values."""
