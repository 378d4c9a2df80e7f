"""Table-driven tests for decoding, dates and document numbers."""

from __future__ import annotations

import re
from datetime import date

import pytest

from common.records import ParseError
from extractors.cn_text import canonical_doc_number, decode_html, nfkc, parse_date

PAGE = "<html><head><title>湖北省人民政府关于印发的通知</title></head><body><p>各市、州、县人民政府，省政府各部门：现将有关事项通知如下。</p></body></html>"


@pytest.mark.parametrize("raw,content_type", [
    (PAGE.encode("utf-8"), "text/html; charset=utf-8"),
    (PAGE.encode("utf-8"), "text/html"),
    (PAGE.replace("<head>", '<head><meta charset="gbk">').encode("gbk"), "text/html"),
    (PAGE.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gb18030"), None),
    (PAGE.encode("gb18030"), "text/html"),  # no charset anywhere: detection
    (PAGE.encode("gbk"), "text/html; charset=GBK"),
    (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), None),
])
def test_decode_html(raw: bytes, content_type: str | None) -> None:
    assert "湖北省人民政府" in decode_html(raw, content_type)


def test_gb2312_label_decodes_gb18030_only_characters() -> None:
    text = '<meta charset="gb2312"><p>镕基同志与堃先生讨论湖北省人民政府的工作安排</p>'
    assert "镕" in decode_html(text.encode("gb18030"), None)


def test_wrong_header_charset_falls_through_to_a_clean_decoding() -> None:
    assert "湖北省" in decode_html(PAGE.encode("gbk"), "text/html; charset=utf-8")


def test_mojibake_is_refused() -> None:
    garbled = PAGE.encode("utf-8").decode("latin-1").encode("utf-8")
    with pytest.raises(ParseError):
        decode_html(garbled, "text/html; charset=utf-8")


@pytest.mark.parametrize("text,expected", [
    ("2019 年 10 月 30 日", date(2019, 10, 30)),
    ("2025-12-26 10:31", date(2025, 12, 26)),
    ("发布日期：2025年3月5日", date(2025, 3, 5)),
    ("２０２４年１２月３１日", date(2024, 12, 31)),
    ("二〇一七年三月五日", date(2017, 3, 5)),
    ("二〇二五年十二月二十六日", date(2025, 12, 26)),
    ("2024/07/01", date(2024, 7, 1)),
    ("无", None),
])
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_impossible_date_is_an_error() -> None:
    with pytest.raises(ParseError):
        parse_date("2025年2月30日")


@pytest.mark.parametrize("raw,canon,parts", [
    ("鄂政办发〔2025〕44号", "鄂政办发〔2025〕44号", ("鄂政办发", 2025, 44)),
    ("湘政发 〔2009〕30号", "湘政发〔2009〕30号", ("湘政发", 2009, 30)),
    ("豫政办[2024]42号", "豫政办〔2024〕42号", ("豫政办", 2024, 42)),
    ("赣府发（2025）8号", "赣府发〔2025〕8号", ("赣府发", 2025, 8)),
    ("黑政调〔２０２０〕６号", "黑政调〔2020〕6号", ("黑政调", 2020, 6)),
    ("晋政发【2022】9号", "晋政发〔2022〕9号", ("晋政发", 2022, 9)),
    ("省政府令第 175 号", "省政府令第175号", ("省政府令", None, 175)),
    ("湖北省人民政府令第438号", "湖北省人民政府令第438号", ("湖北省人民政府令", None, 438)),
    # (a sixth review) an order's number in brackets, in the older word order, another organ's; 〖〗 brackets; a 号
    # left off at the end
    ("湖北省人民政府令（第435号）", "湖北省人民政府令第435号", ("湖北省人民政府令", None, 435)),
    ("省政府第435号令", "省政府令第435号", ("省政府令", None, 435)),
    ("国务院令第777号", "国务院令第777号", ("国务院令", None, 777)),
    ("鄂政发〖2024〗5号", "鄂政发〔2024〕5号", ("鄂政发", 2024, 5)),
    ("鄂政发〔2024〕5", "鄂政发〔2024〕5号", ("鄂政发", 2024, 5)),
    # not the words a value runs on from (an issuer's name, a date)
    ("中共湖北省委办公厅 湖北省人民政府办公厅 鄂办发〔2024〕1号", "鄂办发〔2024〕1号", ("鄂办发", 2024, 1)),
    ("3月5日鄂政办发〔2024〕1号", "鄂政办发〔2024〕1号", ("鄂政办发", 2024, 1)),
])
def test_canonical_doc_number(raw: str, canon: str, parts: tuple[str, int | None, int]) -> None:
    from warehouse.audit import DOC_NUMBER_RE

    result = canonical_doc_number(raw)
    assert result is not None
    assert result[0] == canon
    assert re.fullmatch(DOC_NUMBER_RE, canon)  # (the load's audit takes every 文号 the parser writes)
    assert (result[1]["prefix"], result[1]["year"], result[1]["serial"]) == parts


