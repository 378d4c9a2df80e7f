"""Generic parsers for provincial portal pages, driven by per-province settings.

Fields are found by their labels and meaning (head meta tags, the labelled 政府信息公开 block),
not by position, so a page in a layout not seen before still parses or fails loudly.

Pages are read with lxml directly (libxml2's tree, C-level text and selector walks): text is
gathered as BeautifulSoup's `get_text` gathered it (script and style code left out, strings kept
apart where an element was removed), so the rules below read the same strings they were written on.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.cssselect import CSSSelector
from lxml.etree import _Element as HtmlElement

from common.provinces import provinces
from common.records import Attachment, Notice, ParseError
from extractors.cn_text import canonical_doc_number, clean_space, decode_to_utf8, label_key, parse_date

# label (spaces and colon removed) -> field
LABELS: dict[str, str] = {
    "索引号": "index_number", "索取号": "index_number",
    "文号": "doc_number", "发文字号": "doc_number", "发文文号": "doc_number", "文件编号": "doc_number",
    "发文机关": "issuer", "发文单位": "issuer", "制发机关": "issuer", "发文机构": "issuer",
    # the body that posted the page (a city bureau reposting the province's bulletin): weaker than 发文机关
    "发布机构": "publisher", "发布单位": "publisher", "发布机关": "publisher",
    "成文日期": "issued_date", "印发日期": "issued_date", "签发日期": "issued_date", "成文时间": "issued_date",
    "印发时间": "issued_date",
    # catalogue dates: the document's own date line wins over them
    "生成日期": "catalogue_date", "发文日期": "catalogue_date", "发文时间": "catalogue_date",
    "发布日期": "published_date", "公开日期": "published_date", "公布日期": "published_date",
    "发布时间": "published_date", "公开时间": "published_date", "上网日期": "published_date", "时间": "published_date",
    "信息时间": "published_date", "发布于": "published_date",
    "日期": "dated", "制发日期": "issued_date",  # (日期 beside 来源: the publication date when no 发布时间 says it)
    "责任部门": "department", "牵头部门": "department",
    # the site's owner in its footer (主办单位：…人民政府办公室): never the document's issuer
    "主办单位": "site_owner", "承办单位": "site_owner",
    "页面生成时间": "regenerated", "生成时间": "regenerated", "更新时间": "regenerated",
    "效力状态": "validity", "有效性": "validity", "时效": "validity", "效力": "validity", "时效性": "validity",
    "文件状态": "validity", "是否有效": "validity",
    "标题": "title", "名称": "title",
    "来源": "source_label", "信息来源": "source_label", "文章来源": "source_label", "出处": "source_label",
    # labels that are never a value of the label before them
    "访问量": "visits", "浏览次数": "visits", "点击数": "visits", "阅读次数": "visits", "字号": "font_size",
}
# a body that publishes, as opposed to a newspaper or website that carried the text
_GOVERNMENT_ENDINGS = ("人民政府", "政府办公厅", "办公厅", "办公室", "委员会", "厅", "局", "委", "办", "署",
                       "调查队", "调查总队")
ORGAN = re.compile("(" + "|".join((*_GOVERNMENT_ENDINGS, "中心", "院", "会", "指挥部")) + ")$")
# …and signing a document: a ministry's department or a bureau's division (国家能源局人事司; named as a 来源,
# 省能源局节能处, a division is the desk that posted the page), a bank's branch among joint issuers
_SIGNING_ORGAN = re.compile(ORGAN.pattern[:-2] + "|分行|司|处)$")
# a division or department signs under its parent body's name (国家能源局人事司, not 安全监督处 alone)
_SIGNER = re.compile(r"(?:局|厅|委|部|署|院|办|政府).{1,10}(?:司|处)$|(?<![司处])$")
# a body named with its place (湖北省财政厅, 国家税务总局甘肃省税务局), not a list's short form (市财政局, 县水利局)
_PLACED = re.compile(r"^(?:国家|中国)|^[^省市县区州][\u4e00-\u9fa5]*?(?:省|市|县|区|州|盟|旗)")
# the bodies a joint sign-off lists above its last line: government bodies (not hospitals, firms or divisions)
_GOVERNMENT = re.compile("(" + "|".join((*_GOVERNMENT_ENDINGS, "分行")) + ")$")
# 题注 of an act: （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）
_ADOPTED = re.compile(r"[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^（()）]{0,60}"
                      r"(?:通过|发布|印发|公布|批准)\s*[)）]$")
# a line of organ names (runs of 2+ Chinese characters apart by spaces), a dated parenthesis after it;
# one way to read each line (runs written as chunks of 2 to 20, `(?:…{2,20}\s*)+`, took hours to refuse
# a 50-character run before a digit: every split of the run was tried)
_ORGAN_LINE = re.compile(r"^[（(]?([\u4e00-\u9fa5]{2,}(?:\s+[\u4e00-\u9fa5]{2,})*)\s*[)）]?\s*([（(][^（()）]*[)）])?$")
# 题注 of a report to a congress: ——2026年1月20日在大同市第十六届人民代表大会第六次会议上
_PUNCT = re.compile(r"[，。,；;：:]")
# (or adopted there: ——2026年2月7日上海市第十六届人民代表大会第四次会议通过)
_SPOKEN = re.compile(r"^[—\-]{0,2}(\d{4})年(\d{1,2})月(?:(\d{1,2})日|日)?"
                     r"(?:在[^，。,]{0,30}(?:届|会议|大会)|[^，。,在]{2,30}(?:会议|大会)(?:通过|批准))")
# …printed in the title (关于雅安市…的报告（2026年1月21日在雅安市第五届人民代表大会第五次会议上）)
_SPOKEN_IN_TITLE = re.compile(r"[（(—]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*在[^，。,（()）]{0,30}(?:会议|大会)")
# the head of a body giving the report, under its title (吕梁市财政局局长 樊小明)
_HEAD_OF = re.compile(r"^([\u4e00-\u9fa5]{2,20}?(?:局|厅|委员会|办公室|委))(?:局长|厅长|主任)[\u4e00-\u9fa5·]{2,4}$")
# the city a title names (关于无锡市2025年…; not 2024年度全市…, 本市, 省会城市)
_TITLE_CITY = re.compile(r"(?:^|关于|\d{4}年)(?!关于|度|全|本)([\u4e00-\u9fa5]{2,3}市)(?<!城市)"
                         r"(?=\d{4}年|国民经济|人民政府|本级)")  # (…, a report's or bulletin's: not 关于印发市级…)
# a body's name that names no place (统计局, 市场监督管理局, 住房和城乡建设局; not 郑东新区管委会, 国家统计局)
_BUREAU = re.compile(r"[\u4e00-\u9fa5]{1,12}(?:局|委员会|办公室)")
_PROVINCE_NAMES = tuple(p.zh for p in provinces())
_PLACE_IN_NAME = re.compile(r"省|(?<!城)市(?!场)|县|区|州|国|中央|中共|自治|盟|旗|镇|街道|人民政府")
_BYLINE_DATE = re.compile(r"^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?\s*[)）]?$")
PRESS = re.compile(r"(日报|晚报|报社|新闻|网$|网站|电视台|广播|新华社|客户端|杂志|时报|通讯社|融媒体)")
DOC_TYPES = ("通知", "意见", "办法", "方案", "决定", "规定", "公告", "通告", "批复", "细则", "规划",
             "条例", "措施", "决议", "函", "通报", "报告", "命令", "令", "纲要", "计划", "规则", "指引")
BODY_FALLBACK = ("#UCAP-CONTENT", ".TRS_Editor", ".TRS_UEDITOR", "#zoom", ".article-content",
                 ".details-content", ".details-box", ".bt-article-02", ".pages_content", ".content", ".view", "article")
# a site's name after a bare dash in a <title> (…的报告-驻马店人大, …通知-某某市人民政府网)
_SITE_AFTER = re.compile(r"\s*(?<![-—])[-—|｜](?![-—])\s*(?!记|走进|访|专访|聚焦|来自|对话|直击|探访)"
                         r"[\u4e00-\u9fa5]{2,16}(?:人大|人民政府|政府|政协|网|门户|网站|局|委员会|委|厅|办公室|公开)\s*$")
_TOOL_LINK = r"(?:(?:打印|关闭|收藏)(?:本页|窗口|页面|文章|正文)?|返回(?:顶部|列表)?|分享(?:到)?[:：]?)"
_TOOLBAR = re.compile(r"打印此页|关闭窗口|扫一扫在手机|扫码使用手机|(?:手机)?扫码阅读$|(?:展开|点击)?阅读全文$|"
                      r"【?字体[:：]|【?字号[:：]|"
                      r"分享(?:到)?[:：]?(?:\s*(?:微信|微博|朋友圈|QQ空间|QQ|空间|豆瓣))*$|"
                      r"(?:【(?:纠错|打印|关闭|收藏|返回顶部|我要纠错|打印本页|关闭本页)】\s*){2,}$|"
                      r"^(?=.*(?:打印|关闭))" + _TOOL_LINK + r"(?:\s*[|｜/·]?\s*" + _TOOL_LINK + r")+$")  # (打印|关闭)
# the page's info bar wherever it stands (two labels: 发布时间：2024-06-06 浏览次数：125; a view count alone): never
# the document's line (a 来源 alone may be a chart's)
# a line of bracketed buttons (【打印本页】 【关闭窗口】, 【大 中 小】【打印】【关闭】, [ 打印 ] [ 关闭 ])
_BRACKETS = re.compile(r"(?:[【\[［]\s*[^】\]］]{1,10}?\s*[】\]］]\s*){1,6}")
_TOOL_WORD = re.compile(r"打印|关闭|收藏|纠错|返回|字号|大\s*中\s*小|分享")
_BAR_WORDS = r"发布(?:时间|日期)|(?:信息|文章)?来源|作者|(?:浏览|阅读|访问)(?:次数|量)|点击数"
_BAR_LABEL = "(?:" + _BAR_WORDS + ")"
_BAR_LINE = re.compile(_BAR_LABEL + r"\s*[:：][^。；，,]{0,60}?(?:" + _BAR_LABEL + r"|字号)\s*[:：]|"
                       r"[【\[]?(?:浏览|阅读|访问|点击)(?:次数|数|量|人次)?\s*[:：]\s*\d+\s*次?[】\]]?$|已阅读\s*\d+\s*次$")
_REPOST_LINK = re.compile(r"返回搜狐[，,]?\s*查看更多$")  # a repost's link glued to its last paragraph
_WRAPPERS = frozenset({".content", ".view", "article"})  # fallbacks that may wrap the whole page's middle
BODY_STOP = re.compile(r"^(责任)?编辑[:：]|^来源[:：]|^【(打印|关闭)|^上一篇[:：]|^下一篇[:：]|"
                       r"^(?:审核人?|校对|核稿)[:：]\s*[\u4e00-\u9fa5]{2,4}$|^返回搜狐|^※\s*了解更多|^相关内容[:：]?$|"
                       r"^相关(?:文章|链接|阅读|新闻|信息|文件|导读|稿件)[:：]?$|^相关附件[:：]\s*无$|^【(?:免责)?声明】")
_DOWNLOAD_HREF = re.compile(r"/module/download|download\.jsp\?|virtual_attach_file|DownloadAttach", re.I)
ATTACHMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|wps|ofd|zip|rar|et|txt)(\?|$)", re.I)


@dataclass(frozen=True)
class ListItem:
    url: str
    title: str
    date: str | None
    doc_number: str | None = None
    validity: str | None = None  # a list's 状态/有效性 column (Hunan's), for details that do not say


@dataclass(frozen=True)
class PortalSettings:
    province: str
    body_selectors: tuple[str, ...] = ()
    detail_href: str = r"t\d{8}_\d+\.s?html$"
    strip_selectors: tuple[str, ...] = ("script", "style", "#xggjbox", ".output")


# the text inside these is code, never page text (BeautifulSoup's get_text left it out too)
CODE_TAGS = ("script", "style", "template")
CODE = "data-provintel-code"  # where a script's code is kept for the readers that look into it
_local = threading.local()
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not XML characters
_XML_SPACE = " \t\r\n"  # what XPath's normalize-space() strips: a string of these alone is blank


def _parser() -> etree.HTMLParser:
    """One parser per thread (lxml parsers must not be shared across threads); bytes are UTF-8 by then.
    Plain etree elements: lxml.html's element classes cost a Python lookup per element touched."""
    if (parser := getattr(_local, "parser", None)) is None:
        # huge_tree: libxml2 otherwise stops building at depth 256, silently (unclosed <font> and <div>
        # pile up that deep on old CMS pages; BeautifulSoup's streaming parse had no such limit)
        parser = _local.parser = etree.HTMLParser(encoding="utf-8", huge_tree=True)
    return parser


