"""The desk's widgets, one per file, built in code."""
