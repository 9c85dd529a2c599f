"""The in-memory search index of the desk: folded, token-prefix, ranked, typo-tolerant.

Every folded word of an attendee (name parts with their particles, job title,
organisation, e-mail, code) is a posting in one sorted list, so a prefix is a
bisect away whatever the size of the event. Ranking is exact word > word
prefix > one typo, then alphabetical by family name. A typo is looked up by
editing the query, not the index: about 300 bisects for a 6-letter word, and
no extra memory.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice, repeat
from operator import add, attrgetter, gt, itemgetter
from typing import Any

from checkin.core.codes import fold_code, fold_codes, without_separators
from checkin.core.folding import cached_tokens, fold, fold_unique, tokens, words_of_folded
from checkin.core.models import Attendee

EXACT, PREFIX, TYPO = 0, 1, 2
TYPO_MIN_LENGTH = 4
# A query word that matches more postings than this is too broad for a full
# ranking; we take the first `limit` matches in index order (by word, then id) instead.
_FULL_RANKING_CAP = 600
_SCAN_CAP = 4000
_PREFILTER_MAX = 30_000
_SEP = "\x1f"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SENTINEL = "\U0010ffff"


@dataclass(frozen=True)
class Hit:
    attendee_id: int
    score: int


def attendee_codes(attendee: Attendee) -> list[str]:
    """The attendee's own code and external codes, folded as the index keeps them."""
    return _codes_of(attendee.code, attendee.external_codes)


def _codes_of(code: str, external_codes: tuple[str, ...]) -> list[str]:
    # Our own codes are plain ASCII letters and digits: nothing to drop, nothing to decompose.
    folded = [code.lower() if code.isalnum() and code.isascii() else _folded_code(code)] if code else []
    if external_codes:
        folded += map(_folded_code, external_codes)
    if "" in folded:  # a code made only of separators folds to nothing and is no word
        folded = [word for word in folded if word]
    return folded


def _codes_of_all(people: Sequence[Attendee]) -> list[list[str]]:
    """attendee_codes() of every person. In most lists every own code is letters and digits and every
    external code ASCII: each kind is folded as one text, in C (a call per person was a fifteenth of
    indexing 100k people)."""
    own = list(map(attrgetter("code"), people))
    external = list(map(attrgetter("external_codes"), people))
    given = list(chain.from_iterable(external))
    own_text = "\x00".join(own)
    # Every own code letters and digits only: none is empty or holds the "\x00" put between them.
    if not (own_text.isascii() and own_text.replace("\x00", "").isalnum() and own_text.count("\x00") == len(own) - 1
            and "" not in own and all(map(str.isascii, given))):
        return list(map(_codes_of, own, external))
    own_folded = own_text.lower().split("\x00")
    folded = list(map(str.lower, fold_codes(given)))  # for ASCII, what _folded_code() makes of each
    if "" not in folded and set(map(len, external)) <= {1}:  # one external code each (a ticket), or none
        return list(map(list, zip(own_folded, folded)))
    taken = iter(folded)
    return [[code, *filter(None, islice(taken, len(codes)))] for code, codes in zip(own_folded, external)]


def _word_lists(people: Sequence[Attendee], codes: Iterable[Iterable[str]]) -> list[dict[str, None]]:
    """Every folded word under which each person can be found (`codes`: theirs, from attendee_codes()).

    An index is built for tens of thousands of people: mapping over a whole column keeps the loops in
    C, and the token tuples of repeated names and organisations come from the cache."""
    fields = [map(cached_tokens, map(attrgetter(name), people))
              for name in ("given_name", "family_name", "display_name", "organisation", "job_title")]
    emails = map(_email_words, map(attrgetter("email"), people))
    # dict.fromkeys drops a word said twice (a name inside the e-mail) and keeps the order; its keys
    # serve as the list of words.
    return list(map(dict.fromkeys, map(chain, *fields, emails, codes)))