def tree_of(body: bytes, content_type: str | None, *, blanks: bool = True) -> HtmlElement:
    """The page's element tree: decoded by `decode_html`'s rules, parsed by libxml2.

    Script and style code is moved out of the text (a script's code stays readable in its `CODE`
    attribute), so every text below is page text only. `blanks=False` leaves blank strings as they
    are until `read_blanks` (a reader that may stop at the title need not walk the whole page).
    """
    # as UTF-8 bytes: lxml refuses a str that carries an XML encoding declaration
    _, utf8 = decode_to_utf8(body, content_type)
    parser = _parser()
    try:
        root = etree.fromstring(utf8, parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        raise ParseError(f"lxml cannot read the page: {exc}") from exc
    if any("Excessive depth" in e.message for e in parser.error_log):
        # past huge_tree's depth libxml2 stops building without an error: the rest of the page is lost
        raise ParseError("markup nested deeper than libxml2 reads (2048 levels): the page would be cut short")
    if root is None:
        return etree.Element("html")  # no element at all (an empty body): nothing to find, as before
    tops = [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]
    if len(tops) > 1:
        # markup after an early </html> (a header include that closes the page) becomes a second
        # top-level tree: one container keeps the whole page searchable, as BeautifulSoup's document was
        root = etree.Element("document")
        root.extend(tops)
    if blanks:
        read_blanks(root)
    for el in root.iter(*CODE_TAGS):
        if el.tag == "script" and el.text:
            el.set(CODE, _CONTROL.sub(" ", el.text))  # an attribute holds no control characters
        for inner in el.iter():
            inner.text = None
            if inner is not el:
                inner.tail = None
    return root


def read_blanks(root: HtmlElement) -> None:
    """Indentation between elements reads as one space or one newline (BeautifulSoup's rule): the
    readers' length and gap rules count it that way."""
    kept = {el for top in root.iter("pre", "textarea") for el in top.iter()}  # their blanks are text
    for node in root.iter():
        # an element's text (a comment's own text is not page text) and any node's tail
        if (string := node.text) and not string.strip(_XML_SPACE) and isinstance(node.tag, str) \
                and node not in kept:
            node.text = "\n" if "\n" in string else " "
        if (string := node.tail) and not string.strip(_XML_SPACE) and node is not root \
                and node.getparent() not in kept:
            node.tail = "\n" if "\n" in string else " "


def text_of(el: HtmlElement, sep: str = " ") -> str:
    """Every string under el joined by sep (comments and code left out)."""
    if not sep:  # the same strings, run together by libxml2's text serialiser (a few times faster)
        return etree.tostring(el, method="text", encoding=str, with_tail=False)
    return sep.join(el.itertext())


def remove(el: HtmlElement) -> None:
    """Take el out of the tree; the text after it stays a string of its own (an empty comment marks
    the seam), so `label<script/>value` still reads as two strings, not one run-on word."""
    parent = el.getparent()
    if parent is None:
        return
    seam = etree.Comment("")
    try:
        seam.tail = el.tail
    except ValueError:  # libxml2 keeps control characters lxml will not take back: as spaces
        seam.tail = _CONTROL.sub(" ", el.tail or "")
    parent.replace(el, seam)


def is_element(node: object) -> bool:
    """An element, not a comment or processing instruction (their tag is a function)."""
    return isinstance(getattr(node, "tag", None), str)


def select_one(root: HtmlElement, css: str) -> HtmlElement | None:
    found = select(root, css)
    return found[0] if found else None


def select(root: HtmlElement, css: str, names: frozenset[str] | None = None) -> list[HtmlElement]:
    """The elements a CSS selector matches, in document order. A bare tag is found by libxml2's own walk;
    given the page's names (`page_names`), a selector naming a class or id the page lacks is not run."""
    if _TAG.fullmatch(css):
        return list(root.iter(css))
    if names is not None and not may_match(css, names):
        return []
    return list(_selector(css)(root))


_TAG = re.compile(r"[a-z][a-z0-9]*")
_NAMES = etree.XPath("//@class | //@id", smart_strings=False)
_SELECTOR_NAMES = re.compile(r"[.#]([\w-]+)")
# a plain chain of tags, classes and ids (`.content #zoom`): every name in it must be on the page
_CHAIN = re.compile(r"[\w\s.#-]+")


def page_names(root: HtmlElement) -> frozenset[str]:
    """Every id, class attribute and class on the page."""
    names = set(_NAMES(root))
    return frozenset(names | {token for value in names for token in value.split()})


def may_match(css: str, names: frozenset[str]) -> bool:
    """False when the selector is a plain chain naming a class or id the page does not have: it cannot
    match, and running it walks the whole tree."""
    return not _CHAIN.fullmatch(css) or names.issuperset(_SELECTOR_NAMES.findall(css))


def _selector(css: str) -> Callable[[HtmlElement], list[HtmlElement]]:
    """A compiled CSS selector, one per thread (lxml serialises the calls of a compiled XPath shared by
    threads; the fetch threads each parse their own pages)."""
    cache: dict[str, CSSSelector] | None = getattr(_local, "selectors", None)
    if cache is None:
        cache = _local.selectors = {}
    if (sel := cache.get(css)) is None:
        sel = cache[css] = CSSSelector(css, translator="html")
    return sel


# a list table's column that says whether a document is in force, and what such a column may say (a
# consultation list's 状态 says 征集中, a sidebar's another thing: only these are a validity)
VALIDITY_COLUMNS = frozenset(("状态", "有效性", "效力状态", "时效", "效力"))
VALIDITY_VALUES = frozenset(("有效", "失效", "废止", "已废止", "已失效", "部分失效", "部分有效", "现行有效", "尚未生效",
                             "已修改", "已修订", "修订"))


def _cells(row: HtmlElement) -> list[HtmlElement]:
    """A row's cells, each repeated by its colspan: a header's position is then the data cells' position."""
    out = []
    for c in row:
        if is_element(c) and c.tag in ("th", "td"):
            span = str(c.get("colspan") or "1")
            out += [c] * (int(span) if span.isdigit() and 0 < int(span) < 50 else 1)
    return out


def _validity_column(root: HtmlElement) -> tuple[HtmlElement, int, int] | None:
    """A list table's validity column from its header cell (状态, 有效性…): (table, position, cells in the header
    row), if it has one."""
    for th in root.iter("th"):
        if label_key(clean_space(text_of(th))) in VALIDITY_COLUMNS and (row := th.getparent()) is not None \
                and (table := next(th.iterancestors("table"), None)) is not None:
            cells = _cells(row)
            return table, cells.index(th), len(cells)
    return None


def _list_validity(row: HtmlElement | None, column: tuple[HtmlElement, int, int] | None) -> str | None:
    """The validity a list row states in the column found by its header: same table, same cells, a known value."""
    if column is None or row is None or row.tag != "tr" or next(row.iterancestors("table"), None) is not column[0]:
        return None
    cells = _cells(row)
    if len(cells) != column[2]:
        return None  # a row whose cells do not line up with the header (rowspan, a summary row)
    value = clean_space(text_of(cells[column[1]]))
    return value if value in VALIDITY_VALUES else None


def parse_list(body: bytes, url: str, s: PortalSettings, content_type: str | None = None) -> list[ListItem]:
    """Find detail links on a list page by their URL shape; dates, 文号 (and a validity column) from each one's row."""
    root = tree_of(body, content_type)
    items: dict[str, ListItem] = {}
    detail = re.compile(s.detail_href)
    validity_at = _validity_column(root)
    titled: dict[HtmlElement, tuple[str, str, str]] = {}  # link -> (URL, title, title as shown)
    companions: list[tuple[HtmlElement, str]] = []
    for a in root.iter("a"):
        if a.get("href") is None or not detail.search(href := str(a.get("href")).strip()):
            continue
        # (a date printed inside the link is no part of its title: <a><font>标题</font><font>2020-01-09</font></a>)
        shown_title = clean_space(text_of(a))
        for el in a.iterdescendants(etree.Element):
            if _DATE_ALONE.fullmatch(piece := clean_space(text_of(el))):
                shown_title = clean_space(shown_title.replace(piece, " "))
        title = clean_space(str(a.get("title") or shown_title))
        if title and not _COMPANION.fullmatch(title):  # (a row's [解读] or 图解 link, an icon: not an item of it)
            titled[a] = (urljoin(url, href), title, shown_title)
        elif title:
            companions.append((a, urljoin(url, href)))
    # a row whose only link to its document reads 原文 or 解读 (the title printed beside it): the row names the item
    rows_with_items = {r for a in titled if (r := next(a.iterancestors(*_ROW_TAGS), None)) is not None}
    for a, full in companions:
        if (r := next(a.iterancestors(*_ROW_TAGS), None)) is not None and r not in rows_with_items \
                and (named := clean_space(_DOC_IN_ROW.sub(" ", _NOT_DOC.sub(" ", text_of(r))))):
            titled[a] = (full, named, clean_space(text_of(a)))
            rows_with_items.add(r)
    links = {a: full for a, (full, _, _) in titled.items()}
    holds = _items_held(links)
    documents: dict[str, str] = {}  # a document's key -> the URL its item has
    for a, (full, title, shown_title) in titled.items():
        if full in items:
            continue
        row, shown = _row(a, full, holds, links)
        # what the row shows beside the link: its title (in full or cut short) says nothing of date or 文号
        rest = _shown(shown).replace(title, " ").replace(shown_title, " ")
        d = _date_in(rest) or _month_day(shown, date_in_url(full))
        # hunan writes the 文号 with a script: var fileNum='湘政发 〔2009〕30号' ('null' when none)
        code = "\n".join(str(sc.get(CODE)) for n in shown if is_element(n)
                         for sc in n.iter("script") if sc.get(CODE))  # type: ignore[attr-defined]
        m = re.search(r"fileNum\s*=\s*'([^']*)'", code)
        raw_doc = m.group(1) if m else _NOT_DOC.sub(" ", rest)
        doc = canonical_doc_number(raw_doc) if raw_doc.strip() and raw_doc != "null" else None
        item = ListItem(full, title, d.isoformat() if d else None, doc[0] if doc else None,
                        _list_validity(row, validity_at))
        if (first := documents.get(document_key(full))) is not None:
            # one document listed under two columns' paths (…/gszbm/…/t20181011_879738.html and …/zfwj/…): one
            # item, with what either row tells of it (a pinned copy above the list shows no date)
            seen = items[first]
            items[first] = ListItem(seen.url, seen.title, seen.date or item.date, seen.doc_number or item.doc_number,
                                    seen.validity or item.validity)
            continue
        documents[document_key(full)] = full
        items[full] = item
    return list(items.values())


# a date alone in an element, with its label (2020-01-09, 发布时间： ［2019-10-16］, 03-20; not 12.5, a count)
_DATE_ALONE = re.compile(r"(?:(?:发布)?(?:时间|日期)\s*[:：]\s*)?[\[［(（【]?\s*"
                         r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{2}-\d{2}|\d{1,2}月\d{1,2}日)"
                         r"\s*[\]］)）】]?")
