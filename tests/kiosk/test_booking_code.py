from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk import booking_code as bc

codes = st.text(alphabet=bc.ALPHABET, min_size=8, max_size=8)


@given(codes, st.lists(st.sampled_from([" ", "-", "  ", "\u2013"]), max_size=3), st.booleans())
def test_case_spaces_and_hyphens_do_not_matter(code: str, seps: list[str], lower: bool) -> None:
    typed = code[:4] + "".join(seps) + code[4:]
    typed = typed.lower() if lower else typed
    assert bc.normalise(typed) == code
    assert bc.is_well_formed(bc.normalise(typed))


@given(codes, st.integers(0, 7), st.sampled_from(bc.ALPHABET))
def test_one_substitution_is_suggested(code: str, i: int, c: str) -> None:
    typo = code[:i] + c + code[i + 1:]
    if typo != code:
        assert bc.suggestions(typo, [code]) == [code]


@given(codes, st.integers(0, 6))
def test_swap_and_deletion_are_one_edit(code: str, i: int) -> None:
    swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
    if swapped != code:
        assert bc.one_edit_apart(swapped, code)
    assert bc.one_edit_apart(code[:i] + code[i + 1:], code)


@given(codes, codes)
def test_two_edits_are_not_suggested(a: str, b: str) -> None:
    differing = sum(x != y for x, y in zip(a, b, strict=True))
    if differing >= 3:
        assert bc.suggestions(a, [b]) == []


def test_display() -> None:
    assert bc.display("AURA2345") == "AURA-2345"
