"""A statistical communiqué's HTML tables (表3：2019年主要农产品产量 …): figures its sentences never state.

Two halves, as elsewhere: `tables_in` reads a page's tree into `Table`s (cells as text, spans
repeated, a label's indentation kept; a caption from the table's <caption>, the line above it, or the
line under it on a page that puts captions there); `figures` is pure and reads a `Table` into figures.
Only a table of a kind the reader knows (`_KINDS`), captioned 表N for the release's own area and year,
is read. A row yields a figure only when its label, alone or with the kind's noun (水泥 in
主要工业产品产量 → 水泥产量), is a catalogue name in the kind's sections, and only as its own whole (a
part row under the row it is a part of, `_part_of`); a column only when its header says what it holds
(绝对数, 产量 (吨), 比上年增长(%), 指数(上年=100)); a level only with a unit printed for it. Columns naming
a period, another year, a share or a change in points are left out, and so is any table the header rows
of which cannot be told from its data (a layout table, a list of places). When in doubt, a figure is left
out: a missed figure is a gap, a wrong one is a wrong briefing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extractors import catalogue
from extractors.cn_text import clean_space, to_nfkc


@dataclass(frozen=True)
class Table:
    caption: str  # the table's title line (表1：2019年年末人口数及构成), or the nearest short line by it
    unit: str  # a unit the caption lines give every figure (单位：万吨), or ""
    rows: tuple[tuple[str, ...], ...]  # each row's cells as text, header rows first, spans repeated


@dataclass(frozen=True)
class TableFigure:
    indicator: str
    measure: str
    value: float
    unit: str  # canonical
    name: str  # the row's label as printed
    source: str  # caption | row, for the observation's source text
    basis: str = ""  # a growth's: the canonical unit of the row's level (dollars grow otherwise than yuan)


# -- the tree side ----------------------------------------------------------------------------------

_LINE_TAGS = frozenset(("br", "p", "div", "li"))
_ABOVE = 3  # how many lines above a table its caption and unit note may take
_CAPTION_LEN = 60  # a line above a table longer than this is body text, not its caption


def tables_in(root: Any) -> tuple[Table, ...]:
    """Every innermost table of the page with at least two rows, in the page's order."""
    # (a layout table around the article: its inner tables are read on their own)
    tables = [(t, grid) for t in root.iter("table") if next(t.iterdescendants("table"), None) is None
              and len(grid := _grid(t)) >= 2]
    # a page that puts its captions under its tables shows it by a 表N line under an uncaptioned table with the
    # page's text going on after it; there a 表N line between two tables may be either's, and is neither's
    # (…or a table as an image: <img> / 表3… / the text)
    under = any(_caption_under(t) for t, grid in tables if not _TABLE_NUMBER.match(grid[0][0])) \
        or any(_caption_under(img) for img in root.iter("img"))
    found: list[Table] = []
    for t, grid in tables:
        lines, between = _lines_above(t)
        # (…and anywhere, a 表N line right under a table that has no caption of its own above it may be its; under an
        # image, on a page that puts captions under, the image's)
        before = found[-1] if found and between == "table" else None
        told = before is not None and bool(before.caption or _TABLE_NUMBER.match(before.rows[0][0]))
        caption = _own_caption(t) or ("" if between and (under or between == "table" and not told)
                                      else _caption(lines))
        found.append(Table(caption, _unit_note(lines), tuple(grid)))
    return tuple(found)


def _own_caption(table: Any) -> str:
    """The table's <caption>, if it has one."""
    caption = table.find("caption")
    return clean_space("".join(caption.itertext())) if caption is not None else ""


def _block(el: Any) -> Any:
    """The element standing for `el` among the page's blocks: `el`, or a wrapper holding nothing else."""
    for _ in range(3):
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html") or any(
                sib is not el and isinstance(sib.tag, str) and _filled(sib) for sib in parent) \
                or (parent.text or "").strip() or any((sib.tail or "").strip() for sib in parent):
            return el
        el = parent
    return el


def _filled(el: Any) -> bool:
    """Whether an element shows anything: text, a table or an image."""
    return el.tag in ("table", "img") or next(el.iter("table", "img"), None) is not None \
        or bool("".join(el.itertext()).strip())


