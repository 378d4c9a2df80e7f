"""The bench's archived copies: alike in shape, different in figures."""

from provintel.bench import _DECIMAL, _raise_last_digit


def test_a_decimal_is_raised_in_its_last_place_keeping_its_places() -> None:
    assert _raise_last_digit(b"5.8", 3) == b"6.1"
    assert _raise_last_digit(b"60012.97", 24) == b"60013.21"
    assert _raise_last_digit(b"9.99", 1) == b"10.00"
    assert _raise_last_digit(b"0.5", 0) == b"0.5"


def test_copies_differ_in_every_decimal_and_nowhere_else() -> None:
    page = "全年地区生产总值60012.97亿元，比上年增长5.8%，2024年".encode()
    copies = {_DECIMAL.sub(lambda m, k=k: _raise_last_digit(m.group(0), k), page) for k in range(25)}
    assert len(copies) == 25
    assert all(c.endswith("2024年".encode()) for c in copies)