# a month and day printed alone (03-20, [03-20], 3月20日): not 1.2万, 10.30, 1.18MB, 2.1版 or 1/2 of a pager
_MONTH_DAY = re.compile(r"[\[［(（【]?\s*(?:(?:发布)?(?:时间|日期)\s*[:：]\s*)?"
                        r"(?:(\d{2})-(\d{2})|(\d{1,2})月(\d{1,2})日?)\s*[\]］)）】]?")
_DOC_IN_ROW = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[（(【]\d{4}[〕\]）)】]\d+号|(?<!\d)\d{2}-\d{2}(?!\d)|"
                         r"\d{1,2}月\d{1,2}日")
# a row's companion link: the document's 解读 or 图解, a download (not an item of the list)
_COMPANION_WORDS = r"(?:政策|图片|视频|文字|专家|媒体)?(?:解读|图解)|一图读懂|原文|PDF|WORD|下载|附件"
_COMPANION = re.compile(r"[\[［【(（]?\s*(?:" + _COMPANION_WORDS + r")\s*[\]］】)）]?", re.I)
# what a row shows that is no 文号's prefix: a companion link's words, a date (…2024年03月05日 鄂政办发〔2024〕7号)
_NOT_DOC = re.compile(r"[\[［【(（]?(?:" + _COMPANION_WORDS + r")[\]］】)）]?|"
                      r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?", re.I)


def document_key(url: str) -> str:
    """A detail page's document: its host and CMS id (t20181011_879738, art_4975_4305729), which two columns'
    paths share; else the URL."""
    m = re.search(r"/(t\d{8}_\d+|art_\d+_\d+)\.[a-z]+$", url)
    return f"{urlsplit(url).hostname}|{m.group(1)}" if m else url


def _month_day(shown: list[object], near: date | None) -> date | None:
    """A month and day printed alone in an element or between them (03-20), in the year that puts it nearest the
    date the detail URL carries (the CMS's: a few days or months off the printed one, and a December item may carry
    January's)."""
    if near is None:
        return None
    for piece in _pieces(shown):
        if (m := _MONTH_DAY.fullmatch(clean_space(piece))) is None:
            continue
        month, day = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
        found = []
        for y in (near.year - 1, near.year, near.year + 1):
            try:
                found.append(date(y, month, day))
            except ValueError:
                continue
        return min(found, key=lambda d: abs((d - near).days), default=None)
    return None


def _pieces(shown: list[object]) -> Iterator[str]:
    """The strings a row shows, each element's whole text and each loose string on its own."""
    for n in shown:
        if not is_element(n):
            yield str(n)
            continue
        for el in n.iter(etree.Element):  # type: ignore[attr-defined]
            yield text_of(el, "")
            yield el.tail or ""


def _date_in(text: str) -> date | None:
    """The date a string prints, None when it prints none or an impossible one."""
    try:
        return parse_date(text) if text.strip() else None
    except ParseError:
        return None  # an impossible date (2024-13-45, 2024年9月31日) is no date; the page or list goes on


def _shown(nodes: list[object]) -> str:
    return clean_space(" ".join(text_of(n) if is_element(n) else str(n) for n in nodes))


def _items_held(links: dict[HtmlElement, str]) -> dict[HtmlElement, set[str]]:
    """Each element above a detail link, with the items (detail URLs) it holds: a row holds one."""
    holds: dict[HtmlElement, set[str]] = {}
    for a, full in links.items():
        for anc in a.iterancestors():
            held = holds.setdefault(anc, set())
            if full in held:
                break  # a second link to the same item (an image and its title): the rest is counted
            held.add(full)
    return holds


_ROW_TAGS = frozenset(("li", "tr", "dd"))
_ROW_EXTRA = 300  # characters beside its title a block around one link may show and still be that link's row


def _row(a: HtmlElement, full: str, holds: dict[HtmlElement, set[str]],
         links: dict[HtmlElement, str]) -> tuple[HtmlElement, list[object]]:
    """A list item's row and the nodes it shows: the widest block around the link that holds no other item, up to
    a li, tr or dd; a smaller block (the link alone in a flat list of <a><span> pairs, a title's <span>) shows
    what stands beside it up to the next item, or back to the previous one in a list that puts dates first."""
    top, own = a, len(text_of(a))
    for anc in a.iterancestors():
        if holds[anc] != {full}:
            break
        if anc.tag in _ROW_TAGS:
            return anc, [anc]
        if len(text_of(anc)) - own > _ROW_EXTRA:
            break  # one link alone in a page's block: the block is not its row
        top = anc
    parent = top.getparent()
    if parent is None:
        return top, [top]
    nodes: list[object] = [parent.text or ""]
    for child in parent:
        nodes += [child, child.tail or ""]
    marks = [i for i, n in enumerate(nodes) if is_element(n) and (n in holds or n in links)]
    at = nodes.index(top)
    dates_first = _date_in(_shown(nodes[:marks[0]])) and not _date_in(_shown(nodes[marks[-1] + 1:]))
    if dates_first:
        return top, nodes[max((i for i in marks if i < at), default=-1) + 1:at + 1]
    return top, nodes[at:min((i for i in marks if i > at), default=len(nodes))]
FIELD_TAGS = ("td", "th", "div", "li", "p", "span", "strong", "b", "label", "dt", "em", "small", "font")
FIELD_TAG_SET = frozenset(FIELD_TAGS)
_LABEL_HEAD = re.compile(r"^[^:：]{1,12}[:：]")
# a label alone before a gap (发布日期:　…), and what may stand after the gap as its value: a date or number for
# a date or an index, a 〔year〕 number for a 文号 (not 【打印本页】 or the next field's value)
_BARE_LABEL_COLON = re.compile(r"^\s*([\u4e00-\u9fa5 ]{1,12})[:：]\s*$")
_NO_VALUE = re.compile(r"(?!)")
_VALUE_SHAPE = {"published_date": re.compile(r"\d{4}"), "issued_date": re.compile(r"\d{4}"),
                "catalogue_date": re.compile(r"\d{4}"), "regenerated": re.compile(r"\d{4}"),
                "dated": re.compile(r"\d{4}"),
                "index_number": re.compile(r"[\dA-Za-z]"),
                "doc_number": re.compile(r"[^\d\s]{1,8}\s*[〔\[(（【]\s*\d{4}")}
_DATE_FIELDS = frozenset(("published_date", "issued_date", "catalogue_date", "regenerated", "dated"))


def _line_of(el: HtmlElement, own: str) -> str:
    """The line el sits on with the inline elements beside it (<span>时间：…</span><span>来源：…</span>), not the
    paragraphs around it (a meeting's 时间 in a short notice beside a 来源 paragraph)."""
    if el.tag not in _INLINE:
        return own
    return " ".join(text_of(x) for x in (*el.itersiblings(preceding=True), el, *el.itersiblings())
                    if is_element(x) and x.tag in _INLINE)


_INLINE = frozenset({"span", "b", "strong", "em", "i", "font", "label", "small", "a", "li"})


def _fits(key: str, fld: str, value: str, context: str) -> bool:
    """Whether a value may be the field's: a date field's holds a digit (a table's 时间 column head is followed by
    活动内容), and a bare 时间 or 日期 is the publication date only on the line that names the source (时间：…
    来源：…, 日期：2025-02-26 11:54 来源：), not a meeting's time or a form's date in the body; a template's placeholder
    (发文机关：无, 效力状态：－) is no value, and a real one later on the page is still read."""
    if value.strip() in _PLACEHOLDERS or fld in _DATE_FIELDS and not _has_digit(value):
        return False
    if fld == "dated":
        return _SOURCE_LABEL.search(context) is not None  # (not 资金来源 in a form's row)
    return key != "时间" or _SOURCE_LABEL.search(context) is not None  # (not 数据来源, 经费来源)


_SOURCE_LABEL = re.compile(r"(?:^|[^\u4e00-\u9fa5]|信息|文章)来源\s*[:：]")
_BARE_LABEL = re.compile(r"^[\u4e00-\u9fa5]{2,6}\s*$")
_LONGEST_LABEL = max(map(len, LABELS))
# every piece of a label: a string inside a label element is one of them (once spaces and colons are out)
_LABEL_PARTS = frozenset(k[i:j] for k in LABELS for i in range(len(k)) for j in range(i + 1, len(k) + 1))
_LABEL_ENDS = frozenset(k[-1] for k in LABELS)
_COLONS = re.compile("[:：]")
_BLANKS = frozenset((" ", "\n"))


def _may_be_field(string: str) -> bool:
    """Whether a string may belong to a field: a colon that ends a label (the character before it, spaces
    aside, ends one, or the label is in the strings before), a piece of a label, or a date label glued to its date."""
    if (string[:1] in _GLUED_FIRST or string[:1].isspace() and string.lstrip()[:1] in _GLUED_FIRST) \
            and _GLUED_DATE.match(string.strip()):
        return True
    if ":" in string or "：" in string:
        for colon in _COLONS.finditer(string):
            before = string[:colon.start()].rstrip()
            if not before or before[-1] in _LABEL_ENDS:
                return True
        return label_key(string) in _LABEL_PARTS
    bare = string.strip()
    return bare in _LABEL_PARTS or (len(bare.split(None, 1)) > 1 and "".join(bare.split()) in _LABEL_PARTS)


def _field_candidates(root: HtmlElement) -> set[HtmlElement]:
    """The elements `labelled_fields` can read anything from, found from their strings up.

    A field element's whole text is a label (every string in it a piece of one) or holds a colon, within
    300 characters: so it is an ancestor of a string that is a piece of a label or has a colon, below the
    first ancestor past 300 characters. Climbing from those strings reads the text of a few elements,
    not of every element on the page (a statistics table has hundreds of cells).
    """
    starts = []
    for node in root.iter():
        # a string is an element's text or a node's tail (a comment's own text is not page text); the
        # blanks between elements (" " or "\n" once read) are half of them and never a field's
        if (string := node.text) and string not in _BLANKS and isinstance(node.tag, str) and _may_be_field(string):
            starts.append(node)
        if (string := node.tail) and string not in _BLANKS and _may_be_field(string) \
                and (parent := node.getparent()) is not None:
            starts.append(parent)
    chosen: set[HtmlElement] = set()
    seen: set[HtmlElement] = set()
    for start in starts:
        for el in (start, *start.iterancestors()):
            if el in seen:
                break  # climbed from here already, and on up to the same stop
            seen.add(el)
            if el.tag not in FIELD_TAG_SET:
                continue
            if len(text := text_of(el, "")) > 300 \
                    and len("".join(text.split())) > 300:
                break  # longer than any field, and so is every element above it
            chosen.add(el)
    return chosen


def labelled_fields(root: HtmlElement) -> dict[str, str]:
    """Read `label：value` pairs wherever the page puts them (divs, tables, dl, spans)."""
    found: dict[str, str] = {}
    for icon in root.iter("i"):
        # a label shown as an icon, named in its title (<i icon="h" title="索引号"></i><em>005252522/…</em>): read
        # as the label it names
        if (named := icon.get("title")) and not (icon.text or "").strip() and LABELS.get(label_key(named)):
            icon.tag, icon.text = "span", clean_space(named) + "："
    candidates = _field_candidates(root)
    for el in root.iter(*FIELD_TAGS):
        if el not in candidates or _in_list_row(el):
            continue
        own = clean_space(text_of(el))
        if not own or len(own) > 300:
            continue
        # label_key drops the (single, after clean_space) spaces and the colons: count what is left first
        fld = LABELS.get(label_key(own)) \
            if len(own) - own.count(" ") - own.count(":") - own.count("：") <= _LONGEST_LABEL else None
        if fld and fld not in found:
            if el.tag in ("td", "th") and _column_head(el):
                continue  # (a data table's head in the body, 文号 | 制发机关 | 处理意见: no label and its value)
            value = _value_after(el)
            parent = el.getparent()
            if value and _fits(label_key(own), fld, value, text_of(parent) if parent is not None else own):
                found[fld] = value
            continue
        if el.text and len(el) and (fld := LABELS.get(key := label_key(el.text))) and fld not in found \
                and (first := next((c for c in el if is_element(c)), None)) is not None \
                and (value := clean_space(text_of(first))) and not _is_label(value) \
                and _fits(key, fld, value, _line_of(el, own)):
            # <p>时间：<span>2026-01-28 10:00:00</span><span>来源：…</span></p>; <span>时间：<b>2026-03-11 10:10</b>
            # </span><span>来源：…</span>: the line it is on names the source
            found[fld] = value
        if ":" not in own and "：" not in own:
            if (glued := _GLUED_DATE.match(own)) and (dated := LABELS[glued.group(1)]) not in found \
                    and (up := el if el.tag == "li" else el.getparent()) is not None and not any(
                        # (not a list item's, beside its link)
                        len(text_of(a, "").strip()) >= 4 and a.get("href") for a in up.iter("a")):
                found[dated] = glued.group(2)  # (<li>发布日期2026-01-09</li>: a date label without its colon)
            continue  # no `label：value` inside
        # a container holding several pairs would give a run-on value: only take leaves, and split a
        # leaf on wide gaps (发文日期：2025-12-25　来源：湖南省人民政府)
        # (an element whose children hold labels of their own is not a leaf: they are read one by one)
        leaf = not any(is_element(c) and (c.tag in ("div", "td", "li", "tr", "p", "ul", "ol", "table", "dl")
                                          or _LABEL_HEAD.match(clean_space(text_of(c))))
                       for c in el)
        # (not a leaf: its own strings between its children may hold a pair, 发布时间：2024-03-08 <span>来源：…</span>;
        # <span>【信息来源：…】</span>【信息时间：2026-05-12 10:17 阅读次数：…)
        wholes = [text_of(el)] if leaf else [el.text or "", *(c.tail or "" for c in el)]
        for whole in wholes:
            if ":" in whole or "：" in whole:
                _read_pairs(whole.replace("\xa0", " ").strip(), el, own, found)
    if found.get("validity") in _YES_NO:
        found["validity"] = _YES_NO[found["validity"]]  # (是否有效：是)
    return found


def _read_pairs(whole: str, el: HtmlElement, own: str, found: dict[str, str]) -> None:
    """Read the `label：value` pairs in one string of a field element into `found`."""
    # (文　　号：鄂政办发〔2020〕3号, 索 引 号：…: a label set letter-spaced, as one word, or its gaps would split
    # it; in a paragraph only among other pairs: 名　　称：… alone on a line is the document's own text, a buyer's or
    # a listed file's name)
    if el.tag != "p" or whole.count(":") + whole.count("：") > 1:
        whole = _SPACED_LABEL.sub(_joined_label, whole)
    parts: list[str] = []
    # (pairs apart by a wide gap; in a field block, one opening with a label, also by a <br> or one space before
    # the next label: 索引号：…<br>发文机关：…; not a document's line, 1. 关于…的通知 制发机关：…)
    for part in (_PAIR_GAP if _LABELS_AT.match(whole) else _WIDE_GAP).split(whole):
        if parts and (m := _BARE_LABEL_COLON.match(parts[-1])) and not _LABEL_HEAD.match(part) and _VALUE_SHAPE.get(
                LABELS.get(label_key(m.group(1)), ""), _NO_VALUE).match(part):
            parts[-1] += part  # 发布日期:　2026-01-30: a gap after a label's colon, before its value
        else:
            parts.append(part)
    last = None  # the field the part before gave
    for part in parts:
        m = re.match(r"^[】\]]?[【\[]?([^:：]{1,12})[:：]\s*(.*)$", part.strip())
        if m and (fld := LABELS.get(key := label_key(m.group(1)))) and fld not in found and m.group(2).strip() \
                and not _is_label(m.group(2).strip()) and _fits(key, fld, m.group(2), _line_of(el, own)):
            found[last := fld] = clean_space(m.group(2))
        elif last == "issuer" and m is None and _organs(part.strip()):
            # (发文机关：湖北省财政厅　国家税务总局湖北省税务局: joint issuers)
            found[last] += "、" + "、".join(_organs(part.strip()))
        else:
            last = None


# a date label glued to its date, no colon between (发布日期2026-01-09; a blog's 发布于 2026-05-27)
_GLUED_DATE = re.compile(r"^(发布日期|发布时间|成文日期|印发日期|发文日期|生成日期|公开日期|信息时间|发布于)\s*"
                         r"(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")
_GLUED_FIRST = frozenset(label[0] for label in ("发布日期", "成文日期", "印发日期", "生成日期", "公开日期", "信息时间"))
_YES_NO = {"是": "有效", "否": "失效"}


_PLACEHOLDERS = frozenset(("无", "暂无", "-", "－", "—", "/", "／"))


_LABEL_WORDS = "(?:" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True)) + r")\s*[:：]"
_WIDE_GAP = re.compile(r"[\u3000]+|\s{2,}")
_PAIR_GAP = re.compile(r"[\u3000]+|\s{2,}|\s(?=" + _LABEL_WORDS + ")")
_LABELS_AT = re.compile(_LABEL_WORDS)
# a label with blanks between its letters, where a string or a gap begins, before its colon
_SPACED_LABEL = re.compile(r"(?<![^\s【\[|｜])(?:" + "|".join(
    r"\s*".join(map(re.escape, label)) for label in sorted(LABELS, key=len, reverse=True)) + r")(?=\s*[:：])")