def _near(el: Any, forward: bool) -> Any:
    """The next (or previous) block after `el` that shows anything, or None."""
    step = el.getnext if forward else el.getprevious
    near = step()
    while near is not None and (not isinstance(near.tag, str) or not _filled(near)):
        near = near.getnext() if forward else near.getprevious()
    return near


def _tabular(el: Any) -> bool:
    return el.tag in ("table", "img") or next(el.iter("table", "img"), None) is not None


def _text(el: Any) -> str:
    return clean_space("".join(el.itertext()))


def _aside(text: str) -> bool:
    """A line that stands between a caption and its table: a unit note, a bracketed remark ((不含农户))."""
    return bool(_UNIT_NOTE.search(text)) or bool(_REMARK_LINE.fullmatch(text))


def _lines_above(table: Any) -> tuple[list[str], str]:
    """The caption line just above the table with the unit notes and remarks between, nearest last; and what stands
    right above that caption line: "table", "image" (a 表N line between two tables, or a table as an image) or ""."""
    lines: list[str] = []
    before = _near(_block(table), forward=False)
    while before is not None and not _tabular(before) and len(lines) < _ABOVE:
        text = _text(before)
        if len(text) > _CAPTION_LEN or "。" in text:
            break
        lines.insert(0, text)
        if _TABLE_NUMBER.match(text):
            above = _near(before, forward=False)
            if above is None or not _tabular(above):
                return lines, ""
            return lines, "table" if above.tag == "table" or next(above.iter("table"), None) is not None else "image"
        if not _aside(text):
            break
        before = _near(before, forward=False)
    return [ln for ln in lines if _aside(ln)], ""


def _caption_under(table: Any) -> bool:
    """Whether a 表N line under an uncaptioned table (or image) is followed by the page's text, not by a table or
    image (with its unit note or remark between) it would head."""
    lines, between = _lines_above(table)
    if _own_caption(table) or _TABLE_NUMBER.match(_caption(lines)) and not between:
        return False
    caption = _near(_block(table), forward=True)
    if caption is None or _tabular(caption) or not _TABLE_NUMBER.match(text := _text(caption)) \
            or len(text) > _CAPTION_LEN:
        return False
    after = _near(caption, forward=True)
    while after is not None and not _tabular(after) and _aside(_text(after)):
        after = _near(after, forward=True)
    return after is None or not _tabular(after)


def _lines(cell: Any) -> list[str]:
    """A cell's lines: a <br>, <p> or <div> in it starts a new one (a broken table's column in one cell)."""
    out = [""]

    def walk(el: Any) -> None:
        for child in el:
            if isinstance(child.tag, str):
                if child.tag in _LINE_TAGS:
                    out.append("")
                out[-1] += child.text or ""
                walk(child)
                if child.tag in _LINE_TAGS:
                    out.append("")
            out[-1] += child.tail or ""

    out[-1] += cell.text or ""
    walk(cell)
    return [line for line in map(clean_space, out) if line]


_INDENT = "\u3000"


def _indent(cell: Any) -> int:
    """How far a cell's text is indented: an ideographic space two, any other blank one."""
    text = "".join(cell.itertext()).lstrip("\u200b\ufeff")
    blanks = text[: len(text) - len(text.lstrip())]
    return sum(2 if c == _INDENT else 1 for c in blanks if c != "\n")


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(50, int(str(cell.get(name) or "1").strip())))
    except ValueError:
        return 1