def _email_words(email: str) -> tuple[str, ...]:
    """The words of the local part, of the domain without its ending, and the whole address."""
    if not email:
        return ()
    # Folding works character by character: the parts of the folded address are the folded parts.
    folded = fold_unique(email)
    local, _, domain = folded.partition("@")
    return (*words_of_folded(local), *_domain_words(domain), folded)


@lru_cache(maxsize=4096)
def _domain_words(domain: str) -> tuple[str, ...]:
    # A list has a few hundred domains: "ohchr" of "ohchr.org" is found once for all its people.
    return words_of_folded(domain.rsplit(".", 1)[0])


def _folded_code(code: str) -> str:
    return without_separators(code).lower() if code.isascii() else fold_unique(fold_code(code))


def _in_order(positions: list[int], *columns: list[Any]) -> list[list[Any]]:
    """Each column's values taken at `positions`: one itemgetter call walks them in C, a fifth faster
    than a call per value (a 100k list has over a million postings)."""
    if len(positions) < 2:  # itemgetter of one position gives the value itself, not a tuple
        return [[column[position] for position in positions] for column in columns]
    take = itemgetter(*positions)
    return [list(take(column)) for column in columns]


def _joined(word_lists: Iterable[Iterable[str]]) -> Iterator[str]:
    """Each person's words in one string, a separator before, between and after them (mapped in C)."""
    return map(add, map(add, repeat(_SEP), map(_SEP.join, word_lists)), repeat(_SEP))


def _sort_keys_of(people: Sequence[Attendee]) -> Iterator[str]:
    """Each person's key for alphabetical order: folded family name, then given name (mapped in C)."""
    return map(add, map(add, map(fold, map(attrgetter("family_name"), people)), repeat("\x00")),
               map(fold, map(attrgetter("given_name"), people)))


