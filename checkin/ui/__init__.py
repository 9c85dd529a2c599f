"""The desk app: every Qt import of `checkin` lives under this package."""