def _grid(table: Any) -> list[tuple[str, ...]]:
    """The table's rows, a cell spanning columns or rows repeated in each; a row whose cells each hold the
    same number of lines (纱 布 啤酒 … | 吨 万米 千升 … | 42537 11310 …) split into that many rows."""
    rows: list[tuple[str, ...]] = []
    spans: dict[int, list[Any]] = {}  # column -> [rows still to fill, lines]
    for tr in table.iter("tr"):
        row: dict[int, list[str]] = {}
        col = 0
        for cell in (c for c in tr if c.tag in ("td", "th")):
            while spans.get(col, [0])[0] > 0:
                row[col] = spans[col][1]
                spans[col][0] -= 1
                col += 1
            lines, wide, tall = _lines(cell), _span(cell, "colspan"), _span(cell, "rowspan")
            if col == 0 and lines and (indent := _indent(cell)):
                lines = [_INDENT * indent + lines[0], *lines[1:]]  # (an indented label: a part, 　出口 under 进出口)
            for k in range(wide):
                row[col + k] = lines
                if tall > 1:
                    spans[col + k] = [tall - 1, lines]
            col += wide
        for c, (left, lines) in spans.items():
            if left > 0 and c not in row:
                row[c] = lines
                spans[c][0] -= 1
        if not row:
            continue
        cells = [row.get(c, []) for c in range(max(row) + 1)]
        counts = {len(lines) for lines in cells if lines}
        if len(counts) == 1 and (n := counts.pop()) > 1 and sum(1 for lines in cells if lines) > 1:
            rows.extend(tuple(lines[i] if lines else "" for lines in cells) for i in range(n))
        else:
            rows.append(tuple(" ".join(lines) for lines in cells))
    return rows


_TABLE_NUMBER = re.compile(r"^(?:附)?表\s*\d")
_UNIT_NOTE = re.compile(r"单位\s*[:：]\s*([^\s,，;；)）]+)")
# ((不含农户), (上年=100): a caption's remark on a line of its own
_REMARK_LINE = re.compile(r"[(（][^()（）]{1,20}[)）]")


def _caption(lines: list[str]) -> str:
    return next((ln for ln in reversed(lines) if _TABLE_NUMBER.match(ln)), "")


def _unit_note(lines: list[str]) -> str:
    # (单位：亿元人民币: yuan)
    return next((m.group(1).removesuffix("人民币") for ln in reversed(lines) if (m := _UNIT_NOTE.search(ln))), "")


# -- the pure side --------------------------------------------------------------------------------

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class _Kind:
    caption: re.Pattern[str]  # what the caption of a table of this kind says
    noun: str  # the noun its rows are named without (主要农产品产量: 粮食 is 粮食产量)
    sections: tuple[str, ...]  # the catalogue sections its rows' figures may be in
    only: frozenset[str] = frozenset()  # …and, if any, the only figures they may be
    # the rows whose parts are wholes of their own (#工业 under 第二产业); under any other (民间投资's 其中：基础设施)
    # a part is that row's part; empty: any row's
    wholes: frozenset[str] = frozenset()


# the kinds of table a communiqué prints that the reader knows; any other (主要经济指标, 规模以上工业企业利润,
# 全社会用电量, 外商直接投资…, 耐用消费品拥有量) is left out: a row of it named like a catalogue figure (第二产业,
# 高技术制造业) is another figure's
_KINDS = (
    _Kind(re.compile(r"人口数|人口(?:及其?)?构成"), "人口", ("population",),
          wholes=frozenset(("population_resident",))),
    _Kind(re.compile(r"居民消费价格"), "价格", ("prices",)),
    _Kind(re.compile(r"产品产量|农作物\S*产量"), "产量", ("agriculture", "industry", "energy")),
    _Kind(re.compile(r"固定资产投资"), "投资", ("investment", "construction"),
          wholes=frozenset(("fixed_asset_investment", "fai_primary", "fai_secondary", "fai_tertiary",
                            "industrial_investment"))),
    _Kind(re.compile(r"房地产开发"), "", ("construction",)),
    _Kind(re.compile(r"存贷款|存款|贷款"), "", ("finance",),
          frozenset(("deposits", "loans", "deposits_rmb", "loans_rmb", "household_deposits")),
          frozenset(("deposits", "loans", "deposits_rmb", "loans_rmb"))),
    # (the two ways and the total only: 一般贸易 or 对欧盟 under 出口, however indented, is that way's)
    _Kind(re.compile(r"进出口"), "", ("trade",), frozenset(("trade_total", "exports", "imports")),
          frozenset(("trade_total",))),
    _Kind(re.compile(r"运输"), "", ("transport",)),
    _Kind(re.compile(r"邮电|通信|电信"), "", ("telecoms",)),
    _Kind(re.compile(r"生产总值"), "增加值", ("gdp",)),
)
# a caption naming a part of the area or its people, another area, a way of trade, a mode of transport, a span of
# years or a revision: its figures are not the release's own whole for its year
_NOT_THE_WHOLE = re.compile(r"户籍|开发区|高新|园区|县域|新区|城区|市区|区县|县区|县\(市|各县|各市|各区|分县|分市|"
                            r"分地区|民营|民间|非公|国有|外商|外资|对外|国家|城镇|农村|城市|乡村|季度|\d月|年均|平均|"
                            r"修订|修正|上年|公路|铁路|道路|水路|水运|水上|航空|民航|港口|口岸|一般贸易|加工贸易|服务|"
                            r"跨境|边境|保税|自贸|自由贸易|试验区|机电|海洋|项目|农垦|兵团|[圈带群]|农产品进出口|"
                            r"市场采购|(?<!本)外币[存贷]|银行|公积金|公司|信用社|美元|全国")
