"""Confirmation e-mails with personal QR codes: templates, messages, SMTP sending, send log, mail-merge export.

Plain Python (no Qt): the `checkin invite` / `checkin tickets` commands and the desk app's "Send
confirmations" dialog are two faces over the same calls.
"""