_LONE_LETTER = re.compile(r"(?:^|[\s【\[|｜])[\u4e00-\u9fa5]\s+$")


def _joined_label(m: re.Match[str]) -> str:
    """A letter-spaced label as one word; not the last letters of a longer spaced word the labels do not know
    (单　位　名　称, 副　标　题, 备　案　文　号: a lone letter and a blank before it)."""
    if _LONE_LETTER.search(m.string, 0, m.start()):
        return m.group(0)
    return "".join(m.group(0).split())


def _in_list_row(el: HtmlElement) -> bool:
    """Whether el stands in a list's row after a link to another page (相关文件: <li><a>…的通知</a><span>发布日期：…
    </span></li>): that row's fields are the other page's (not 来源：<a>湖北省人民政府</a>, a value that is a link)."""
    row = el if el.tag == "li" else next(el.iterancestors("li"), None)
    if row is None:
        return False
    order = {e: k for k, e in enumerate(row.iter())}
    # (where the row's first label stands: el's own string, or in the row itself the first string with a colon)
    at = order[el] if el is not row else next((order[e] for e in row.iter() if ":" in (e.text or "")
                                                or "：" in (e.text or "")), len(order))
    return any(_DETAIL_HREF.search(str(a.get("href") or "").split("?")[0]) and len(text_of(a, "").strip()) >= 4
               and order[a] < at and not any(x is a for x in el.iterancestors()) for a in row.iter("a"))


# a link to a detail page (…/t20231201_1.shtml, art_1_1.html, /2024/03-08/3000001.html), not a site, column or organ
_DETAIL_HREF = re.compile(r"\d{4,}[^/]*\.(?:s?html?|jsp|aspx?|php)$|/\d{5,}$")


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _column_head(cell: HtmlElement) -> bool:
    """Whether a cell heads a column of a data table (序号 | 文件名称 | 文号 | 制发机关 | 处理意见 over numbered rows),
    not a label beside its value: its row holds labels side by side, or the row below opens with a number."""
    row = cell.getparent()
    cells = [clean_space(text_of(c, "")) for c in row if is_element(c) and c.tag in ("td", "th")] \
        if row is not None and row.tag == "tr" else []
    if len(cells) < 3 or any(":" in c or "：" in c for c in cells):
        return False
    labelled = [LABELS.get(label_key(c)) is not None for c in cells]
    if any(a and b for a, b in zip(labelled, labelled[1:], strict=False)) or row.getparent().tag == "thead":
        return True
    below = next((r for r in row.itersiblings("tr")), None)
    under = [clean_space(text_of(c, "")) for c in below if is_element(c) and c.tag in ("td", "th")] \
        if below is not None else []
    # (the row below opens with a number, 1 | …; or, a head of words alone, it is as wide and holds no label: data)
    return bool(under) and (under[0].isdigit() or len(under) == len(cells) and not any(map(_has_digit, cells))
                            and not any(LABELS.get(label_key(c)) is not None for c in under))


def _value_after(label: HtmlElement) -> str:
    """The value that belongs to a label element: the text or element right after it."""
    if label.tail and (text := clean_space(label.tail).lstrip(":： ")):
        return text
    for sib in label.itersiblings():
        if is_element(sib):
            text = clean_space(text_of(sib))
            if text and not text.strip(":： "):
                continue  # <span>发文字号</span><span>：</span><span></span>: the colon, then the (empty) value
            if not text and sib.tag in _NO_TEXT:
                # <b>文号：</b><br/>鄂政发〔2024〕12号, an icon between: the value is the string after it
                if sib.tail and (text := clean_space(sib.tail).lstrip(":： ")):
                    return text if not _is_label(text) else ""
                continue
            return text if text and not _is_label(text) else ""
        # a comment beside a label reads as a string, as BeautifulSoup's siblings did
        for string in (sib.text, sib.tail):
            if string and (text := clean_space(string).lstrip(":： ")):
                return text
    return ""


_NO_TEXT = frozenset(("br", "img", "i", "wbr", "hr"))  # elements that stand between a label and its value


def _is_label(text: str) -> bool:
    """Whether text is another field (`访问量：199`, `发布日期：`), not the value of the label before it."""
    if LABELS.get(label_key(text)) is not None:
        return True
    m = re.match(r"^([^:：]{1,8})[:：]", text)
    # (a label this table does not know is a label all the same: 关键词：, 主题分类：综合政务)
    # (but not 一图读懂：湖北省促进民营经济发展若干措施, a title)
    return bool(m and (LABELS.get(key := label_key(m.group(1))) is not None
                       or (_BARE_LABEL.match(key) and len(text) - m.end() <= 10)))


def _title_organ(title: str) -> str | None:
    """The organs a title opens with before what they do (…办公厅转发…, 江门市人民政府关于…)."""
    if (m := _TITLE_ORGAN.match(title)) is not None and all(ORGAN.search(o) for o in re.split(r"[、和]", m.group(1))):
        return m.group(1)
    return None


_TITLE_ORGAN = re.compile(r"^([\u4e00-\u9fa5]{2,30}?)(?:转发|批转|印发|关于)")


def issuer_of(fields: dict[str, str], title: str, content_source: str | None) -> str | None:
    """The issuing body: a 发文机关-type label, else the organ a title starts with (…办公厅关于…),
    else a 来源 or 责任部门 that names a government body; a newspaper is never the issuer."""
    if fields.get("issuer"):
        return fields["issuer"]
    if fields.get("publisher") and ORGAN.search(fields["publisher"]):
        return fields["publisher"]
    # (…办公厅转发省发展改革委关于…: the body that forwards it)
    if (organ := _title_organ(title)) is not None:
        return organ
    for candidate in (fields.get("source_label"), content_source, fields.get("department")):
        if candidate and ORGAN.search(candidate) and (not PRESS.search(candidate) or title.startswith(candidate)):
            return candidate  # (a media centre is no issuer, unless its own notice: 通山县融媒体中心2024年公开招聘…)
    return None


def reposted_from(text: str) -> str | None:
    """The body that issued a document another site reposts, as the repost's last lines name it (（信息来源：常德市
    统计局）（原文地址：https://…）): the page's 发布机构 is the site that reposted it."""
    tail = text.splitlines()[-4:]
    if not any(_REPOST.search(line) for line in tail):
        return None
    for line in tail:
        if (m := _REPOST_SOURCE.fullmatch(line.strip())) and ORGAN.search(m.group(1)) and not PRESS.search(m.group(1)):
            return m.group(1)
    return None


_REPOST = re.compile(r"原文(?:地址|链接|网址)\s*[:：]|转载自|转自\s*[:：]")
_REPOST_SOURCE = re.compile(r"[（(]?\s*(?:信息)?来源\s*[:：]\s*([\u4e00-\u9fa5]{2,30})\s*[)）]?")


