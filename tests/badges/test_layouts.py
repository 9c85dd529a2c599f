"""Layouts are data: the shipped ones load, broken ones fail naming the file and element at fault."""

from __future__ import annotations

import json

import pytest

import badges
from badges import LayoutError, load_layout
from badges.layout import QrElement, TextElement

SHIPPED = ["a6", "a7", "4x3in", "cr80", "fold", "namecard"]


def test_the_promised_layouts_are_shipped():
    assert set(SHIPPED) <= set(badges.list_layouts())


@pytest.mark.parametrize("name", SHIPPED)
def test_each_shipped_layout_loads_with_a_name_and_a_qr_or_name(name):
    layout = load_layout(name)
    fields = {e.field for e in layout.front if isinstance(e, TextElement)}
    assert fields & {"name_first", "given_name", "display_name"}
    if name != "namecard":
        assert any(isinstance(e, QrElement) and e.field == "code" for e in layout.front)


def test_stock_sizes_are_the_standard_ones():
    sizes = {n: (load_layout(n).width, load_layout(n).height) for n in SHIPPED}
    assert sizes["a6"] == (105, 148)
    assert sizes["a7"] == (74, 105)
    assert sizes["4x3in"] == pytest.approx((101.6, 76.2))
    assert sizes["cr80"] == pytest.approx((85.6, 53.98))
    assert sizes["namecard"] == (297, 210)


def _write(tmp_path, data, name="mine.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


GOOD_TEXT = {"type": "text", "name": "given name", "field": "given_name", "x": 5, "y": 5, "width": 50, "height": 10}


def test_a_layout_file_of_your_own_loads_by_path(tmp_path):
    path = _write(tmp_path, {"stock": {"width": 60, "height": 40}, "front": [GOOD_TEXT]})
    layout = load_layout(path)
    assert layout.name == "mine" and layout.width == 60


def test_missing_file_is_named(tmp_path):
    with pytest.raises(LayoutError) as caught:
        load_layout(tmp_path / "nope.json")
    assert "nope.json" in str(caught.value)
    assert "does not exist" in str(caught.value)


def test_unknown_shipped_name_lists_the_known_ones():
    with pytest.raises(LayoutError) as caught:
        load_layout("a5-mystery")
    assert "a6" in str(caught.value)


def test_broken_json_names_line_and_column(tmp_path):
    path = _write(tmp_path, '{"stock": {"width": 60, "height": 40},\n "front": [ }')
    with pytest.raises(LayoutError) as caught:
        load_layout(path)
    assert "mine.json" in str(caught.value) and "line 2" in str(caught.value)


@pytest.mark.parametrize(
    ("element", "words"),
    [
        ({**GOOD_TEXT, "width": -3}, "'width' must be a positive number"),
        ({**GOOD_TEXT, "x": 40}, "goes outside"),
        ({**GOOD_TEXT, "align": "justify"}, "'align' must be one of"),
        ({**GOOD_TEXT, "colour": "blue-ish"}, "is not a colour"),
        ({**GOOD_TEXT, "text": "Hello"}, "exactly one of 'field'"),
        ({"type": "qr", "name": "qr", "x": 1, "y": 1, "width": 20, "height": 10}, "must be square"),
        ({"type": "sticker", "name": "odd", "x": 1, "y": 1}, "unknown type 'sticker'"),
        ({"type": "image", "name": "logo", "x": 1, "y": 1, "width": 10, "height": 10}, "exactly one of 'path'"),
    ],
)
def test_a_bad_element_is_named_by_number_and_name(tmp_path, element, words):
    path = _write(tmp_path, {"stock": {"width": 60, "height": 40}, "front": [GOOD_TEXT, element]})
    with pytest.raises(LayoutError) as caught:
        load_layout(path)
    error = caught.value
    assert error.element_index == 1
    assert error.element_name == element.get("name")
    assert "element 2" in str(error) and f"('{element['name']}')" in str(error)
    assert words in str(error)
    assert error.path == path


def test_missing_stock_is_explained(tmp_path):
    with pytest.raises(LayoutError, match="'stock' is missing"):
        load_layout(_write(tmp_path, {"front": [GOOD_TEXT]}))
