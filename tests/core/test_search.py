from checkin.core.folding import fold, tokens
from checkin.core.models import Attendee
from checkin.core.search import EXACT, PREFIX, TYPO, SearchIndex


def person(attendee_id: int, given: str, family: str, organisation: str = "", email: str = "",
           code: str = "") -> Attendee:
    return Attendee(id=attendee_id, code=code or f"BCDF{attendee_id:016d}", given_name=given,
                    family_name=family, organisation=organisation, email=email)


PEOPLE = [
    person(1, "Sébastien", "Kulling", "digitalswitzerland", "sebastien.kulling@ds.example.org"),
    person(2, "Barbara", "Schedler Fischer", "Federal Department of Foreign Affairs"),
    person(3, "Jürgen", "Weiß", "fedpol"),
    person(4, "Søren", "Østergaard", "Nokia"),
    person(5, "Małgorzata", "Łuczak", "La Strada"),
    person(6, "Pieter", "van der Meer", "IOM"),
    person(7, "Siobhán", "Ní Bhriain", "Irish Mission"),
    person(8, "Ciarán", "O'Brien", "Anti-Slavery International"),
    person(9, "Pier", "Rossi-Longhi", "IOM Bern"),
    person(10, "Ольга", "Смирнова", "ILO"),
    person(11, "Sebastian", "Kull", "Swisscom"),
    person(12, "Kulling", "Anders", "UNHCR"),
]


def names(index: SearchIndex, query: str, limit: int | None = 50) -> list[int]:
    return [hit.attendee_id for hit in index.search(query, limit=limit)]


def test_folding_handles_accents_and_letters_that_do_not_decompose() -> None:
    assert fold("Sébastien") == "sebastien"
    assert fold("Weiß") == "weiss"
    assert fold("Østergaard") == "ostergaard"
    assert fold("Łuczak") == "luczak"
    assert fold("Æsir") == "aesir"


def test_tokens_keep_particles_and_join_compounds() -> None:
    assert tokens("van der Meer") == ["van", "der", "meer"]
    assert "obrien" in tokens("O'Brien")
    assert "rossilonghi" in tokens("Rossi-Longhi")


def test_prefix_of_each_word_finds_the_person() -> None:
    index = SearchIndex(PEOPLE)
    assert names(index, "seb kul") == [11, 1]  # Kull before Kulling: same score, alphabetical
    assert names(index, "weiss") == [3]
    assert names(index, "weiß") == [3]
    assert names(index, "oster") == [4]
    assert names(index, "luc") == [5]
    assert names(index, "van der m") == [6]
    assert names(index, "ni bh") == [7]
    assert names(index, "obrien") == [8]
    assert names(index, "longhi") == [9]
    assert names(index, "смир") == [10]
    assert names(index, "digitalsw") == [1]
    assert names(index, "sebastien.kulling@") == [1]


def test_exact_word_ranks_before_prefix() -> None:
    index = SearchIndex(PEOPLE)
    hits = index.search("kull")
    assert hits[0].attendee_id == 11 and hits[0].score == EXACT
    assert {hit.attendee_id for hit in hits[1:]} == {1, 12}
    assert all(hit.score == PREFIX for hit in hits[1:])


def test_one_typo_is_tolerated_from_four_letters() -> None:
    index = SearchIndex(PEOPLE)
    assert names(index, "kuling") == [12, 1]  # Anders before Kulling
    assert [h.score for h in index.search("kuling")] == [TYPO, TYPO]
    assert names(index, "schedlre") == [2]
    assert names(index, "fsicher") == [2]
    assert names(index, "kul") != []
    assert names(index, "kxl") == []  # three letters: no typo allowed


def test_typo_hits_rank_after_prefix_hits() -> None:
    index = SearchIndex([*PEOPLE, person(13, "Anna", "Kulin")])
    hits = index.search("kulin")
    assert (hits[0].attendee_id, hits[0].score) == (13, EXACT)
    assert {h.attendee_id: h.score for h in hits[1:]} == {1: TYPO, 12: TYPO}


def test_first_keystroke_answers_and_limit_is_respected() -> None:
    index = SearchIndex(PEOPLE)
    assert set(names(index, "s", limit=None)) >= {1, 2, 7}
    assert len(index.search("s", limit=2)) == 2


def test_punctuation_only_or_blank_query_finds_nothing() -> None:
    index = SearchIndex(PEOPLE)
    assert index.search("   ") == []
    assert index.search("-- ,;") == []