# how far above the body's end a sign-off's date may stand (an attachment line or a note after it)
_SIGN_OFF_LINES = 6
_ATTACHMENT_HEAD = re.compile(r"附件\s*\d{0,2}\s*[:：]?\s*$|附件\s*\d{1,2}\s*[:：]?\s*\S")


def _organs(line: str, organ: re.Pattern[str] = ORGAN) -> list[str]:
    """The organs a line names and nothing else (甘肃省财政厅 国家税务总局甘肃省税务局), or none."""
    m = _ORGAN_LINE.match(line)
    parts = re.split(r"[\s、]+", m.group(1).strip()) if m else []
    if any(len(x) > 8 for x in parts):
        parts = [piece for x in parts for piece in _unglued(x)]
    # (各乡镇人民政府, 各市州人民政府: the addressees)
    return parts if parts and all(organ.search(x) and len(x) <= 20 and x[0] != "各" for x in parts) else []


def _unglued(name: str) -> list[str]:
    """Organs a page prints side by side with nothing between (湖北省农业农村厅湖北省财政厅), each on its own; a
    national organ's local one is one name (国家税务总局湖北省税务局)."""
    pieces: list[str] = []
    for piece in _GLUED.split(name):
        if pieces and pieces[-1].startswith("国家") and _PROVINCE_HEAD.match(piece):
            pieces[-1] += piece  # (国家税务总局湖北省税务局: a national organ's local one is one name)
        else:
            pieces.append(piece)
    # (each a province's own organ or a national one: not a line a page broke mid-name)
    return pieces if len(pieces) > 1 and _PROVINCE_HEAD.match(pieces[0]) else [name]


_PROVINCE_HEAD = re.compile("(?:中共)?(?:" + "|".join(p.full_zh for p in provinces()) + ")")
_GLUED = re.compile(r"(?<=[厅局委会室府办署队])(?=" + _PROVINCE_HEAD.pattern + r"|国家)")


# (spaced out as a right-aligned sign-off may be: 二 〇 二 四 年 三 月 五 日)
_CN_DATE_LINE = re.compile(r"[（(]?\s*(?:[〇零○ＯOo0０一二三四五六七八九]\s*){4}年"
                           r"\s*(?:[一二三四五六七八九十]\s*){1,3}月\s*(?:[一二三四五六七八九十]\s*){1,3}日\s*[)）]?")


def _arabic_date(line: str) -> str:
    """A date line written in Chinese numerals (二〇二四年三月五日, as official documents sign) in digits."""
    if line[:1] in "（(〇零○ＯOo0０一二" and _CN_DATE_LINE.fullmatch(line):
        try:
            d = parse_date(re.sub(r"\s+", "", line))
        except ParseError:
            return line  # (二〇二四年二月三十日: no date; the line stays as printed)
        if d is not None:
            return f"{d.year}年{d.month}月{d.day}日"
    return line


def _sign_off(lines: list[str]) -> tuple[int, list[str], re.Match[str]] | None:
    """The sign-off (落款) above the last date near the body's end: where it starts and the organs signing it,
    joint ones over several lines (甘肃省发展和改革委员会 甘肃省工业和信息化厅 / 甘肃省财政厅 … / … / 2025年2月25日).
    The line right above the date may be a ministry's 司 or a bureau's 处 (国家能源局人事司); the lines above
    it only government bodies (not a list of hospitals, firms or divisions the document names)."""
    end = len(lines)
    if not any(_BYLINE_DATE.match(x) for x in lines[-_SIGN_OFF_LINES:]):
        # (an attachment printed after the sign-off: …/湖北省财政厅/2024年3月5日/附件1/…名单/…: it ends above it)
        end = next((i for i in range(1, len(lines)) if _ATTACHMENT_HEAD.match(lines[i])
                    and _BYLINE_DATE.match(lines[i - 1])), end)
    dates = [i for i in range(max(end - _SIGN_OFF_LINES, 0), end) if _BYLINE_DATE.match(lines[i])]
    if not dates or dates[-1] == 0 or lines[dates[-1] - 1][:1] in "（(" \
            or not (organs := _organs(lines[dates[-1] - 1], _SIGNING_ORGAN)) \
            or not all(_SIGNER.search(x) for x in organs):
        return None  # (（安全监督处） over a date: a news item's credit; a division signs under its body's name)
    first = dates[-1] - 1
    # (lines above: each body named with its place, as signatures are: not a list's 市财政局, 县水利局)
    while first > 0 and (more := _organs(lines[first - 1], _GOVERNMENT)) and all(_PLACED.search(x) for x in more):
        organs, first = more + organs, first - 1
    # (a table of people and their units ends above a sign-off: 张伟 / 国家统计局宜昌调查队 / 湖北省统计局 / date:
    # a unit right under a person's name is that person's, not a joint issuer)
    while first < dates[-1] - 1 and first > 0 and _PERSON.fullmatch(lines[first - 1]):
        organs, first = organs[len(_organs(lines[first], _GOVERNMENT)):], first + 1
    signed = _BYLINE_DATE.match(lines[dates[-1]])
    assert signed is not None
    return first, organs, signed


def _dated(m: re.Match[str]) -> tuple[date | None, str | None]:
    """A printed date (year, month, day groups) as a full date, or as year-month when no day is printed."""
    y, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:
        return None, None
    try:
        return (date(y, mo, int(m.group(3))), None) if m.group(3) else (None, f"{y}-{mo:02d}")
    except ValueError:
        return None, f"{y}-{mo:02d}"  # (2024年9月31日, a typing slip: the month it was signed in, no day)


_BARE_ORDER = re.compile(r"第\s*\d+\s*号")  # (an order's number without its organ, in a column of orders: no 文号)
_THIS_DOCUMENT_NOTE = re.compile(r"[（(]\s*此件[^（()）]{0,12}[)）]")  # （此件公开发布）, （此件主动公开）
_ATTACHED_TITLE = re.compile(r"(?:印发|转发|批转)[^《]{0,20}《([^》]{2,60})》")


_FOOTNOTE_MARKS = re.compile(r"\[\d{1,2}\]|［\d{1,2}］")
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fa5][ \u3000]+){3,}[\u4e00-\u9fa5]")


def _unspaced(line: str) -> str:
    """A line set letter by letter, its names apart by wider gaps (石 家 庄 市 统 计 局   国 家 统 计 局…): each name
    closed up, the names a space apart."""
    return " ".join("".join(part.split()) for part in re.split(r"[ \u3000]{2,}", line))


def byline(body: str, title: str = "") -> tuple[str | None, date | None, str | None]:
    """The issuers and date a document prints under its title or in its sign-off (落款).

    Returns (issuers joined by 、, full date, year-month when only a month is printed).
    """
    # (a line set letter by letter, 石 家 庄 市 统 计 局, is one name)
    lines = [_arabic_date(_unspaced(ln.strip()) if _LETTER_SPACED.fullmatch(ln.strip()) else ln.strip())
             for ln in body.splitlines() if ln.strip()]
    attached = m.group(1) if (m := _ATTACHED_TITLE.search(title)) else None
    dated = [i for i, x in enumerate(lines) if _BYLINE_DATE.match(x)]
    if dated and (end := next((i for i, x in enumerate(lines) if i > dated[0]
                               and (_THIS_DOCUMENT_NOTE.fullmatch(x) or x == attached)), None)) is not None:
        # （此件公开发布）, or the title of what it 印发 or 转发, after a signed date ends the document itself: what the
        # notice prints after it (the forwarded text, an attached plan) signs for its own drafters (not 附件：…的名称 or
        # （此件主动公开） above the notice's own sign-off)
        lines = lines[:end]
    # the head's first four lines, past the title's own lines (2025年泉州市 / 国民经济和社会发展统计公报[1] / …)
    bare_title = _FOOTNOTE_MARKS.sub("", "".join(title.split()))
    opening = [(i, ln) for i, ln in enumerate(lines[:8])
               if not (bare_title and len(b := _FOOTNOTE_MARKS.sub("", "".join(ln.split()))) >= 4 and b in bare_title
                       and not _BYLINE_DATE.match(ln))]  # (a date the title prints too: …的讲话（2026年1月5日）)
    first = opening[:4] if opening and opening[0][0] < 4 else list(enumerate(lines[:4]))
    candidates = first + [(i, lines[i]) for i in range(max(len(lines) - 2, first[-1][0] + 1 if first else 4),
                                                       len(lines))]
    organs: list[str] = []
    at: int | None = None  # the line the organs were read from
    when: date | None = None
    month: str | None = None
    spoken = False  # a congress line (——…日在…会议上) came: the report's speaker names its bureau
    for i, ln in candidates:
        bare = re.sub(r"\s+", "", ln)
        if bare and (bare == re.sub(r"\s+", "", title) or "公报" in bare and len(bare) < 40 and not organs):
            continue
        m = _ORGAN_LINE.match(ln)
        if (parts := _organs(ln)) and not organs:
            organs, at = parts, i
            ln = m.group(2) or "" if m else ""
        elif not organs and spoken and (head := _HEAD_OF.match(bare)) and _title_organ(title) is None:
            # 吕梁市财政局局长 樊小明 under its congress line: the bureau's report (not 江门市人民政府关于…的报告's,
            # which its bureau's head gives on the government's behalf: the title names its issuer)
            organs = [head.group(1)]
        # (a line of its own: not a news lead, 2024年3月5日在太原召开的…会议上，副省长…)
        said = _SPOKEN.match(bare) if len(bare) <= 40 and not _PUNCT.search(bare) else None
        spoken = spoken or said is not None
        if (d := _BYLINE_DATE.match(ln.strip()) or _ADOPTED.search(ln.strip()) or said) \
                and when is None and month is None:
            when, month = _dated(d)
    addressed = False
    # a red head of joint issuers over several lines above the document's first words (某某县财政局 / 国家税务总局…;
    # not organs a list after them gives, 十堰市太和医院 / …)
    if at is not None and at < 4 and not any(_PROSE.search(x) for x in lines[:at]):
        after = at + 1
        while after < min(at + 4, len(lines)) and (extra := _organs(lines[after])):
            organs, after = organs + extra, after + 1
        # organs one per line running into a salutation (…/荆州市中心医院：) may be addressees or a red head over
        # the superior it reports to (湖北省财政厅/湖北省审计厅/湖北省人民政府：): a sign-off settles it
        addressed = after < len(lines) and lines[after].endswith(("：", ":")) and bool(_organs(lines[after][:-1]))
    # a sign-off over several lines names every issuer (unless the organs came from lines before it: a head, or
    # the document's own sign-off above a forwarded or attached one's)
    if (sign := _sign_off(lines)) is not None:
        if not organs or (at is not None and at >= sign[0]) or addressed:
            organs = sign[1]
        if when is None and month is None:  # (its date above 上一篇/下一篇 lines the last two lines missed)
            when, month = _dated(sign[2])
    return ("、".join(organs) or None), when, month


_CONGRESS_LINE = 80  # a congress line, with the speaker after it, is no longer than this
_CONGRESS_STRINGS = etree.XPath("//text()[(contains(., '会议') or contains(., '大会')) and string-length(.) < 240]")
_CONGRESS_DEPTH = 4  # (a line's date and place split over spans: 2026 | 年 | 2 | 月 | … | 在海口市…大会)


def _congress_line(root: HtmlElement) -> tuple[date, str | None] | None:
    """The date of a report's congress line (——2026年1月22日 在无锡市第十七届人民代表大会第六次会议上) in an element
    of its own anywhere on the page, and the bureau of a speaker named after it on the same line (…会议上三门峡市
    财政局局长 宋 东) or the next."""
    seen: set[HtmlElement] = set()
    for string in _CONGRESS_STRINGS(root):  # (the strings that may end one, and the few elements holding them)
        el = string.getparent() if not string.is_tail else string.getparent().getparent()
        for line in (el, *el.iterancestors())[:_CONGRESS_DEPTH] if el is not None else ():
            if line in seen or len(text := text_of(line, "")) > 3 * _CONGRESS_LINE:
                break
            seen.add(line)
            bare = re.sub(r"\s+", "", text)
            if len(bare) > _CONGRESS_LINE or _PUNCT.search(bare) or (m := _SPOKEN.match(bare)) is None:
                continue
            try:
                when = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except (TypeError, ValueError):
                break  # (a month without its day, or no such day: no date)
            rest = bare[m.end():]
            rest = rest[rest.index("会议上") + 3:] if "会议上" in rest else rest.removeprefix("上")
            if not rest and (after := next((x for x in line.itersiblings() if isinstance(x.tag, str)), None)) \
                    is not None:
                rest = re.sub(r"\s+", "", text_of(after, ""))[:_CONGRESS_LINE]  # (the speaker on the line below)
            head = _HEAD_OF.match(rest)
            return when, head.group(1) if head else None
    return None


