"""Spreadsheets in, attendance out. No Qt."""
