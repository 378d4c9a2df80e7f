"""Chinese page text: decoding bytes, numbers, dates and document numbers, by explicit rules."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from charset_normalizer import from_bytes

from common.records import ParseError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)
# mojibake: UTF-8 read as latin-1/cp1252, or GBK read as UTF-8 then re-encoded
_MOJIBAKE = re.compile("[ÃÂÅÆÇÐÑØæåäöüéèêëìíîïðñòóôõøùúûýþÿ]{3,}|锟斤拷|ï»¿|[\x80-\x9f]")


def _canonical_codec(name: str) -> str:
    n = name.lower().replace("_", "-")
    if n in ("gb2312", "gbk", "gb-2312", "x-gbk", "cp936", "gb18030", "euc-cn"):
        return "gb18030"  # gb2312 and gbk pages routinely contain gb18030-only characters
    if n in ("utf8",):
        return "utf-8"
    return n


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode page bytes by header charset, then meta tag, then detection; refuse garbage.

    gb2312/gbk are decoded as gb18030; a text with U+FFFD or mojibake raises ParseError.
    """
    return _decode(body, content_type)[0]


def decode_to_utf8(body: bytes, content_type: str | None = None) -> tuple[str, bytes]:
    """`decode_html`'s text and the same text as UTF-8 bytes (a UTF-8 page's own bytes, not re-encoded)."""
    text, utf8 = _decode(body, content_type)
    if utf8 is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate (utf-7, escapes): no page text is one
            raise ParseError(f"page decodes to text that is not Unicode text: {exc}") from exc
    return text, utf8


def _decode(body: bytes, content_type: str | None) -> tuple[str, bytes | None]:
    """The text, and the page's own bytes when they are that text's UTF-8 (None otherwise)."""
    body = body.replace(b"\x00", b"")  # lxml truncates text at a NUL byte
    candidates: list[str] = []
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        candidates.append(_canonical_codec(m.group(1)))
    if m2 := _META_CHARSET.search(body[:4096]):
        candidates.append(_canonical_codec(m2.group(1).decode("ascii", "ignore")))
    if body.startswith(b"\xef\xbb\xbf"):
        candidates.insert(0, "utf-8-sig")
    # valid multi-byte UTF-8 is almost never an accident (gb18030 would decode it too, wrongly):
    # it wins over a header or meta that says otherwise
    as_utf8: str | None = None
    if not body.isascii():
        try:
            as_utf8 = body.decode("utf-8")
            candidates.insert(0, "utf-8")
        except UnicodeDecodeError:
            pass
    candidates.append("utf-8")
    for codec in dict.fromkeys(candidates):
        try:
            text = as_utf8 if codec == "utf-8" and as_utf8 is not None else body.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _garbled(text, body if codec == "utf-8" else None):
            # the bytes decode cleanly yet read as mojibake: the page itself is damaged
            raise ParseError(f"page decodes as {codec} but contains U+FFFD or mojibake")
        if codec == "utf-8-sig" and body.startswith(b"\xef\xbb\xbf"):
            return text, body[3:]
        return text, body if codec in ("utf-8", "utf-8-sig") else None
    best = from_bytes(body).best()
    if best is not None and best.encoding:
        try:
            text = body.decode(_canonical_codec(best.encoding))
        except (UnicodeDecodeError, LookupError):
            text = "\ufffd"
        if not _garbled(text):
            return text, None
    raise ParseError("cannot decode page: no charset gives clean text (U+FFFD or mojibake)")


# a character every mojibake match starts with: one class scans fast, the alternation only from there
_SUSPECT = re.compile("[ÃÂÅÆÇÐÑØæåäöüéèêëìíîïðñòóôõøùúûýþÿ锟\x80-\x9f]")


def _suspect_bytes(utf8: bytes) -> bool:
    """Whether UTF-8 bytes hold a suspect character: U+00C0..U+00FF (lead byte C3), U+0080..U+009F
    (C2 80..9F; C2 A0..BF is NBSP, ©, · and the like, common on Chinese pages) or 锟."""
    if b"\xc3" in utf8 or "锟".encode() in utf8:
        return True
    at = utf8.find(b"\xc2")
    while at != -1 and at + 1 < len(utf8):
        if 0x80 <= utf8[at + 1] <= 0x9F:
            return True
        at = utf8.find(b"\xc2", at + 1)
    return False


def _garbled(text: str, utf8: bytes | None = None) -> bool:
    """Whether text holds U+FFFD or mojibake; `utf8`, when given, is the text's own UTF-8 bytes, where
    the suspect characters are looked for by a byte search first (a page seldom has any)."""
    if "\ufffd" in text:
        return True
    if utf8 is not None and not _suspect_bytes(utf8):
        return False
    first = _SUSPECT.search(text)
    return first is not None and bool(_MOJIBAKE.search(text, first.start()))


# characters whose NFKC form may not be themselves: all but printable ASCII and the CJK ideographs
_MAY_CHANGE = re.compile("[^\x20-\x7e\u4e00-\u9fff]")
_NFKC_FORMS: dict[str, str | None] = {}  # character -> its NFKC form; None: normalise the text whole