def published_of(fields: dict[str, str], root: HtmlElement, url: str = "") -> date | None:
    """The publication date: a 发布日期-type label, else the PubDate meta unless it is only the
    page's regeneration stamp (页面生成时间), which CMSs write into PubDate on every rebuild."""
    for label in ("published_date", "dated"):
        if fields.get(label) and (d := _date_in(fields[label])):
            return d
    stamps = {_date_in(fields.get("regenerated") or "")}
    # the stamp shows as text, or only in a meta tag (<meta name="others" content="页面生成时间 …">, Maketime)
    # (a stamp is within one string: the strings run together hold it wherever the spaced-out ones do)
    found = [m.group(1) for m in re.finditer(r"(?:页面)?生成时间\s*[:：]?\s*([\d\-/年月日: ]{8,25})",
                                               text_of(root))] if "生成时间" in text_of(root, "") else []
    for tag in root.iter("meta"):
        content = str(tag.get("content") or "")
        if "生成时间" in content or str(tag.get("name") or "").lower() == "maketime":
            found.append(content)
    stamps |= {_date_in(s) for s in found}
    pub = _date_in(meta(root, "PubDate") or "") or _date_in(meta(root, "firstpublishedtime") or "")
    if pub is not None and pub in stamps and pub != date_in_url(url):
        return None  # only the rebuild stamp (unless the page's own URL dates it that day: a fresh page)
    return pub


def date_in_url(url: str) -> date | None:
    """The date a CMS writes into a detail URL (t20251226_…, /2025/12-26/, /art/2025/12/26/)."""
    m = re.search(r"/t(\d{4})(\d{2})(\d{2})_|/(\d{4})/(\d{2})-(\d{2})/|/art/(\d{4})/(\d{1,2})/(\d{1,2})/", url)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups() if g is not None)
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def meta(root: HtmlElement, name: str) -> str | None:
    """The content of the first <meta name=…> of that name (any case), when it has one."""
    wanted = name.lower()
    for tag in root.iter("meta"):
        if str(tag.get("name") or "").lower() == wanted:
            return clean_space(str(tag.get("content"))) if tag.get("content") else None
    return None


def body_text(root: HtmlElement, s: PortalSettings, title: str = "", names: frozenset[str] | None = None,
              rows: bool = True) -> str:
    """The body's paragraphs, without the title heading and the editor/source footer.

    The province's selectors come first, then common CMS containers, then the element that holds
    most of the page's sentences (a layout no selector knows still yields its text). `names`: the
    page's (`page_names`), if the caller has them (names of elements since removed do no harm).
    """
    # tried in order, each only when the ones before it found no body
    names = page_names(root) if names is None else names
    for sel in (*s.body_selectors, *BODY_FALLBACK):
        if not may_match(sel, names) or not (found := select(root, sel, names)):
            continue
        node = found[0]
        for later in found[1:]:
            # (a match inside the first holding every sentence of it: the article, not the wrapper that shares its
            # class and holds the page's toolbars; a 转发 notice around the document it forwards has its own)
            if any(a is node for a in later.iterancestors()) and _stops(later) == _stops(node) > 0 \
                    and not _document_outside(node, later):
                node = later
        if sel in _WRAPPERS:
            if (_breadcrumb(node) or _links_only(node)) and _stops(root) >= 3:
                # a breadcrumb's .view (当前位置：首页 > 政务公开 > …), a tab's list of other pages' titles (阳江日报's
                # 最新发布 .content), not the article
                continue
            # (a page-wide wrapper: the part of it holding its sentences, when none of the document's salutation,
            # sign-off or date is outside it: not a left column's list of departments or a toolbar)
            if (inner := _densest_in(node)) is not node and not _document_outside(node, inner):
                node = inner
        if len(text := _paragraphs(_without_field_tables(node), title, rows)) >= 20:
            return text
    node = densest(root)
    if node is not None and len(text := _paragraphs(_without_field_tables(node), title, rows)) >= 20:
        return text
    return ""


_PROSE = re.compile(r"[。，：；:;]")  # the document has begun (a salutation, a sentence)
_CRUMB_LABEL = re.compile(r"(?:您)?(?:当前|现在)?(?:所在)?的?位置\s*[:：]")  # a breadcrumb's label (您当前的位置：)


def _without_field_tables(node: HtmlElement) -> HtmlElement:
    """The body without the blocks of labelled fields inside it (a 政务公开 table of 发文字号, 索引号,
    发布日期… that a wide container takes in): they are the page's fields, read already, not its text."""
    # (日期 alone is a column head in a table of the document's own: 名称 | 文号 | 日期)
    labels = [el for el in node.iter(*FIELD_TAGS)
              if el.text and len(el.text) <= 12 and LABELS.get(key := label_key(el.text)) is not None and key != "日期"]
    if len(labels) < 3:
        return node
    counts: dict[HtmlElement, int] = {}
    for el in labels:
        for anc in el.iterancestors():
            if anc is node:
                break
            counts[anc] = counts.get(anc, 0) + 1
    tables = [anc for anc, n in counts.items() if n >= 3 and len(text_of(anc, "")) <= 600]
    head = "".join(text_of(node, "").split())[:300]
    for table in tables:
        # the outermost of nested ones, before the document's first words (a title may come first): a table
        # after them is the document's own (a clean-up notice's 文号/成文日期/效力状态 columns, an event
        # schedule's 时间/主办单位)
        at = head.find("".join(text_of(table, "").split())[:20])
        if not any(a in tables for a in table.iterancestors()) and at >= 0 \
                and not _PROSE.search(_CRUMB_LABEL.sub("", head[:at])):  # (a breadcrumb's 当前位置：首页>… above it)
            remove(table)
    return node


# text outside any paragraph, wherever the paragraph's element sits above it (comments counted, as
# BeautifulSoup's strings counted them)
_OUTSIDE = "[not(ancestor::p or ancestor::li or ancestor::tr or ancestor::script or ancestor::style)]"
_LOOSE = etree.XPath(f".//text(){_OUTSIDE} | .//comment(){_OUTSIDE}", smart_strings=False)


def _in_cell(el: HtmlElement, node: HtmlElement) -> bool:
    """Whether el sits in a table cell inside node (not a layout table the whole body sits in)."""
    for anc in el.iterancestors():
        if anc is node:
            return False
        if anc.tag in ("td", "th"):
            return True
    return False


def _paragraphs(node: HtmlElement, title: str, rows: bool = True) -> str:
    paragraphs: list[str] = []
    above = _above_blocks(node)
    # (the body's own element too: a salutation written straight into it, or a notice into a layout table's cell)
    for el in [node, *(e for e in node.iterdescendants(*_BARE, *_WORD_INLINE) if e in above)]:  # (the page's order)
        _wrap_runs(el, above)
    # (a bare <div> in a table's cell is one of the cell's lines, not a block: 湖北省财政厅<div>…</div>)
    blocks = [b for b in node.iterdescendants(*_BLOCKS) if b.tag not in _BARE or not _in_cell(b, node)]
    data = {b for b in blocks if b.tag == "tr" and _data_row(b)}
    holding = _holding(blocks, node)
    read = [b for b in blocks if b in data or (b not in holding and not any(r in data for r in b.iterancestors("tr")))]
    # text outside any paragraph (pages that separate paragraphs with <br> or only with spaces), against the text of
    # the blocks that would be read as lines (a bare <div>'s is both: not counted twice; a wrapper <div> holding the
    # <br> lines and a signed <p> is no line of its own)
    in_bare = sum(len(text_of(b, "")) for b in read if b.tag in _BARE)
    loose = sum(len((x if isinstance(x, str) else x.text or "").strip()) for x in _LOOSE(node)) - in_bare
    if not read or loose > sum(len(text_of(b, "")) for b in read):
        lines = [clean_space(x) for x in re.split(r"\n|\s{4,}|\u3000{2,}", text_of(node, "\n"))]
        blocks_text = [x for x in lines if x]
    else:
        # one <p> of lines split by <br>: each line its own, a sign-off's too (not a table cell's: one value)
        for br in node.iter("br"):
            if not _in_cell(br, node):
                br.tail = _BR + (br.tail or "")
        gapped = _gapped(node)
        # (rows=False: a table's rows are no text to read sentences from — a release's 5月 | 1-5月 columns)
        blocks_text = [clean_space(line) for b in read if rows or b not in data
                       for line in _rendered(b, gapped).replace(_BR, "\n" + _BR).split("\n")]
    broken = ""  # the start of a title a <br> broke, read so far (without spaces)
    bare_title = "".join(title.split())
    for text in blocks_text:
        whole = not text.startswith(_BR)  # (a line a <br> began: 来源：市统计局 under a chart ends nothing)
        text = text.lstrip(_BR).strip()
        if text.endswith("查看更多") and (tail := _REPOST_LINK.search(text)) is not None and tail.start() > 0:
            text = text[: tail.start()].rstrip()  # (…其他数据均来自统计局。返回搜狐，查看更多: the repost's link)
        if _TOOLBAR.match(text) or _BAR_LINE.match(text) or _BRACKETS.fullmatch(text) and _TOOL_WORD.search(text):
            continue  # (打印此页, 扫一扫在手机打开当前页, 【字体：大 中 小】: the page's, wherever they stand)
        bare = "".join(text.split())  # (a title's line set in spans: 关于保山市 2025年 地方财政…)
        # (…its last line may end past the title its meta gives: 2026年地方财政预算草案的报告（书面）)
        if not paragraphs and (_INFO_BAR.match(text) or (len(bare) >= 4 and bare_title.startswith(broken + bare))
                               or broken and broken != bare_title and bare_title.startswith(broken)
                               and (broken + bare).startswith(bare_title) and len(broken + bare) <= len(bare_title) + 6
                               or _CRUMB_LINE.match(text) or _STAMP_LINE.match(text) or _EMPTY_LIST.match(text)):
            broken = broken + bare if not _INFO_BAR.match(text) else broken
            continue  # the info bar a wide container takes in (发布时间：2024-03-06 来源：…), a title's broken lines
        if BODY_STOP.match(text) and (whole or not text.startswith("来源")) \
                and (paragraphs or not text.startswith("【")):  # (a 声明 opening with 【声明】: its own first line)
            break
        if text and text != title:
            paragraphs.append(text)
    return "\n".join(paragraphs)


# the blocks a body's lines are read from, and those a block read as a line may not hold: a bare <div> or
# <section> of text among paragraphs is a line of its own (a title's first half, 全文如下)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "tr", "div", "section")
_BARE = frozenset(("div", "section"))


def _above_blocks(node: HtmlElement) -> set[HtmlElement]:
    """The elements in node holding a block (one walk: not a look below each element)."""
    found: set[HtmlElement] = set()
    for block in node.iterdescendants(*_BLOCKISH):
        for anc in block.iterancestors():
            if anc is node or anc in found:
                break
            found.add(anc)
    return found


