"""The people a registration (or cancellation) message names, field by field, with the words read.

Read in this order, from the sender's own lines (quoted text left out, signatures' boilerplate too):
labelled lines ("Name: / Nom : / Fonction : / Organisation :"), a table or list of a delegation, free
sentences ("I would like to register…", "on behalf of H.E. …"), the signature block, and last the
sender's display name. Each way of finding a field has its confidence: a labelled line is sure, a
name only in the From header less so, a name split by a guess less again.
"""

from __future__ import annotations

from checkin.mail.message_text import ParsedMessage
from checkin.mail.people_blocks import find_people
from checkin.mail.readings import Kind, PersonReading


def read_people(parsed: ParsedMessage, language: str, kind: Kind) -> tuple[PersonReading, ...]:
    """The people of one message (see the module's docstring); () when none can be found."""
    return tuple(find_people(parsed, language, kind))