def test_whole_code_typed_with_spaces_finds_its_owner() -> None:
    index = SearchIndex(PEOPLE)
    code = PEOPLE[4].code
    spaced = " ".join(code[i:i + 4] for i in range(0, 20, 4)).lower()
    assert names(index, spaced) == [5]


def test_index_follows_edits_and_removals() -> None:
    index = SearchIndex(PEOPLE)
    index.put(PEOPLE[0].with_changes(family_name="Kuling-Berset"))
    assert names(index, "berset") == [1]
    assert 1 not in names(index, "kulling")[:1] or index.search("kulling")[0].score != EXACT
    index.remove(1)
    assert names(index, "berset") == []
    assert len(index) == len(PEOPLE) - 1


def test_an_email_address_typed_or_pasted_whole_finds_its_owner() -> None:
    index = SearchIndex(PEOPLE)
    assert names(index, "sebastien.kulling@ds.example.org") == [1]
    assert names(index, " Sebastien.Kulling@DS.example.org ") == [1]
    assert names(index, "sebastien.kulling@ds.ex") == [1]
    assert names(index, "kulling@ds") == [1]  # not the start of an address: found by its words
    assert names(index, "nobody@ds.example.org") == []


def test_a_code_held_by_two_people_finds_both_until_one_is_removed() -> None:
    twins = [person(1, "Anna", "Meier", code="BCDFGHJKBCDFGHJKBCDF"),
             Attendee(id=2, code="BCDFGHJKBCDFGHJKBCDG", given_name="Anna", family_name="Meyer",
                      external_codes=("EB-7", "eb 7")),  # the same code twice, as a sloppy list may hold it
             Attendee(id=3, code="BCDFGHJKBCDFGHJKBCDH", given_name="Otto", family_name="Meyer",
                      external_codes=("EB-7",))]
    index = SearchIndex(twins)
    assert [(hit.attendee_id, hit.score) for hit in index.search("EB-7")] == [(2, EXACT), (3, EXACT)]
    assert names(index, "BCDF GHJK BCDF GHJK BCDF") == [1]
    index.remove(2)
    assert names(index, "eb7") == [3]
    index.put(twins[1])
    assert names(index, "EB 7") == [2, 3]
    index.remove(3)
    index.remove(2)
    assert names(index, "eb7") == []
    assert names(index, "anna") == [1]


def test_an_index_built_at_once_equals_one_built_person_by_person() -> None:
    # Own codes that are not ours, none at all, external codes with separators, only separators, in
    # another script, shared: built in one go (from a list in any order) or put() one by one by id,
    # the index holds the same postings in the same order.
    people = [*PEOPLE,
              Attendee(id=20, code="", given_name="Ada", family_name="Lovelace", email="ada@example.org",
                       external_codes=("EB-7", "--")),
              Attendee(id=21, code="AB-12/x", given_name="Ana", family_name="Meier", external_codes=("Ünï-5",)),
              Attendee(id=22, code="BCDFGHJKBCDFGHJKBCDF", given_name="Otto", family_name="Meier",
                       external_codes=("eb 7", "pretix:A1B2"))]
    at_once = SearchIndex(reversed(people))
    one_by_one = SearchIndex()
    for attendee in people:
        one_by_one.put(attendee)
    assert vars(at_once) == vars(one_by_one)
    assert names(at_once, "eb7") == [20, 22] and names(at_once, "uni5") == [21] and names(at_once, "ab12x") == [21]


def test_the_codes_of_a_whole_list_are_folded_as_each_persons_alone() -> None:
    from checkin.core import search

    def people(*codes: tuple[str, tuple[str, ...]]) -> list[Attendee]:
        return [Attendee(id=n, code=own, external_codes=external) for n, (own, external) in enumerate(codes, 1)]

    lists = [people(("BCDF1", ("EB-7",)), ("BCDF2", ("eb 8",))),  # one ticket each
             people(("BCDF1", ()), ("BCDF2", ("EB-7", "x/y")), ("BCDF3", ("--",))),  # none, two, only separators
             people(("BCDF1", ("EB-7",)), ("", ("EB-8",))),  # no own code
             people(("AB-12/x", ("EB-7",)), ("BCDF2", ("EB-8",))),  # an own code that is not ours
             people(("BCDF1", ("Ünï-5",)), ("BCDF2", ("EB-8",))),  # another script
             people(("BCD\x00F", ("EB-7",)), ("BCDF2", ("EB\x008",))),
             people(("BCDF1", ("--",)), ("BCDF2", ("EB-8",))),
             people(("BCDF1", ())), people()]
    for listed in lists:
        assert search._codes_of_all(listed) == [search.attendee_codes(person) for person in listed], listed