def _wrap_runs(el: HtmlElement, above: set[HtmlElement]) -> None:
    """A <div> or <section> holding blocks and text of its own between them (各市…：<section>…</section>为切实…
    <section>…</section>; text and <br> lines above a signed <p>): each run of that text, with its inline elements,
    becomes a paragraph of its own, in its place, so neither is lost to the other."""
    children = list(el)
    # (an inline element holding blocks, Word's <font> around <br> lines and a signed <p>, stands as one of them)
    blockish = {c for c in children if is_element(c) and (c.tag in _BLOCKISH or c in above)}
    if not blockish:
        return
    if not (el.text or "").strip() and not any((c.tail or "").strip() or c not in blockish and is_element(c)
                                                and text_of(c, "").strip() for c in children):
        return  # (a wrapper of blocks alone: nothing of its own)
    # (a loose line is a line a <br> began: 来源：湖北省统计局 under a chart is a caption, not the page's footer)
    run = etree.Element("p")
    run.text, el.text = _BR + (el.text or ""), None
    for child in children:
        if child in blockish:
            if (run.text or "").strip(_BR + " \t\r\n") or len(run):
                child.addprevious(run)
            run = etree.Element("p")
            run.text, child.tail = _BR + (child.tail or ""), None
        else:
            run.append(child)  # (its tail goes with it)
    if (run.text or "").strip(_BR + " \t\r\n") or len(run):
        el.append(run)


_WORD_INLINE = ("font", "span", "strong", "b", "em", "i", "u")  # (Word's inline elements around whole paragraphs)
_BLOCKISH = frozenset(("p", "div", "section", "table", "ul", "ol", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dl",
                       "center", "blockquote", "pre", "form", "article"))


def _holding(blocks: list[HtmlElement], node: HtmlElement) -> set[HtmlElement]:
    """The blocks not read as lines: a p, li or tr holding another of those; a bare <div> or <section> holding
    any block (a heading, a paragraph)."""
    holding: set[HtmlElement] = set()
    bare_holding: set[HtmlElement] = set()
    for b in blocks:
        for anc in b.iterancestors():
            if anc is node or anc in (holding if b.tag not in _HEADINGS else bare_holding):
                break
            bare_holding.add(anc)
            if b.tag not in _HEADINGS:
                holding.add(anc)
    return {b for b in blocks if b in (bare_holding if b.tag in _BARE else holding)}


_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))


def _data_row(tr: HtmlElement) -> bool:
    """A table row read as one line even when its cells hold <p>s (Word and UEditor tables): a row of data in a table
    of two such rows or more (a header and its data: not a layout row, a spacer cell beside a short notice, nor a
    joint sign-off's names over its dates)."""
    if not _data_like(tr):
        return False
    table = next(tr.iterancestors("table"), None)
    return table is not None and any(r is not tr and next(r.iterancestors("table"), None) is table and _data_like(r)
                                     for r in table.iter("tr"))


def _data_like(tr: HtmlElement) -> bool:
    """Two cells or more with text (not a spacer beside one), no table inside, short, no sentence, not dates alone."""
    cells = [t for c in tr if is_element(c) and c.tag in ("td", "th") and (t := clean_space(text_of(c, "")))]
    return len(cells) >= 2 and sum(map(len, cells)) <= _ROW_CHARS \
        and not any("。" in c for c in cells) and not all(_DATED.match(c) for c in cells) \
        and next(tr.iterdescendants("tr"), None) is None


_ROW_CHARS = 300


def _gapped(node: HtmlElement) -> set[HtmlElement]:
    """The elements in node holding a gap `_rendered` must keep (a block, a cell, a <br>, an element set off by
    its style): one walk for the whole body, not a look per paragraph."""
    found: set[HtmlElement] = set()
    for el in filter(_sets_apart, _gap_or_styled(node)):
        for anc in el.iterancestors():
            if anc in found:
                break
            found.add(anc)
            if anc is node:
                break
    return found


def _sets_apart(el: HtmlElement) -> bool:
    """A block, a cell, a <br>, or an element its style sets off (padding, a margin, display: block)."""
    return is_element(el) and (el.tag in _GAPS or _SET_OFF.search(str(el.get("style") or "")) is not None)


def _rendered(block: HtmlElement, gapped: set[HtmlElement]) -> str:
    """A block's text as a browser shows it: the strings of its inline elements run together (发布<span>《…》
    </span>, 654<span>,</span>233万元); a row's cells, the blocks and lines in a cell (湖北省财政厅<br>湖北省教育厅)
    and an inline element set off by padding or a margin apart. `gapped`: see `_gapped`."""
    if block.tag == "tr":
        return " ".join(_rendered(cell, gapped) for cell in block if is_element(cell))
    if block not in gapped:
        return text_of(block, "")  # (most paragraphs: their strings run together)
    out: list[str] = []

    def walk(el: HtmlElement) -> None:
        out.append(el.text or "")
        for child in el:
            gap = _sets_apart(child)
            out.append(" " if gap else "")
            if is_element(child):
                walk(child)
            out.append((" " if gap else "") + (child.tail or ""))
    walk(block)
    return "".join(out)


_GAPS = ("br", "div", "p", "li", "td", "th", "table", "section", "center", "h1", "h2", "h3", "h4", "h5", "h6", "dd",
         "dt")
_GAP_TAGS = frozenset(_GAPS)


def _gap_or_styled(node: HtmlElement) -> Iterator[HtmlElement]:
    """The elements in node `_sets_apart` may take: a gap's tag, or a style naming padding, a margin or display (one
    walk in Python: an XPath union of a step per tag walks the tree once per tag)."""
    for el in node.iterdescendants():
        if el.tag in _GAP_TAGS or isinstance(el.tag, str) and (style := el.get("style")) \
                and ("padding" in style or "margin" in style or "display" in style):
            yield el


_SET_OFF = re.compile(r"(?:padding|margin)(?:-left)?\s*:\s*[1-9]|display\s*:\s*(?:inline-)?block", re.I)


_PERSON = re.compile(r"[\u4e00-\u9fa5]{2,4}")  # a person's name on a line of its own (张伟, 欧阳明华)
_BR = "\ue000"  # where a <br> stood (a private-use character: lxml takes no control character)
# the page's info bar: a publication label, or two labels on one line (发布时间：…　来源：…; not 时间：…上午9:00)
_INFO_BAR = re.compile(r"(?:发布机构|" + _BAR_WORDS + r")\s*[:：]|"
                       r"[\u4e00-\u9fa5]{2,4}\s*[:：][^:：]{1,40}[\u4e00-\u9fa5]{2,4}\s*[:：]|"
                       r"(?:日期|时间)\s*[:：]\s*\d{4}.{0,30}来源\s*[:：]")  # (日期：2024-03-06 10:30:00　来源：…)


# (a <span> or <font> may hold a whole article on old pages: those are descended into)
_INSIDE_PARAGRAPHS = ("p", "li", "strong", "b", "em", "i", "u", "a", "h1", "h2", "h3", "h4", "h5", "h6")


def _stops(el: HtmlElement) -> int:
    return text_of(el, "").count("。")


def _links_only(el: HtmlElement) -> bool:
    """A list of links to other pages and nothing else: no sentence, and nearly all its text their titles."""
    text = text_of(el, "")
    if "。" in text:
        return False
    linked = sum(len(text_of(a, "").strip()) for a in el.iter("a") if not _is_file(str(a.get("href") or ""), ""))
    return linked >= 0.8 * len("".join(text.split())) > 0


def _breadcrumb(el: HtmlElement) -> bool:
    """A breadcrumb and nothing else (当前位置：首页 > 政务公开 > 预算/决算), not a short notice."""
    text = text_of(el, "")
    return len(text) < 200 and "。" not in text and _CRUMB.search(text) is not None


_DATED = re.compile(r"[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月")  # (a sign-off's 2024年3月5日, 2024年3月5日印发)
_CRUMB = re.compile(r"位置\s*[:：]|首页\s*[>›»]")
_STAMP_LINE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")  # (2024-03-05 10:30)
# (the head of a list a script fills, above the text)
_EMPTY_LIST = re.compile(r"(?:关联稿件|相关稿件|相关附件|附件)[:：]?$")
_CRUMB_LINE = re.compile(r"(?:您)?(?:当前|现在)(?:所在)?的?位置\s*[:：][^。]{0,200}$|首页\s*[>›»][^。]{0,200}$")


def _document_outside(outer: HtmlElement, inner: HtmlElement) -> bool:
    """Whether outer holds, outside inner, a line of the document itself: a salutation (…：), a dated line
    (a sign-off's 2024年3月5日) or a sentence."""
    inside = {el for el in inner.iter()}
    for el in outer.iter():
        if el in inside or not is_element(el):
            continue
        for string, owner in ((el.text, el), (el.tail if el is not outer and el.getparent() not in inside else None,
                                              el.getparent())):
            line = (string or "").strip()
            if line and (line.endswith(("：", ":")) and not _CRUMB.search(line) and not _INFO_BAR.match(line)
                         and not _TOOLBAR.match(line) and LABELS.get(label_key(line)) is None
                         or "。" in line or _DATED.match(_arabic_date(line)) or _DOC_LINE.fullmatch(line)) \
                    and not _in_info_bar(owner):
                return True
    return False


def _in_info_bar(el: HtmlElement | None) -> bool:
    """Whether a string's element stands in the page's info bar (<span>发布时间：</span><span>2024年03月06日</span>,
    <span>阅读量：</span><span>125</span>): its parent's line is one."""
    holder = el.getparent() if el is not None and el.tag in _INLINE_IN_BAR else el
    return holder is not None and _INFO_BAR.match(clean_space(text_of(holder, ""))[:200]) is not None


_INLINE_IN_BAR = frozenset(("span", "font", "em", "b", "strong", "i", "label", "small"))


def densest(root: HtmlElement) -> HtmlElement | None:
    """The smallest element holding nearly all of the page's full stops: the article, whatever its class."""
    body = root.find(".//body")
    best = body if body is not None else root
    return _densest_in(best) if _stops(best) else None


def _densest_in(best: HtmlElement) -> HtmlElement:
    """The smallest element in `best` holding nearly all of its full stops (`best` itself if none is)."""
    total = _stops(best)
    while total:
        inner = [c for c in best if c.tag in ("div", "td", "article", "section", "table", "tbody", "tr")
                 and _stops(c) >= 0.9 * total]
        if not inner:
            # the article may sit deeper than the direct children (wrappers without a qualifying tag), but is
            # never one paragraph of it (a short notice's one sentence with a full stop: its salutation,
            # signatures and date are the paragraphs around it)
            inner = [c for c in best if is_element(c) and c.tag not in _INSIDE_PARAGRAPHS
                     and _stops(c) >= 0.9 * total]
        if not inner:
            break
        best = inner[0]
    return best


_ABOUT_ANOTHER = re.compile(r"解读|图解|一图|图说|解析|起草说明|答记者问|问答|政策吹风|转发")
_DOC_LINE = re.compile(r"[（(]?[\u4e00-\u9fa5]{1,12}\s*[〔\[(（【﹝]\s*\d{4}\s*[〕\])）】﹞]\s*\d{1,4}\s*号[)）]?")


def _doc_number_in_head(text: str) -> tuple[str, dict[str, str | int | None]] | None:
    """A 文号 the document prints on a line of its own in its head (issuers, title, 粤发改能源〔2026〕290号), before
    its first words (a salutation, a sentence): one cited or listed further down is another document's."""
    for line in text.splitlines()[:6]:
        if _PROSE.search(line):
            return None
        if _DOC_LINE.fullmatch(line.strip()):
            return canonical_doc_number(line)
    return None


def _attachments(root: HtmlElement, url: str) -> list[Attachment]:
    """The page's file links (name, absolute URL)."""
    found = []
    for a in root.iter("a"):
        if a.get("href") is None:
            continue
        # (a link with no text may name its file: <a href="…/2026020214573850177.pdf" download="2025年预算….pdf">,
        # alt="2026年湛江市本级政府预算.pdf")
        href = str(a.get("href"))
        label = clean_space(text_of(a)) or clean_space(str(a.get("download") or a.get("alt") or ""))
        if _is_file(href, label):
            found.append(Attachment(label or href.rsplit("/", 1)[-1], urljoin(url, href)))
    return found