# a place the caption names (武汉市, 临港区, 全省 in a city's): once the release's own names and whole words are gone
_PLACE = re.compile(r"[\u4e00-\u9fa5]{1,6}?(?:省|市|县|区|自治州|州|盟|旗)(?!场)")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
_GROWTH_HEAD = re.compile(r"增长|增减|涨跌|增速|增幅|涨幅|比上年|同比")
_PERCENT = ("", "%")  # what a growth column's brackets may hold (比上年增长(%)); not 比上年增减(万吨)
_LEVEL_HEAD = re.compile(r"绝对数|绝对值|数值|数量|总量|产量|金额|总额|完成额|人口数|年末数|余额|实绩|产值|面积|指标值|"
                         r"^全年|^本年")
# what a column of another period, a share, a rank or a change in points says in its header
# (…or a part of the area: 城市 | 农村; or an average over years: 年均增长)
_NOT_OURS = re.compile(r"\d{4}|月|季|上年|去年|年初|累计|本期|比重|占比|构成|比例|百分点|位次|排名|名次|人均|"
                       r"密度|增加|减少|净增|增减量|增长额|增长量|增量|贡献|拉动|城市|农村|城镇|乡村|全国|全省|县域|"
                       r"[省市县区州]$|年均|平均")
_BASE_WORDS = re.compile(r"[比较]上年(?:末|底)?")  # (比上年增长, 比上年末增长: the base a growth column names)
_PER_HEAD = re.compile(r"人均|每")  # (人均地区生产总值 under 绝对数(亿元): its unit is not the table's)
_INDEX_BASE = re.compile(r"上年=100")
_BRACKETED = re.compile(r"[(（]([^()（）]*)[)）]")
_HEADING_MARK = re.compile(r"^(?:[#＃*※]+|其中\s*[:：]?)")
# a footnote mark after a label (地区生产总值①, 粮食[1], 发电量(注2)): NFKC would make ① a digit
_NOTE_MARK = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079\u2460-\u2473]+|\[\d{1,2}\]|［\d{1,2}］|[(（]注\d*[)）]")


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", to_nfkc(text))


def _value(cell: str, rate: bool = False) -> str | None:
    text = _plain(cell).replace(",", "").replace("−", "-").replace("－", "-")
    text = text.removesuffix("%") if rate else text
    return text if _NUMBER.fullmatch(text) else None


def _header_rows(rows: tuple[tuple[str, ...], ...]) -> int:
    """How many rows the header takes: those before the first with a number past its label."""
    for i, row in enumerate(rows):
        if any(_value(c) is not None for c in row[1:]):
            return i
    return len(rows)


def _columns(head: list[str]) -> dict[str, int]:
    """Which column holds what: a label's unit, a level, a growth on the year before, an index on it. A role
    two columns claim is no column's (比上年涨跌(%) over 全省 | 城市 | 农村: which is the whole's is not said)."""
    claims: dict[str, list[int]] = {}
    for col, text in enumerate(head):
        if col == 0:
            continue
        outside = _BRACKETED.sub("", text)
        if _UNIT_HEAD.match(text):
            claims.setdefault("unit", []).append(col)
        elif _INDEX_BASE.search(text) and "指数" in text and not _NOT_OURS.search(outside):
            claims.setdefault("index", []).append(col)
        elif _GROWTH_HEAD.search(outside) and not _NOT_OURS.search(_BASE_WORDS.sub("", outside)) \
                and all(b in _PERCENT for b in _BRACKETED.findall(text)) and ("增减" not in text or "%" in text):
            claims.setdefault("growth", []).append(col)
        elif _LEVEL_HEAD.search(outside) and not _NOT_OURS.search(outside):
            claims.setdefault("level", []).append(col)
    roles = {role: cols[0] for role, cols in claims.items() if len(cols) == 1}
    if len(claims.get("level", ())) > 1:
        roles.pop("growth", None)  # (播种面积 | 增长 | 产量: which level the growth is of is not said)
    return roles


