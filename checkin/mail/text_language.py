"""Which of English, French, German and Italian a short text is written in, by its common words."""

from __future__ import annotations

import re

from checkin.core.folding import fold_unique

# Short, frequent words that mostly belong to one language (folded: no accents).
_WORDS = {
    "en": "the and to of i would like register please my you for with will be regards best dear thank thanks "
          "name title organisation organization attend we our is are this your kind sincerely",
    "fr": "je le la les de des et pour vous votre mon ma nous souhaite inscrire inscription madame monsieur "
          "merci cordialement bien salutations nom prenom fonction une au aux est sera participer avec",
    "de": "ich und die der das zu mit fur sie ihr ihre mich wir hiermit melde anmelden anmeldung sehr geehrte "
          "damen herren gruss grusse freundlichen vielen dank name vorname funktion teilnehmen ist bitte",
    "it": "io il lo la gli le di e per con vorrei iscrivermi iscrizione gentile gentili saluti cordiali grazie "
          "nome cognome funzione partecipare sono mio mia della del una alla",
}
_LOOKUP: dict[str, list[str]] = {}
for _language, _words in _WORDS.items():
    for _word in _words.split():
        _LOOKUP.setdefault(_word, []).append(_language)
_TOKEN = re.compile(r"[a-z]+")


def language_scores(text: str) -> dict[str, int]:
    scores = dict.fromkeys(_WORDS, 0)
    for token in _TOKEN.findall(fold_unique(text[:4000])):
        for language in _LOOKUP.get(token, ()):
            scores[language] += 1
    return scores


def detect_language(text: str, default: str = "en") -> str:
    """"en", "fr", "de" or "it": the language with most common words in `text`; `default` on a tie at 0."""
    scores = language_scores(text)
    best = max(scores, key=lambda language: (scores[language], language == default))
    return best if scores[best] else default