_HIDDEN_BLOCK = 200  # a hidden block longer than this, or a tenth of the page, may be a body a script reveals
_REPORTED = re.compile(r"报告|说明|讲话|发言|汇报")  # what is given at a congress (its pages carry a congress line)


def _is_file(href: str, label: str) -> bool:
    """Whether a link is to a file: by its address, or a CMS's download endpoint, or a file name it shows (a CMS's
    download endpoint names no file: download.jsp?…wbfileid=…, virtual_attach_file.vsb?…, viewFile.do?…; its link
    text may: 预算表.xlsx)."""
    return bool(ATTACHMENT_EXT.search(href) or _DOWNLOAD_HREF.search(href)
                or ATTACHMENT_EXT.search(label) and href.strip()
                and not href.strip().lower().startswith(("javascript:", "#", "about:")))


def _placed(issuer: str | None, title: str) -> str | None:
    """An issuer named without its city (市财政局, as a report's speaker or a 来源 names it; 统计局, as a bulletin's
    来源 or ContentSource does) with the city the title names (关于无锡市…的报告: 无锡市财政局)."""
    if issuer is None or (city := _TITLE_CITY.search(title)) is None:
        return issuer
    if issuer.startswith("市") and not issuer.startswith("市场"):
        return city.group(1) + issuer[1:]
    if _BUREAU.fullmatch(issuer) and not _PLACE_IN_NAME.search(issuer) \
            and not issuer.startswith((city.group(1)[:-1], *_PROVINCE_NAMES)):  # (三门峡统计局, 河南统计局: placed)
        return city.group(1) + issuer
    return issuer


_FILES_ALONE = 3  # a page whose text is its attached files links no more files than this
_LIST_ROWS = frozenset(("li", "dd"))  # (a table's row may hold a page's one file: old CMSs lay pages out in tables)


def _attached_only(root: HtmlElement, title: str) -> str:
    """The text of a page whose document is only its attached file (a bulletin's page holding one link,
    2025年和田地区国民经济和社会发展统计公报 → ….docx): the names its file links show, when a few files are linked
    outside list rows, each by a name of its own, one of them the title's (not 下载, a sidebar's report, a column
    page's items)."""
    names = [name for a in root.iter("a") if a.get("href") is not None
             and _is_file(str(a.get("href")), name := clean_space(text_of(a)))
             and not any(x.tag in _LIST_ROWS for x in a.iterancestors())]
    bare = re.sub(r"\s+", "", title)
    if not names or len(names) > _FILES_ALONE or any(len(name) < _DOCUMENT_TITLE for name in names) \
            or not any(bare in (n := re.sub(r"\s+", "", name)) or n in bare for name in names):
        return ""
    return "\n".join(dict.fromkeys(names))


# elements the page hides (class hide or hidden, style display:none): no text a reader sees
_HIDDEN = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' hide ') or "
                      "contains(concat(' ', normalize-space(@class), ' '), ' hidden ') or "
                      "contains(translate(@style, ' ', ''), 'display:none')]")
_STYLED_NONE = etree.XPath("//*[contains(@style, 'none')]")  # (a look before `_HIDDEN`'s style test)


def _hidden(root: HtmlElement, names: frozenset[str]) -> list[HtmlElement]:
    """`_HIDDEN`'s elements; its class tests only on a page whose names include the class (they cost a string
    built for every element)."""
    if "hide" in names or "hidden" in names:
        return list(_HIDDEN(root))
    return [el for el in _STYLED_NONE(root) if "display:none" in (el.get("style") or "").replace(" ", "")]


_TITLE_CLASS = re.compile(r"title|tile", re.I)  # (DetailcontentTile: a CMS's own spelling)


def _heading_title(root: HtmlElement, url: str) -> str | None:
    """The title a page without an ArticleTitle meta or 标题 label shows: its first heading, else an element named as
    a title that the <title> tag repeats (<div class="content-title">…</div>), else a later heading the <title> tag
    mostly repeats, or an <h1> long enough to be a document's (not a logo's empty heading, a section's 通知公告, nor a
    link to another page: a sidebar's news item); else the <title> tag less the site's suffix
    (…__2007年第23号国务院公报_中国政府网, …| 万载县人民政府, …-政务公开)."""
    head_tag = root.find(".//title")
    head = ""
    if head_tag is not None:
        head = _SITE_AFTER.sub("", re.split(r"__|_|\s[|｜-]\s", text_of(head_tag))[0])
        head = _title_text(head)
    here = urlsplit(url).path
    headings = [(h, _heading_text(h)) for h in root.iter("h1", "h2")]
    shown = [(h, text) for h, text in headings if text and not any(
        _title_text(text_of(a)) == text and _elsewhere(str(a.get("href") or ""), url, here) for a in h.iter("a"))]
    if shown and shown[0][0] is headings[0][0]:
        return shown[0][1]
    # the elements a class names as a title (content-title, DetailcontentTile), in page order
    titled = [(el, _title_text(text_of(el))) for el in root.iter("div", "p", "span", "td", "h3", "strong")
              if _TITLE_CLASS.search(str(el.get("class") or ""))]
    if (repeated := next((text for _, text in titled if len(text) >= 4 and text in head), None)) is not None:
        return repeated
    for h, text in shown:
        if head and text in head and len(text) * 5 >= len(head) * 3 or h.tag == "h1" and len(text) >= _DOCUMENT_TITLE:
            return text
    if not head or _SITE_NAME.fullmatch(head):
        # (<title>保定市人民政府政务公开</title>, the site's name: the element named as the title, not a link nor a row)
        for el, text in titled:
            if len(text) >= _DOCUMENT_TITLE and not _SITE_NAME.fullmatch(text) \
                    and not any(x.tag == "a" or x.tag in _LIST_ROWS
                                for x in (*el.iterdescendants(), *el.iterancestors())):
                return text
    return head or None


def _heading_text(h: HtmlElement) -> str:
    """A heading's title: its text, less a year set apart in an element of its own at its end, a blog's tag
    (<h1><a>2025年安阳市国民经济和社会发展统计公报 <span>2025</span></a></h1>)."""
    text = _title_text(text_of(h))
    last = next((el for el in reversed(list(h.iterdescendants())) if is_element(el)), None)
    if last is not None and not len(last) and _YEAR_TAG.fullmatch(tag := (last.text or "").strip()) \
            and not (last.tail or "").strip() and text.endswith(tag) and len(text) > len(tag) + 4:
        return text[: -len(tag)].rstrip()
    return text


_YEAR_TAG = re.compile(r"\d{4}年?")


def _title_text(text: str) -> str:
    """A title's text on one line: a line break or a blank between two characters or digits is no gap
    (《关于新乡市2025年预算执行情况<br>和2026年预算草案的报告》)."""
    return _TITLE_GAP.sub("", clean_space(text))


_TITLE_GAP = re.compile(r"(?<=[\u4e00-\u9fa5\d])\s+(?=[\u4e00-\u9fa5\d])")
_SITE_NAME = re.compile(r"[\u4e00-\u9fa5]{2,16}(?:人大|人民政府|政府|政协|网|门户|网站|局|委员会|委|厅|办公室|公开)"
                        r"(?:门户网站|网站|网|政务公开|信息公开)?")


def _elsewhere(href: str, url: str, here: str) -> bool:
    """Whether a link goes to another page (not javascript:, not #, not this page's own path in any scheme or
    with a query)."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "JavaScript:")):
        return False
    return urlsplit(urljoin(url, href)).path != here


_DOCUMENT_TITLE = 8  # a heading at least this long, past a logo's or a section's, may be the document's title


def doc_type_of(title: str) -> str | None:
    # (not a bracket after it, （摘要）, nor the congress line a title may end in: …的报告——2026年2月10日在…会议上)
    t = re.sub(r"[（(][^)）]*[)）]$", "", _CONGRESS_AFTER.sub("", title.strip()))
    for dt in DOC_TYPES:
        if t.endswith(dt):
            return dt
    return None


_CONGRESS_AFTER = re.compile(r"\s*[—-]{1,2}\s*\d{4}年[^—]*$")


def parse_detail(body: bytes, url: str, s: PortalSettings, content_type: str | None = None) -> Notice:
    """Parse a notice detail page into a Notice; raise ParseError on what it cannot read."""
    root = tree_of(body, content_type)
    names = page_names(root)
    for sel in s.strip_selectors:
        for el in select(root, sel, names):
            remove(el)
    fields = labelled_fields(root)
    title = meta(root, "ArticleTitle") or fields.get("title") or _heading_title(root, url)
    if not title:
        raise ParseError("no title: neither ArticleTitle meta, a 标题 label nor a heading")
    attachments = _attachments(root, url)  # (a file list a script shows is hidden until then: its files count)
    page_size = len(text_of(root, ""))
    for el in _hidden(root, names):
        if len(hidden := text_of(el, "").strip()) <= _HIDDEN_BLOCK and len(hidden) * 10 <= page_size:
            remove(el)  # (a toolbar a script shows, 文件下载, 政策咨询 <div class="… hide">: not a body it reveals)
    text = body_text(root, s, title, names) or _attached_only(root, title)
    if not text:
        raise ParseError("no body text found")
    doc = canonical_doc_number(fields["doc_number"]) if fields.get("doc_number") else None
    if fields.get("doc_number") and doc is None and _has_digit(fields["doc_number"]) \
            and not _BARE_ORDER.fullmatch(fields["doc_number"].strip()):  # (〔〕号: a template's empty placeholder)
        raise ParseError(f"文号 {fields['doc_number']!r} has no known pattern")
    if doc is None and not fields.get("doc_number") and "转发" not in title \
            and not (doc_type_of(title) is None and _ABOUT_ANOTHER.search(title)):
        # (nor a 转发 notice's: the forwarded document's 文号 may stand in its head)
        doc = _doc_number_in_head(text)  # (not a 解读's: the 文号 under its title is the document it explains)
    # 成文日期 (a label saying so) first, then the date the document prints, then a catalogue date in its month
    # (an impossible date, 2024年02月30日, is no date: the notice is read all the same)
    issued = _date_in(fields.get("issued_date") or "")
    catalogued = _date_in(fields.get("catalogue_date") or "")
    signed_by, signed_on, signed_month = byline(text, title)
    if signed_on is None and signed_month is None and _REPORTED.search(title) and (spoken := _congress_line(root)):
        # a report's congress line where the first lines of its text do not show it (a subtitle above the body, a
        # head of several lines, the speaker on the same line): its date, and the bureau its speaker heads (only
        # what is given at a congress, 报告, 说明, 讲话, is searched for one)
        signed_on, head = spoken
        signed_by = signed_by or head
    if signed_on is None and signed_month is None and (said := _SPOKEN_IN_TITLE.search(title)) is not None:
        # (in brackets or after a dash: not a meeting the notice announces, 关于2026年2月10日在…召开…)
        signed_on = _date_in(said.group(0).lstrip("（(—").strip())
    if issued is None:
        issued = signed_on or catalogued
        if signed_on is None and signed_month is not None and issued is not None \
                and issued.isoformat()[:7] != signed_month:
            issued = None  # a catalogue date outside the month the document prints is not its date
    published = published_of(fields, root, url)
    if issued is not None and published is not None and issued > published and issued != signed_on:
        # a 成文日期 after the page went out is the portal's entry, not the document's: what it prints, if anything
        # (unless the document prints that date too: then the publication date is the one in doubt)
        issued = signed_on if signed_on is not None and signed_on <= published else None
    return Notice(
        province=s.province, url=url, title=title,
        doc_number=doc[0] if doc else None, doc_number_parts=doc[1] if doc else None,
        issuer=_placed((reposted_from(text) if signed_by is None else None) or fields.get("issuer") or signed_by
                       or issuer_of(fields, title, meta(root, "ContentSource")), title),
        doc_type=doc_type_of(title),
        issued_date=issued.isoformat() if issued else None,
        published_date=published.isoformat() if published else None,
        index_number=fields.get("index_number"), validity=fields.get("validity"),
        column=meta(root, "ColumnName"), body_text=text, attachments=tuple(attachments),
    )