def _label(cell: str, whole: tuple[str, ...] = ()) -> tuple[str, str]:
    """A row's label without its part mark (#城镇, 其中：…), the release's own whole word (全市常住人口) and a unit it
    brackets (粮食（万吨）)."""
    label = _HEADING_MARK.sub("", _plain(_NOTE_MARK.sub("", cell)))
    label = label[2:] if label[:2] in whole else label
    unit = ""
    if (m := _BRACKETED.search(label)) and m.end() == len(label) and m.group(1) in catalogue.UNIT_FACTORS:
        unit, label = m.group(1), label[: m.start()]
    return label, unit


def _kind(caption: str, year: int | None, own: tuple[str, ...]) -> _Kind | None:
    """The kind of table a caption names, if the reader knows it and it is the release's own area's and year's."""
    caption = _BASE_WORDS.sub("", caption.replace("地区生产总值", "生产总值"))  # (…比上年涨跌幅度: no other year)
    for name in sorted(own, key=len, reverse=True):
        caption = caption.replace(name, "")
    if not _TABLE_NUMBER.match(caption) or _NOT_THE_WHOLE.search(caption) or _PLACE.search(caption) \
            or year is not None and any(int(y) != year for y in re.findall(r"(\d{4})年", caption)):
        return None
    if "出口" in caption.replace("进出口", "") or "进口" in caption.replace("进出口", ""):
        return None  # (分贸易方式出口: one way's table)
    return next((k for k in _KINDS if k.caption.search(caption)), None)


def _indicator(label: str, kind: _Kind) -> str | None:
    """The catalogue's indicator a row names: its label with the kind's noun, else its label alone, in one of the
    kind's sections (第二产业 in 分行业固定资产投资 is 第二产业投资, no GDP part; 高技术制造业 there is no value
    added)."""
    if not label or _PER_HEAD.search(label):
        return None
    # (年末移动电话用户数: the release's year end, and a count's 数, as the catalogue names it without them)
    bare = _YEAR_END.sub("", label)
    for name in dict.fromkeys((*((label + kind.noun,) if kind.noun else ()), label, bare, bare.removesuffix("数"))):
        found = catalogue.lookup(name)
        if found is not None and catalogue.indicators()[found].section in kind.sections \
                and (not kind.only or found in kind.only):
            return found
    return None


@dataclass(frozen=True)
class _Frame:
    """What a table's caption and header say: its kind, its data rows, which column holds what, and its units."""

    kind: _Kind
    caption: str
    rows: tuple[tuple[str, ...], ...]
    roles: dict[str, int]
    level_unit: str  # the level column's (产量(吨))
    caption_unit: str  # the caption's or a unit note's (单位：万吨)


def figures(table: Table, year: int | None = None, own: tuple[str, ...] = (),
            whole: tuple[str, ...] = ("全省", "全市"), others: tuple[str, ...] = ()) -> list[TableFigure]:
    """The figures a table states for the release's own area (`own`: the names it goes by; `whole`: the words
    naming it whole, 全市; `others`: names of other areas a caption may name bare, 湖北 in a city's) and year (see
    the module's docstring)."""
    frame = _frame(table, year, own, whole, others)
    return _read_rows(frame, whole) if frame is not None else []


