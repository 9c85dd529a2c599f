import math

import pytest

from checkin.core import codes

# What the host prints when a US-positioned scanner presses the key for `char`
# (unshifted for digits, case kept for letters), for each desk layout.
US_TO_AZERTY = str.maketrans("aqzwmAQZWM1234567890", "qaWz,QAWZ?&é\"'(-è_çà".replace("W", "w", 1))
US_TO_QWERTZ = str.maketrans("yzYZ", "zyZY")


def test_code_has_event_prefix_length_and_alphabet() -> None:
    prefix = codes.new_event_prefix()
    code = codes.new_code(prefix)
    assert len(code) == codes.CODE_LENGTH == 20
    assert code.startswith(prefix)
    assert set(code) <= set(codes.ALPHABET)
    assert codes.is_own_format(code)


def test_codes_carry_at_least_64_random_bits() -> None:
    assert codes.RANDOM_LENGTH * math.log2(len(codes.ALPHABET)) >= 64


def test_codes_do_not_repeat() -> None:
    prefix = codes.new_event_prefix()
    assert len({codes.new_code(prefix) for _ in range(20000)}) == 20000


@pytest.mark.parametrize("layout", [US_TO_AZERTY, US_TO_QWERTZ])
def test_alphabet_types_the_same_on_azerty_and_qwertz(layout: dict) -> None:
    for letter in codes.ALPHABET:
        assert letter.translate(layout) == letter
        assert letter.lower().translate(layout) == letter.lower()


def test_alphabet_has_no_look_alikes() -> None:
    assert not set("IL O01".replace(" ", "")) & set(codes.ALPHABET)


def test_readings_repair_azerty_digits_of_an_eventbrite_barcode() -> None:
    barcode = "123456789012345678"
    garbled = barcode.translate(US_TO_AZERTY)
    assert garbled == "&é\"'(-è_çà&é\"'(-è_"
    assert barcode in codes.readings(garbled)


def test_readings_repair_azerty_letters_of_a_pretix_secret() -> None:
    secret = "qmzaw7pk"
    garbled = secret.translate(US_TO_AZERTY)
    assert garbled != secret
    assert codes.fold_code(secret) in codes.readings(garbled)


def test_readings_repair_qwertz() -> None:
    assert codes.fold_code("xyz9") in codes.readings("xzy9")


def test_fold_code_ignores_case_spaces_and_hyphens() -> None:
    assert codes.fold_code(" bcdf-ghjk kbcd\t") == "BCDFGHJKKBCD"


def test_clean_scan_removes_control_characters_and_plausibility_bounds_length() -> None:
    assert codes.clean_scan("\x02BCDF\r\n") == "BCDF"
    assert not codes.is_plausible_input("   \r\n")
    assert not codes.is_plausible_input("B" * 10_000)
    assert codes.is_plausible_input("B" * 20)


def test_codes_for_a_list_keep_the_given_codes_folded_and_make_fresh_ones_where_empty() -> None:
    from checkin.core.codes import codes_for, is_own_format

    mixed = codes_for(["", "eb-7 1", "", "pretix:A1"], "BCDF")
    assert mixed[1:4:2] == ["EB71", "PRETIXA1"]
    assert all(is_own_format(code) and code.startswith("BCDF") for code in mixed[0:3:2]) and mixed[0] != mixed[2]
    fresh = codes_for([""] * 500, "BCDF")  # a list with no codes of its own
    assert len(set(fresh)) == 500 and all(is_own_format(code) and code.startswith("BCDF") for code in fresh)
    assert codes_for([], "BCDF") == [] and codes_for(["x"], "BCDF") == ["X"]


def test_codes_folded_together_are_folded_as_each_alone() -> None:
    from checkin.core.codes import fold_code, fold_codes

    plain = ["eb-7 1", "pretix:A1b2", "", "  x/y.z_w ", "ABC", "a)b"]
    for given in (plain, [*plain, "Ünï-5"], [*plain, "nul\x00in it"], ["one-1"], [], ["\x00"], ["a", "b\tc"]):
        assert fold_codes(given) == [fold_code(code) for code in given], given