@pytest.mark.parametrize("raw", ["null", "", "无", "见附件", "第435号"])  # (第435号: an order with no organ)
def test_no_doc_number(raw: str) -> None:
    assert canonical_doc_number(raw) is None


def test_nfkc_maps_what_nfkc_leaves() -> None:
    assert nfkc("\u22125.9") == "-5.9"
    assert nfkc("３．５") == "3.5"


def test_utf8_page_mislabelled_gbk_still_reads() -> None:
    raw = PAGE.replace("<head>", '<head><meta charset="gbk">').encode("utf-8")
    assert "湖北省人民政府" in decode_html(raw, "text/html; charset=GBK")


def test_the_byte_search_for_mojibake_misses_no_suspect_character() -> None:
    """A UTF-8 page's bytes are searched for the suspect characters' lead bytes before the text is
    scanned: every character the scan looks for is found that way, alone or in mojibake."""
    from extractors.cn_text import _SUSPECT, _garbled

    suspects = [chr(c) for c in range(0x110000) if _SUSPECT.fullmatch(chr(c))]
    assert "锟" in suspects and "Ã" in suspects
    for ch in suspects:
        for text in (f"湖北省{ch}人民政府", f"湖北省{ch * 3}人民政府", "湖北省锟斤拷政府", "ï»¿湖北省"):
            assert _garbled(text, text.encode()) == _garbled(text)
    for bad in ("湖北锟斤拷政府", "湖北ÃÂÅ政府", "湖北\x85政府"):
        assert _garbled(bad, bad.encode())
    assert not _garbled("湖北省人民政府", "湖北省人民政府".encode())


def test_the_utf8_bytes_handed_to_the_parser_are_the_decoded_text() -> None:
    """tree_of parses a UTF-8 page's own bytes: for every way a page can be decoded they are the text's
    UTF-8 (an ASCII page declared utf-8-sig has no BOM to cut; a BOM is cut; gb18030 is re-encoded)."""
    from extractors.cn_text import decode_to_utf8

    pages = [(b'<meta charset="utf-8-sig"><p>x</p>', None), (b"\xef\xbb\xbf<p>\xe6\xb9\x96</p>", None),
             (PAGE.encode("gb18030"), "text/html; charset=gbk"), (PAGE.encode(), None),
             (b"<p>&#x6B63;</p>", "text/html; charset=utf-8-sig"), (b"a\x00b", None)]
    for body, content_type in pages:
        text, utf8 = decode_to_utf8(body, content_type)
        assert utf8 == text.encode("utf-8")
    with pytest.raises(ParseError):  # a lone surrogate is not text the parser can take
        decode_to_utf8(b"+2AA-", "text/html; charset=utf-7")
    assert decode_html(b"+2AA-", "text/plain; charset=utf-7") == "\ud800"  # as before for plain text


# characters that interact under NFKC (marks, jamo, syllables), change alone (full-width, compatibility
# ideographs, circled and Roman numerals, superscripts) or stay (ASCII, ideographs)
_NFKC_POOL = ("e", "A", "1", " ", "\n", "中", "国", "，", "％", "Ａ", "１", "\u3000", "\xa0", "\u0301", "\u0323",
              "\u0308", "é", "\u1100", "\u1161", "\u11a8", "가", "ㄱ", "ㅏ", "\uffa1", "\uf900", "①", "Ⅳ", "²", "㎡",
              "ﬁ", "\u2212", "\ufe30", "\u0e33", "\u0cc6", "\u0cc2", "\u0cd5", "\U0001d400")


def test_nfkc_read_by_characters_is_nfkc() -> None:
    import random
    import unicodedata

    from extractors.cn_text import to_nfkc

    for cp in range(0x30000):  # every character alone, the BMP and the two planes after it
        c = chr(cp)
        if not 0xD800 <= cp <= 0xDFFF:
            assert to_nfkc(c) == unicodedata.normalize("NFKC", c), hex(cp)
    rng = random.Random(7)
    for _ in range(20000):  # and in company: a mark after a full-width letter composes with its form
        s = "".join(rng.choice(_NFKC_POOL) for _ in range(rng.randint(1, 12)))
        assert to_nfkc(s) == unicodedata.normalize("NFKC", s), ascii(s)
    assert to_nfkc("Ａ\u0301") == "Á" and to_nfkc("ᄀ\u1161") == "가"


def test_clean_space_reads_every_kind_of_whitespace_as_one_space() -> None:
    from extractors.cn_text import clean_space

    zero_width = "\u200b\u200c\u200d\u2060\ufeff"  # (gone: an editor's U+200B after a heading)
    for cp in (*range(0x3001), *map(ord, zero_width)):  # the last whitespace character is the ideographic space
        s = f"{chr(cp)}中{chr(cp)}{chr(cp)}文{chr(cp)}"
        assert clean_space(s) == ("中 文" if chr(cp).isspace() else "中文" if chr(cp) in zero_width else s), hex(cp)
    assert clean_space(" 发布\xa0\u3000时间：\n\t2025-01-02 ") == "发布 时间： 2025-01-02"