def _frame(table: Table, year: int | None, own: tuple[str, ...], whole: tuple[str, ...],
           others: tuple[str, ...]) -> _Frame | None:
    """The table's frame, if it is a table of a kind the reader knows, its own area's and year's, whose columns say
    what they hold."""
    start = _header_rows(table.rows)
    heads = table.rows[:start]
    caption, unit_note = table.caption, table.unit
    while heads and len(texts := {c for c in heads[0] if c}) == 1 and len(heads) > 1:
        # (the title as the table's own first row, spanning its columns: before any line above it; a unit note
        # as a row of its own, 单位：万吨)
        text = texts.pop()
        if _UNIT_NOTE.fullmatch(_plain(text)):
            unit_note = _unit_note([_plain(text)])
        elif _TABLE_NUMBER.match(text) or not caption:
            caption = text
        heads = heads[1:]
    if not heads or (kind := _kind(_plain(caption), year, (*own, *whole))) is None \
            or any(name in caption for name in others if not any(name in mine for mine in own)):
        return None
    if any(_heading(row) for row in heads[1:]):
        return None  # (一、铁路 | | under the header: the rows are a part's, and the next part's a heading further on)
    rows = table.rows[start:]
    if any(r and _plain(r[0]) in _SERIAL for r in heads):
        # (序号 | 指标 | 单位 | …: the labels are in the second column)
        heads, rows = tuple(r[1:] for r in heads), tuple(r[1:] for r in rows)
    width = max(len(r) for r in heads)
    if any(len(r) > width and any(r[width:]) for r in rows):
        return None  # (a row with a cell more than the header has: which column is which cannot be told)
    # (a header cell spanning rows is one name: 单位, not 单位单位; the release's own year over its columns is no other)
    head = ["".join(dict.fromkeys(_plain(r[c]) for r in heads if c < len(r))) for c in range(width)]
    # (…and a column headed by the year alone, 2023年 or 2023年(亿元), holds the year's level)
    head = [("绝对数" + h[5:] if h.startswith(f"{year}年") and _BRACKETED.fullmatch(h[5:] or "()")
             else h.replace(f"{year}年", "")) for h in head] if year is not None else head
    # (a header cell spanning two columns, each row's figure repeated in both or in one, the other empty: 增 长 | 增 长
    # over 14.3 | 14.3 and -8.4 | "" is one column; two holding different figures are two)
    twins = [c for c in range(1, width) if head[c] == head[c - 1]
             and all(len(r) <= c or not r[c] or not r[c - 1] or r[c] == r[c - 1] for r in rows)]
    for c in reversed(twins):
        head = head[:c] + head[c + 1:]
        rows = tuple(r[:c - 1] + (r[c - 1] or r[c],) + r[c + 1:] if len(r) > c else r for r in rows)
    width -= len(twins)
    roles = _columns(head)
    if not {"level", "growth", "index"} & roles.keys():
        return None
    read = {0, *roles.values()}
    if any(c not in read and _plain(cell) and _value(cell, True) is None and _plain(cell) not in _DASHES
           for row in rows for c, cell in enumerate(row)):
        return None  # (a second label column: 出口 | 一般贸易 | 亿元 | 250, a category and its item; or a remark)
    level_unit = next((m.group(1) for m in _BRACKETED.finditer(head[roles["level"]])
                       if m.group(1) in catalogue.UNIT_FACTORS), "") if "level" in roles else ""
    caption_unit = _unit_note([caption]) or unit_note
    if level_unit and caption_unit and level_unit != caption_unit:
        level_unit = caption_unit = ""  # (绝对数(亿元) under 单位：万元: which holds is not said; no level)
    return _Frame(kind, caption, rows, roles, level_unit, caption_unit)