def _nfkc_form(c: str) -> str | None:
    # A text normalised character by character reads as its NFKC form unless characters interact:
    # canonical reordering moves combining marks (category M), and composition joins a character to a
    # following mark or a Hangul syllable to its vowel and final jamo. A character whose decomposition
    # holds none of those interacts with no neighbour.
    for x in unicodedata.normalize("NFKD", c):
        if unicodedata.category(x)[0] == "M" or "\u1100" <= x <= "\u11ff" or "\ua960" <= x <= "\ua97f" \
                or "\ud7b0" <= x <= "\ud7ff":
            return None
    return unicodedata.normalize("NFKC", c)


def to_nfkc(s: str) -> str:
    """`unicodedata.normalize("NFKC", s)`: each character that changes replaced by its form where that
    reads the same (a page's text is ideographs, ASCII and a few dozen others): twice as fast."""
    out = s
    for c in set(_MAY_CHANGE.findall(s)):
        try:
            form = _NFKC_FORMS[c]
        except KeyError:
            form = _NFKC_FORMS[c] = _nfkc_form(c)
        if form is None:
            return unicodedata.normalize("NFKC", s)
        if form != c:
            out = out.replace(c, form)
    return out


def nfkc(s: str) -> str:
    """NFKC (which makes NBSP and the ideographic space spaces) plus the Unicode minus it leaves alone."""
    return to_nfkc(s).replace("\u2212", "-")


_LABEL_NOISE = re.compile(r"[\s\u3000\xa0:：]+")


def clean_space(s: str) -> str:
    """Every run of whitespace (NBSP and the ideographic space among them) as one space, none at the ends;
    zero-width characters (an editor's U+200B after a heading) gone."""
    if "\u200b" in s or "\ufeff" in s or "\u200c" in s or "\u200d" in s or "\u2060" in s:
        s = s.translate(_ZERO_WIDTH)  # (a look first: translating every string costs 20 times the split)
    return " ".join(s.split())


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def label_key(s: str) -> str:
    """Normalise a field label: drop spaces (NBSP and full-width too) and the trailing colon."""
    return _LABEL_NOISE.sub("", s)


# (a zero typed as a letter O or a digit 0 in Word: 二O二四年, 二0二四年)
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "o": 0, "0": 0, "０": 0,
              "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DATE = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_CN_DATE = re.compile(r"([〇零○ＯOo0０一二三四五六七八九]{4})年"
                      r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def _cn_number(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGITS[s[1]]
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[s]


def parse_date(s: str) -> date | None:
    """Read `2019 年 10 月 30 日`, `2025-12-26 10:31`, `二〇一七年三月五日`; None when absent."""
    t = nfkc(s)
    if m := _DATE.search(t):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _CN_DATE.search(s):
        y = int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))
        mo, d = _cn_number(m.group(2)), _cn_number(m.group(3))
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError as exc:
        raise ParseError(f"impossible date {s!r}") from exc


_DOCNO = re.compile(r"(?P<prefix>[\u4e00-\u9fa5]{1,12}?)[〔\[（(【〖](?P<year>\d{4})[〕\]）)】〗]"
                    r"第?(?P<no>\d+)(?:号|$)")
# (an organ's full name or a date run on before it: not 赣府厅明电, whose 厅 is the 文号's own)
_BEFORE_PREFIX = re.compile(r"(?:[\u4e00-\u9fa5]{4,}(?:厅|局|委员会|人民政府|办公室)|日|号)([^厅局日号]{2,})$")
# an order's number: 湖北省人民政府令第435号, …令（第435号）, 国务院令第777号; the older 省政府第435号令 (a bare
# 第435号 names no organ: no 文号)
_ORDER = re.compile(r"(?P<prefix>[\u4e00-\u9fa5]{0,10}?令)[(（]?第(?P<no>\d+)号[)）]?")
_ORDER_AFTER = re.compile(r"(?P<organ>[\u4e00-\u9fa5]{0,10}?)第(?P<no>\d+)号令")


def canonical_doc_number(raw: str) -> tuple[str, dict[str, str | int | None]] | None:
    """Canonicalise a 文号 (NFKC, no spaces, brackets → 〔〕); return it with its parts."""
    t = re.sub(r"\s+", "", nfkc(raw))
    if not t or t.lower() in ("null", "无", "none"):
        return None
    if m := _DOCNO.search(t):
        # (not the words a value runs on from: 湖北省人民政府办公厅 鄂办发〔2024〕1号, 3月5日鄂政办发…)
        prefix = cut.group(1) if (cut := _BEFORE_PREFIX.search(m["prefix"])) else m["prefix"]
        canon = f"{prefix}〔{m['year']}〕{int(m['no'])}号"
        return canon, {"prefix": prefix, "year": int(m["year"]), "serial": int(m["no"])}
    if m := _ORDER.search(t):
        canon = f"{m['prefix']}第{int(m['no'])}号"
        return canon, {"prefix": m["prefix"], "year": None, "serial": int(m["no"])}
    if m := _ORDER_AFTER.search(t):
        prefix = m["organ"] + "令"
        return f"{prefix}第{int(m['no'])}号", {"prefix": prefix, "year": None, "serial": int(m["no"])}
    return None