class SearchIndex:
    """Postings kept as two parallel sorted lists (word, attendee id).

    Per attendee: their words joined into one string (for scoring, and the words to take out on
    removal), their sort key, and their codes in a dict (a code shared by several people, which a
    sloppy list can hold, moves to a second dict of sets).
    """

    def __init__(self, attendees: Iterable[Attendee] = ()) -> None:
        people = [attendee for attendee in attendees if attendee.id is not None]
        ids: list[int] = list(map(attrgetter("id"), people))
        if any(map(gt, ids, islice(ids, 1, None))):  # the session gives them by id already
            people.sort(key=attrgetter("id"))
            ids.sort()
        # Everything is made person by person in the order the people were made, which is the order
        # they lie in memory: walking them alphabetically instead jumped around 300 MB (a tenth of
        # indexing 100k people). So within one word the postings are in order of id, as put() adds them.
        self._sort_keys: dict[int, str] = dict(zip(ids, _sort_keys_of(people)))
        codes = _codes_of_all(people)
        words = _word_lists(people, codes)
        self._joined: dict[int, str] = dict(zip(ids, _joined(words)))
        all_codes = list(chain.from_iterable(codes))
        holders = list(chain.from_iterable(map(repeat, ids, map(len, codes))))
        self._codes: dict[str, int] = dict(zip(all_codes, holders))
        self._shared_codes: dict[str, set[int]] = {}
        if len(self._codes) != len(all_codes):  # a code given twice: sorted out one by one
            self._codes = {}
            for code, holder in zip(all_codes, holders):
                self._add_code(code, holder)
        keys = list(chain.from_iterable(words))
        owners = list(chain.from_iterable(map(repeat, ids, map(len, words))))
        # Sorting positions by word (rather than (word, id) pairs) makes no tuple per posting; the
        # sort is stable, so within one word the postings stay in order of id.
        positions = sorted(range(len(keys)), key=keys.__getitem__)
        self._keys, self._ids = _in_order(positions, keys, owners)

    def __len__(self) -> int:
        return len(self._joined)

    def put(self, attendee: Attendee) -> None:
        """Add an attendee, or re-index one whose fields changed."""
        assert attendee.id is not None
        self.remove(attendee.id)
        codes = attendee_codes(attendee)
        words = _word_lists([attendee], [codes])[0]
        [self._joined[attendee.id]] = _joined([words])
        [self._sort_keys[attendee.id]] = _sort_keys_of([attendee])
        for code in codes:
            self._add_code(code, attendee.id)
        for word in words:
            position = bisect_right(self._keys, word)
            self._keys.insert(position, word)
            self._ids.insert(position, attendee.id)

    def _add_code(self, code: str, attendee_id: int) -> None:
        shared = self._shared_codes.get(code)
        if shared is not None:
            shared.add(attendee_id)
            return
        holder = self._codes.setdefault(code, attendee_id)
        if holder != attendee_id:
            del self._codes[code]
            self._shared_codes[code] = {holder, attendee_id}

    def _remove_code(self, code: str, attendee_id: int) -> None:
        if self._codes.get(code) == attendee_id:
            del self._codes[code]
            return
        shared = self._shared_codes.get(code)
        if shared is not None:
            shared.discard(attendee_id)
            if len(shared) == 1:
                del self._shared_codes[code]
                self._codes[code] = shared.pop()

    def remove(self, attendee_id: int) -> None:
        self._sort_keys.pop(attendee_id, None)
        joined = self._joined.pop(attendee_id, None)
        if joined is None or joined == _SEP * 2:  # nobody, or nobody with a word
            return
        for word in joined[1:-1].split(_SEP):
            self._remove_code(word, attendee_id)
            low, high = bisect_left(self._keys, word), bisect_right(self._keys, word)
            for position in range(low, high):
                if self._ids[position] == attendee_id:
                    del self._keys[position]
                    del self._ids[position]
                    break

    def search(self, query: str, limit: int | None = 50) -> list[Hit]:
        """Attendees matching every word of `query`, best first."""
        words = list(dict.fromkeys(tokens(query)))
        if not words:
            return []
        hits = self._exact_code(query) or self._email_address(query, limit)
        if hits:
            return hits
        ranges = {word: self._prefix_range(word) for word in words}
        driver = min(words, key=lambda w: ranges[w][1] - ranges[w][0])
        matcher = _QueryMatcher(self, words)
        low, high = ranges[driver]
        ids = self._ids
        candidates: Iterable[int] = map(ids.__getitem__, range(low, high))
        allowed = self._allowed_by_other_words(words, driver, ranges, matcher)
        if allowed is not None:
            candidates = filter(allowed.__contains__, candidates)
        # A narrow word is ranked in full; a broad one stops at `limit` matches.
        scored = matcher.score(candidates, limit if high - low > _FULL_RANKING_CAP else None)
        if len(driver) >= TYPO_MIN_LENGTH and (limit is None or len(scored) < limit):
            typo_ids = matcher.typo_set(driver) - scored.keys()
            if allowed is not None:
                typo_ids &= allowed
            scored.update(matcher.score(sorted(typo_ids), None if limit is None else limit - len(scored)))
        hits = self._ranked(scored)
        return hits if limit is None else hits[:limit]

    def _ranked(self, scored: dict[int, int]) -> list[Hit]:
        """Best score first, then alphabetical by family and given name."""
        sort_keys = self._sort_keys
        ranked = sorted(scored.items(), key=lambda item: (item[1], sort_keys[item[0]]))
        return [Hit(attendee_id, score) for attendee_id, score in ranked]

    def _allowed_by_other_words(self, words: list[str], driver: str, ranges: dict[str, tuple[int, int]],
                                matcher: _QueryMatcher) -> set[int] | None:
        """Ids that can match every other word, intersected as sets (fast in C).

        A word so broad that its set would cost more than it saves is left to
        the per-candidate test.
        """
        allowed: set[int] | None = None
        for word in sorted((w for w in words if w != driver), key=lambda w: ranges[w][1] - ranges[w][0]):
            low, high = ranges[word]
            if high - low > _PREFILTER_MAX:
                break
            word_ids = set(self._ids[low:high])
            if len(word) >= TYPO_MIN_LENGTH:
                word_ids |= matcher.typo_set(word)
            allowed = word_ids if allowed is None else allowed & word_ids
        return allowed

    def _exact_code(self, query: str) -> list[Hit]:
        """A whole code, typed from a badge with or without its spaces."""
        folded = fold(fold_code(query))
        shared = self._shared_codes.get(folded)
        if shared is not None:
            return [Hit(i, EXACT) for i in sorted(shared)]
        holder = self._codes.get(folded)
        return [] if holder is None else [Hit(holder, EXACT)]

    def _email_address(self, query: str, limit: int | None) -> list[Hit]:
        """An e-mail address typed or pasted whole, or its beginning up to and past the "@"."""
        address = query.strip()
        if "@" not in address or " " in address:
            return []
        folded = fold(address)
        low, high = self._prefix_range(folded)
        if limit is not None:
            high = min(high, low + limit)
        return self._ranked({self._ids[position]: EXACT if self._keys[position] == folded else PREFIX
                             for position in range(low, high)})

    def _prefix_range(self, word: str) -> tuple[int, int]:
        return bisect_left(self._keys, word), bisect_left(self._keys, word + _SENTINEL)

    def typo_ids(self, word: str) -> set[int]:
        """Attendees with a word starting like `word` give or take one typo."""
        found: set[int] = set()
        for variant in _one_edit_variants(word):
            low, high = self._prefix_range(variant)
            if high > low:
                found.update(self._ids[low:high])
        return found