def _read_rows(frame: _Frame, whole: tuple[str, ...]) -> list[TableFigure]:
    """The figures of a frame's rows, each as its own whole (see `_part_of`)."""
    kind, caption, rows, roles = frame.kind, frame.caption, frame.rows, frame.roles
    out: list[TableFigure] = []
    # (金融机构人民币存贷款余额: 各项存款余额 in renminbi; not 单位：亿元人民币, the unit of all currencies' balances)
    said = _UNIT_NOTE.sub("", caption)
    renminbi = "人民币" in said and "外币" not in said
    parent: str | None = None  # the indicator of the row the part rows after it are parts of
    parts = False  # a part row (#城镇, 其中：一般贸易) came since: an unmarked row may be its sibling or a new whole
    base = min((_indented(r[0]) for r in rows if r and r[0]), default=0)
    ambiguous: set[str] = set()
    depth: list[tuple[int, str | None]] = []  # the rows above this one that it may be indented under
    last: str | None = None  # the last row's figure read
    # a part the catalogue does not hold came right under the whole (其中：一般贸易 after 货物进出口总额, 其中：户籍人口
    # after 常住人口): the rows after it may be its parts, until a whole of the kind is named again
    blocked = False
    for row in rows:
        if not row or not row[0]:
            continue
        if _heading(row):
            break  # a heading among the rows (城镇居民 | | ; 一般贸易 spanning the table): what follows is a part's
        indent = _indented(row[0])
        marked = _PART_MARK.match(_plain(row[0])) is not None or indent > base
        label, label_unit = _label(row[0], whole)
        # (全省地区生产总值 in a city's release: the province's, however the catalogue names it)
        ind = _indicator(label, kind) if not _ANOTHER_WHOLE.match(label) else None
        ind = catalogue.RENMINBI.get(ind, ind) if renminbi and ind is not None and "外币" not in label else ind
        while depth and depth[-1][0] >= indent:
            depth.pop()
        under = depth[-1] if depth else None  # (the row this one is indented under, if it is)
        depth.append((indent, ind))
        if ind is None:
            # (年末户籍人口: a whole the catalogue does not hold, even after the parts of another (其中：城镇人口): what
            # follows is its)
            if not marked and (not parts or kind.noun and label.endswith(kind.noun)):
                parent, parts = None, False
            elif marked and last is not None and last == parent and kind.wholes:
                blocked = True
            parts = parts or marked
            continue
        if blocked and _whole_of(ind) is not None:
            continue  # (城镇人口 after 其中：户籍人口, 出口 after 其中：一般贸易: that part's parts)
        blocked = blocked and ind not in kind.wholes
        parts = parts or marked
        if ind == parent:
            ambiguous.add(ind)  # (奶类 and #牛奶, 肉类总产量 and #猪牛羊禽肉: which is the catalogue's is not said)
            continue
        if under is not None and (under[1] is None or not _part_of(ind, under[1], True, kind)):
            continue  # (　　出口 under 　一般贸易, 　　工业投资 under 　其中：民间投资: that row's part)
        if (parts or _whole_of(ind) is not None) and not _part_of(ind, parent, marked, kind):
            continue
        if not marked and _whole_of(ind) is None:
            parent, parts = ind, False
        last = ind
        own_unit = _plain(_cell(row, roles, "unit")) or label_unit or frame.level_unit
        if "unit" in roles and not own_unit:
            own_unit = "〃"  # (a unit column left blank: the unit above, which a row cannot be read by)
        out.extend(_row_figures(ind, row, roles, own_unit or frame.caption_unit, bool(own_unit),
                                f"{caption} | {' | '.join(c.lstrip(_INDENT) for c in row)}"))
    # one figure a table states twice with two values (蔬菜及食用菌 and 蔬菜 both 蔬菜产量): which is meant is not said
    values: dict[tuple[str, str], set[float]] = {}
    for f in out:
        values.setdefault((f.indicator, f.measure), set()).add(f.value)
    return [f for f in out if len(values[(f.indicator, f.measure)]) == 1 and f.indicator not in ambiguous]


def _heading(row: tuple[str, ...]) -> bool:
    """A row naming a part of what follows and no figure: 城镇居民 | | , or 一般贸易 spanning the table."""
    return bool(row[0]) and all(not c or c == row[0] for c in row[1:])


def _indented(cell: str) -> int:
    """How far a label stands in: its indentation, a # taking the place of one (#城镇 over 　乡村)."""
    bare = cell.lstrip(_INDENT)
    return len(cell) - len(bare) + (1 if bare[:1] in ("#", "＃") else 0)


_PART_MARK = re.compile(r"^(?:[#＃]|其中)")
_YEAR_END = re.compile(r"^年末")
_ANOTHER_WHOLE = re.compile(r"^[全本我](?:省|市|县|区|州)")  # (left on a label once the release's own is gone)
_SERIAL = frozenset(("序号", "编号", "序"))
_DASHES = frozenset(("-", "—", "——", "…", "/", "－"))
_BOTH_WAYS = "进出口"
# the investment a sector's or industry's total holds whole: 工业 within 第二产业, 房地产开发 within 第三产业; not
# 基础设施 (utilities are the second sector's, transport the third's) nor 民间 under any one of them
_WITHIN = {"fai_primary": frozenset(),
           "fai_secondary": frozenset(("industrial_investment", "manufacturing_investment", "tech_upgrade_investment")),
           "fai_tertiary": frozenset(("real_estate_investment",)),
           "industrial_investment": frozenset(("manufacturing_investment", "tech_upgrade_investment"))}
