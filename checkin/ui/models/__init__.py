"""Thin Qt models over plain attendees: named columns, a sort role, an attendee role."""