class _QueryMatcher:
    """Scores candidates against every word of one query.

    Exact and prefix tests are one substring search in the attendee's joined
    words; the typo test is a set lookup, the set built once per query word.
    """

    def __init__(self, index: SearchIndex, words: list[str]) -> None:
        self._index = index
        self._needles = [(f"{_SEP}{w}{_SEP}", f"{_SEP}{w}", w) for w in words]
        self._typo_sets: dict[str, set[int]] = {}

    def score(self, candidate_ids: Iterable[int], limit: int | None) -> dict[int, int]:
        """Lower is better; candidates missing a word are left out.

        With a limit, at most _SCAN_CAP candidates are examined: a query so broad
        that they do not hold `limit` matches is refined by its next keystroke.
        """
        joined_of = self._index._joined
        scored: dict[int, int] = {}
        examined = 0
        for attendee_id in candidate_ids:
            if attendee_id in scored:
                continue
            examined += 1
            if limit is not None and examined > _SCAN_CAP:
                break
            joined = joined_of[attendee_id]
            total = 0
            for exact, prefix, word in self._needles:
                if exact in joined:
                    continue
                if prefix in joined:
                    total += PREFIX
                elif len(word) >= TYPO_MIN_LENGTH and attendee_id in self.typo_set(word):
                    total += TYPO
                else:
                    break
            else:
                scored[attendee_id] = total
                if limit is not None and len(scored) >= limit:
                    break
        return scored

    def typo_set(self, word: str) -> set[int]:
        if word not in self._typo_sets:
            self._typo_sets[word] = self._index.typo_ids(word)
        return self._typo_sets[word]


def _one_edit_variants(word: str) -> set[str]:
    alphabet = _LETTERS if word.isascii() else _LETTERS + "".join(sorted(set(word)))
    variants: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            variants.add(head + tail[1:])
            if len(tail) > 1:
                variants.add(head + tail[1] + tail[0] + tail[2:])
        for letter in alphabet:
            variants.add(head + letter + tail)
            if tail:
                variants.add(head + letter + tail[1:])
    variants.discard(word)
    # A variant shorter than four letters would match half the index.
    return {v for v in variants if len(v) >= TYPO_MIN_LENGTH}