_MONEY = ("CNY", "USD")
# a table's rows the catalogue holds as wholes that are parts there: 出口 and 进口 of 货物进出口总额 (not of 一般贸易)
_TABLE_PARTS = {"exports": ("trade_total",), "imports": ("trade_total",),
                "household_deposits": ("deposits", "deposits_rmb")}  # (not 外币存款's 住户存款)


def _part_of(ind: str, parent: str | None, marked: bool, kind: _Kind) -> bool:
    """Whether a row among part rows is its indicator's figure whole: 城镇 under 常住人口 (a declared part), 工业
    under 第二产业 (investment in industry, whatever it is part of), an unmarked row naming a whole after the
    parts of a row the catalogue does not hold (房屋施工面积 after 投资额's #住宅); not 一般贸易 (marked or not) under
    出口 (general trade's exports, not its trade both ways), nor a marked part of a row the catalogue does not hold,
    nor a part of a row the kind's parts are no wholes under (民间投资's 其中：基础设施)."""
    spec = catalogue.indicators()[ind]
    if (wholes := _whole_of(ind)) is not None:
        return parent in wholes
    if kind.wholes:  # (an unmarked whole of the kind after another's parts is a whole again: 第三产业 after #工业)
        return not marked and ind in kind.wholes \
            or parent in kind.wholes and (parent not in _WITHIN or ind in _WITHIN[parent])
    if parent is None:
        return not marked and _BOTH_WAYS not in spec.zh
    return not (parent in ("exports", "imports") and _BOTH_WAYS in spec.zh)


def _whole_of(ind: str) -> tuple[str, ...] | None:
    """The wholes a row's figure is a part of in a table: the catalogue's (城镇 of 常住人口), or the table's."""
    spec = catalogue.indicators()[ind]
    return (spec.part_of[0],) if spec.part_of is not None else _TABLE_PARTS.get(ind)


def _cell(row: tuple[str, ...], roles: dict[str, int], role: str) -> str:
    return row[roles[role]] if role in roles and roles[role] < len(row) else ""


def _row_figures(ind: str, row: tuple[str, ...], roles: dict[str, int], printed_unit: str, own_unit: bool,
                 source: str) -> list[TableFigure]:
    """A row's level (in the unit printed for it), growth and index (上年=100), as its indicator has them."""
    spec = catalogue.indicators()[ind]
    out = []
    basis = catalogue.UNIT_FACTORS[printed_unit][0] if printed_unit in catalogue.UNIT_FACTORS else ""
    if (v := _value(_cell(row, roles, "level"))) is not None and basis and "level" in spec.measures \
            and catalogue.counts(spec, printed_unit):
        value, unit = catalogue.canonical(v, printed_unit)
        if catalogue.compatible(unit, spec.unit):
            out.append(TableFigure(ind, "level", value, unit, row[0], source))
    other_currency = basis in _MONEY and spec.unit in _MONEY and basis != spec.unit
    # (a row's own unit the catalogue does not know, 〃 or 同上, says nothing of what its growth is of)
    fits = catalogue.compatible(basis, spec.unit) if basis else not own_unit or _INDEX_BASE.fullmatch(printed_unit)
    if (v := _value(_cell(row, roles, "growth"), True)) is not None and "yoy_pct" in spec.measures \
            and not other_currency and (fits or not own_unit):
        # (only the growth of the figure the row's own unit says: not a crop's sown area (千公顷) as its output's, nor
        # a growth in dollars of a figure the catalogue holds in yuan; a table-wide unit a row does not fit says
        # nothing of its growth: 生猪出栏 in a table of 万吨)
        out.append(TableFigure(ind, "yoy_pct", float(v), "pct", row[0], source, basis))
    index = _cell(row, roles, "index") or (_cell(row, roles, "level") if _INDEX_BASE.fullmatch(printed_unit) else "")
    if (v := _value(index)) is not None and spec.unit == "index" and "level" in spec.measures:
        out.append(TableFigure(ind, "level", float(v), "index", row[0], source))  # (指数(上年=100); 单位 上年=100)
    return out
