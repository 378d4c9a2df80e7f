"""Portal parsers on the replay corpus and on layouts the corpus does not have."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from common.records import Notice, ParseError
from extractors.cn_text import decode_html
from extractors.hubei.settings import PORTAL
from extractors.portal import PortalSettings, body_text, byline, parse_detail, parse_list, remove, text_of, tree_of
from tests.conftest import CORPUS, FIXTURES, html_pages

HUBEI = CORPUS / "files" / "www.hubei.gov.cn" / "zfwj"


def test_hubei_detail() -> None:
    body = (HUBEI / "ezbf" / "202512" / "t20251226_5842830.shtml").read_bytes()
    n = parse_detail(body, "https://www.hubei.gov.cn/zfwj/ezbf/202512/t20251226_5842830.shtml", PORTAL)
    assert n.title.startswith("湖北省人民政府办公厅关于印发")
    assert n.doc_number == "鄂政办发〔2025〕44号"
    assert n.doc_number_parts == {"prefix": "鄂政办发", "year": 2025, "serial": 44}
    assert n.issuer == "湖北省人民政府办公厅" and n.doc_type == "通知"
    assert (n.issued_date, n.published_date) == ("2025-12-22", "2025-12-26")
    assert n.validity == "有效" and n.index_number and n.index_number.startswith("011043916/")
    assert "香港" in n.body_text and "编辑" not in n.body_text and "访问量" not in n.body_text


def test_hubei_gbk_detail_without_charset_header() -> None:
    body = (HUBEI / "ezbf" / "202512" / "t20251215_5831177.shtml").read_bytes()
    body.decode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    n = parse_detail(body, "https://www.hubei.gov.cn/x.shtml", PORTAL, "text/html")
    assert n.doc_number == "鄂政办发〔2025〕41号" and n.doc_type == "意见"


def test_hubei_list() -> None:
    body = (HUBEI / "ezbf" / "index.shtml").read_bytes()
    items = parse_list(body, "https://www.hubei.gov.cn/zfwj/ezbf/index.shtml", PORTAL)
    assert len(items) == 3
    assert items[0].url == "https://www.hubei.gov.cn/zfwj/ezbf/202512/t20251226_5842830.shtml"
    assert items[0].date == "2025-12-26"


def test_a_lists_validity_column_is_read_by_its_header() -> None:
    # Hunan's document list has a 状态 column the detail pages do not repeat
    from extractors.hunan.settings import PORTAL as HUNAN_PORTAL

    url = "https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/wjk_glrb.html"
    body = (CORPUS / "files" / "www.hunan.gov.cn" / "hnszf" / "xxgk" / "wjk" / "szfwj" / "wjk_glrb.html").read_bytes()
    items = parse_list(body, url, HUNAN_PORTAL)
    assert items and all(i.validity == "有效" for i in items)
    assert items[0].doc_number == "湘政办发〔2025〕60号"
    # a list without such a column gives none
    hubei = parse_list((HUBEI / "ezbf" / "index.shtml").read_bytes(), "https://www.hubei.gov.cn/zfwj/ezbf/index.shtml",
                       PORTAL)
    assert hubei and all(i.validity is None for i in hubei)


def _list(head: str, rows: str, side: str = "") -> list[str | None]:
    page = (f"<html><body>{side}<table><tr>{head}</tr>{rows}</table></body></html>").encode()
    return [i.validity for i in parse_list(page, "https://www.hunan.gov.cn/x/", PortalSettings("hunan",
                                           detail_href=r"/t\d{8}_\d+\.html$"))]


def _row(cells: str) -> str:
    return f'<tr><td><a href="/a/t20250101_1.html">关于印发某办法的通知</a></td>{cells}</tr>'


@pytest.mark.parametrize("head,rows,side,expected", [
    ("<th>标题</th><th>文号</th><th>状态</th>", _row("<td>湘政发〔2025〕1号</td><td>有效</td>"), "", ["有效"]),
    # a header spanning two columns moves the positions: counted by colspan
    ('<th>标题</th><th colspan="2">文号及日期</th><th>状态</th>', _row("<td>湘政发〔2025〕1号</td><td>2025-01-01</td>"
                                                               "<td>失效</td>"), "", ["失效"]),
    # a consultation list's 状态 is not a validity; a row that does not line up with the header gives none
    ("<th>标题</th><th>状态</th>", _row("<td>征集中</td>"), "", [None]),
    ("<th>标题</th><th>文号</th><th>状态</th>", _row("<td>有效</td>"), "", [None]),
    # a 状态 header in another table (a sidebar) says nothing of this table's rows
    ("<th>标题</th><th>日期</th>", _row("<td>有效</td>"), "<table><tr><th>状态</th></tr></table>", [None]),
])
def test_a_list_validity_comes_only_from_its_own_column_and_a_known_value(
        head: str, rows: str, side: str, expected: list[str | None]) -> None:
    assert _list(head, rows, side) == expected


GENERIC = PortalSettings(province="jiangxi")

TABLE_LAYOUT = """<html><head><meta charset="utf-8"><title>x</title></head><body>
<table class="affairs-detail-head"><tr><td>索\xa0引\xa0号:</td><td>000014349/2022-00123</td>
<td>发布机构:</td><td>江西省人民政府</td></tr>
<tr><td>文\xa0\xa0号:</td><td>赣府发〔２０２２〕９号</td><td>成文日期:</td><td>2022年03月01日</td></tr>
<tr><td>标\u3000\u3000题:</td><td>江西省人民政府关于促进外贸稳定增长的若干措施</td></tr>
<tr><td>发布日期:</td><td>2022-03-04</td><td>有效性:</td><td>有效</td></tr></table>
<div id="zoom"><p>各市、县（区）人民政府，省政府各部门：</p><p>为促进外贸稳定增长，现提出如下措施。</p>
<p>附件：<a href="/module/download/downfile.jsp?classid=0&filename=abc.pdf">措施清单.pdf</a></p></div>
</body></html>"""


def test_generic_table_layout_with_nbsp_labels() -> None:
    n = parse_detail(TABLE_LAYOUT.encode(), "https://www.jiangxi.gov.cn/art/2022/3/4/art_4975_1.html", GENERIC)
    assert n.title == "江西省人民政府关于促进外贸稳定增长的若干措施"
    assert n.doc_number == "赣府发〔2022〕9号" and n.issuer == "江西省人民政府"
    assert (n.issued_date, n.published_date, n.validity) == ("2022-03-01", "2022-03-04", "有效")
    assert n.index_number == "000014349/2022-00123" and n.doc_type == "措施"
    assert n.attachments and n.attachments[0].url.startswith("https://www.jiangxi.gov.cn/module/download/")


DL_LAYOUT = """<html><head><meta name="articletitle" content="河南省人民政府办公厅关于印发河南省支持外资企业发展若干措施的通知">
<meta name="pubdate" content="2024-06-03 09:00"></head><body>
<dl><dt>发文机关</dt><dd>河南省人民政府办公厅</dd><dt>发文字号</dt><dd>豫政办〔2024〕42号</dd>
<dt>成文日期</dt><dd>2024年05月30日</dd></dl>
<div class="content"><p>各省辖市人民政府，省人民政府各部门：</p><p>现将措施印发给你们，请认真贯彻落实。</p></div>
</body></html>"""


def test_generic_definition_list_layout_and_lower_case_meta() -> None:
    n = parse_detail(DL_LAYOUT.encode(), "https://www.henan.gov.cn/2024/06-03/1.html", PortalSettings("henan"))
    assert n.doc_number == "豫政办〔2024〕42号" and n.issuer == "河南省人民政府办公厅"
    assert (n.issued_date, n.published_date) == ("2024-05-30", "2024-06-03") and n.doc_type == "通知"


def test_page_without_body_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_detail(b"<html><head><meta name='ArticleTitle' content='t'></head><body></body></html>",
                     "https://x/", GENERIC)


def test_unreadable_doc_number_is_a_parse_error() -> None:
    page = DL_LAYOUT.replace("豫政办〔2024〕42号", "豫政办2024年第四十二")
    with pytest.raises(ParseError, match="文号"):
        parse_detail(page.encode(), "https://x/", GENERIC)


REGENERATED = """<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="湖南省人民政府办公厅关于进一步优化营商环境的通知">
<meta name="PubDate" content="2025-11-03 08:00"></head><body>
<div class="xxgk"><span>生成日期：</span><span>2024-06-12</span><span>文号：</span><span>湘政办发〔2024〕21号</span></div>
<div class="content"><p>各市州人民政府，省政府各厅委、各直属机构：现将有关事项通知如下，请认真贯彻执行。</p></div>
<div class="foot">来源：<span></span><span>访问量：199</span></div>
<div class="foot2">页面生成时间：2025-11-03 08:00:12</div></body></html>"""


def test_regeneration_stamp_is_not_the_publication_date_and_empty_labels_stay_empty() -> None:
    n = parse_detail(REGENERATED.encode(), "https://www.hunan.gov.cn/x.html", GENERIC)
    assert n.published_date is None  # PubDate is only the CMS rebuilding the page
    assert n.issued_date == "2024-06-12"  # 生成日期 is the document's date
    assert n.issuer == "湖南省人民政府办公厅"  # from the title, never `访问量：199`


NEWSPAPER = """<html><head><meta charset="utf-8"><meta name="ContentSource" content="河南日报"></head><body>
<h1>河南省人民政府关于加快建设现代化产业体系的意见</h1>
<div class="info">发布时间：2025-03-04　来源：河南日报</div>
<div class="content"><p>各市、县人民政府，省人民政府各部门：为加快建设现代化产业体系，现提出如下意见。</p></div>
</body></html>"""


def test_a_newspaper_in_source_is_not_the_issuer() -> None:
    n = parse_detail(NEWSPAPER.encode(), "https://www.henan.gov.cn/2025/03-04/1.html", GENERIC)
    assert n.issuer == "河南省人民政府" and n.published_date == "2025-03-04"


def test_a_newspaper_without_an_organ_in_the_title_leaves_the_issuer_empty() -> None:
    page = NEWSPAPER.replace("<h1>河南省人民政府关于加快建设现代化产业体系的意见</h1>", "<h1>加快建设现代化产业体系</h1>")
    assert parse_detail(page.encode(), "https://www.henan.gov.cn/2025/03-04/1.html", GENERIC).issuer is None


# the shapes of real pages (tests/fixtures/real/notices, TRS ucap template of Jiangxi city sites)
UCAP = """<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="宜春市2022年国民经济和社会发展统计公报">
<meta name="PubDate" content="2023-05-16 12:34:05"><meta name="others" content="页面生成时间 2023-05-16 12:34:05">
</head><body><div class="xxgk"><span>发布机构：</span><span>宜春市统计局</span><span>发文日期：</span><span>2023-04-18</span></div>
<div class="content"><p>宜春市 2022年国民经济和社会发展统计公报</p><p>宜春市统计局 国家统计局宜春调查队</p><p>（ 2023年4月12日）</p>
<p>2022年，全市上下坚持稳中求进工作总基调，经济运行总体平稳。</p></div></body></html>"""


def test_the_document_byline_beats_catalogue_labels_and_a_meta_only_stamp_is_seen() -> None:
    n = parse_detail(UCAP.encode(), "https://www.yichun.gov.cn/x.html", GENERIC)
    assert n.issuer == "宜春市统计局、国家统计局宜春调查队"  # joint issuers, as the document prints them
    assert n.issued_date == "2023-04-12"  # 成文日期 is the date the document prints, not the catalogue's
    assert n.published_date is None  # PubDate is the regeneration stamp kept in <meta name="others">


def test_an_act_dated_by_its_adoption_note_and_titled_only_in_the_title_tag() -> None:
    page = ("<html><head><meta charset='utf-8'><title>全国人民代表大会常务委员会关于批准某项决议的决定__2007年第23号国务院公报_"
            "中国政府网</title><meta name='firstpublishedtime' content='2007-08-20-23:59:59'></head><body>"
            "<div class='pages_content'><p>全国人民代表大会常务委员会<br>关于批准某项决议的决定<br>（2007年6月29日第十届全国人民代表大会"
            "常务委员会第二十八次会议通过）</p><p>第十届全国人民代表大会常务委员会第二十八次会议审议了有关议案，决定批准。</p></div></body></html>")
    n = parse_detail(page.encode(), "https://www.gov.cn/gongbao/x.htm", GENERIC)
    assert n.title == "全国人民代表大会常务委员会关于批准某项决议的决定"
    assert (n.issuer, n.issued_date, n.published_date) == ("全国人民代表大会常务委员会", "2007-06-29", "2007-08-20")


def test_a_line_break_inside_a_heading_title_is_no_gap() -> None:
    # (新乡日报 2026, as published: the <h2> and the <title> break the report's name in two)
    page = ("<html><head><meta charset='utf-8'><title>新乡日报--《关于新乡市2025年预算执行情况<br>和2026年预算草案的报告》（摘要）-"
            "</title></head><body><h2 style='text-align: center'>\n      《关于新乡市2025年预算执行情况<br>和2026年预算草案的报告》"
            "（摘要）    </h2><div class='content'><p>2025年是“十四五”规划收官之年。各级人代会批准的2025年全市一般公共预算收入预算250.3亿元，"
            "实际完成234.7亿元。</p></div></body></html>")
    n = parse_detail(page.encode(), "https://www.xinxiang.gov.cn/x.html", GENERIC)
    assert n.title == "《关于新乡市2025年预算执行情况和2026年预算草案的报告》（摘要）"


def test_an_audit_of_real_report_pages_wrong_fields() -> None:
    # (阳江日报 2026, as published: the first .content is a tab's list of other pages' titles, the article an id's; its
    # last line a 展开阅读全文 button)
    tab = "".join(f"<li><a href='//news.yjrb.com.cn/articles/guonei/2026080{i}/65250{i}.html'>时政微观察丨第{i}集</a></li>"
                  for i in range(5))
    page = ("<html><head><meta charset='utf-8'><title>阳江去年财政收入增速位列全省第三</title></head><body><h1>阳江去年财政收入"
            "增速位列全省第三</h1><div class='news-cut'><div id='c_content'><p>阳江日报讯（记者/朱俏施）2月4日，《阳江市2025年预算"
            "执行情况和2026年预算草案的报告》出炉。2025年全市一般公共预算收入115.37亿元。</p><p>全市一般公共预算支出268.73亿元，"
            "增长5.4%。</p><p>全市社会保险基金收入83.58亿元。</p><div class='show-more'><p><span>展开阅读全文</span></p></div>"
            f"</div></div><div class='am-tab-panel' id='tzxfb'><div class='content'><ul>{tab}</ul></div></div></body></html>")
    n = parse_detail(page.encode(), "https://www.yjrb.com.cn/x.html", GENERIC)
    assert n.body_text.startswith("阳江日报讯") and n.body_text.endswith("全市社会保险基金收入83.58亿元。")
    # (三亚 2026: an empty 相关稿件 block after the body ends it)
    page = ("<html><head><meta charset='utf-8'><title>关于三亚市2025年预算执行情况的报告</title></head><body><h1>关于三亚市2025年"
            "预算执行情况的报告</h1><div class='content'><p>各位代表：</p><p>现将三亚市2025年预算执行情况报告如下。全市一般公共预算"
            "收入完成预算。</p><div class='xggj'><span class='xggjTit'>相关稿件</span><ul></ul></div></div></body></html>")
    assert parse_detail(page.encode(), "https://www.sanya.gov.cn/x.html", GENERIC).body_text.endswith("完成预算。")
    # (乌海 2025 on 搜狐: the repost's link glued to the last paragraph)
    page = ("<html><head><meta charset='utf-8'><title>乌海市2025年国民经济和社会发展统计公报</title></head><body><h1>乌海市2025年国民"
            "经济和社会发展统计公报</h1><article class='article'><p>初步核算，全年地区生产总值540.75亿元。</p><p>其他数据均来自统计局。"
            "<a href='//www.sohu.com/?strategyid=00001' id='backsohucom'>返回搜狐，查看更多</a></p></article></body></html>")
    assert parse_detail(page.encode(), "https://www.sohu.com/a/1_2", GENERIC).body_text.endswith("其他数据均来自统计局。")
    # (江门 2025: the bureau's head gives the government's report; the title names its issuer)
    page = ("<html><head><meta charset='utf-8'><title>江门市人民政府关于2025年江门市本级财政预算调整方案的报告</title></head><body>"
            "<h1>江门市人民政府关于2025年江门市本级财政预算调整方案的报告</h1><div class='content'><p>——2025年7月30日在江门市第十六"
            "届人民代表大会</p><p>常务委员会第三十四次会议上</p><p>江门市财政局局长 王远林</p><p>主任、各位副主任、秘书长、各位委员："
            "</p><p>受市人民政府委托，现将有关情况报告如下。省下达我市2025年地方政府新增债务限额173.2亿元。</p></div></body></html>")
    n = parse_detail(page.encode(), "https://www.jiangmen.gov.cn/x.html", GENERIC)
    assert (n.issuer, n.issued_date) == ("江门市人民政府", "2025-07-30")
    # (普洱 2026: a title ending in its congress line is still a report's)
    page = ("<html><head><meta charset='utf-8'></head><body><h1>关于普洱市2025年地方财政预算执行情况和2026年地方财政预算草案的报告（摘要）"
            "——2026年2月10日在普洱市第五届人民代表大会第六次会议上</h1><div class='content'><p>各位代表：</p><p>受市人民政府委托，"
            "现将普洱市2025年地方财政预算执行情况报告如下。全市一般公共预算收入完成预算。</p></div></body></html>")
    assert parse_detail(page.encode(), "https://www.puershi.gov.cn/x.html", GENERIC).doc_type == "报告"
    # (红黑统计公报库, a blog's layout: a year tag at the heading's end; 发布于 and its date, no colon, in the meta list
    # beside the category's link)
    page = ("<html><head><meta charset='utf-8'><title>(河南省)2025年安阳市国民经济和社会发展统计公报-红黑统计公报库</title></head><body>"
            "<header><h1 class='article-title'><a href='https://tjgb.hongheiku.com/xjtjgb/xj2020/72689.html'>2025年安阳市国民经济"
            "和社会发展统计公报 <span>2025</span></a></h1><ul class='article-meta'><li>\n \n 发布于 2026-05-27 </li><li>分类：<a "
            "href='https://tjgb.hongheiku.com/category/djs'>地级市统计公报</a></li> 来源：安阳市统计局 </ul></header><article "
            "class='article-content'><p>2025年，全市地区生产总值2600亿元，比上年增长5.5%。</p></article></body></html>")
    n = parse_detail(page.encode(), "https://tjgb.hongheiku.com/xjtjgb/xj2020/72689.html", GENERIC)
    assert (n.title, n.published_date) == ("2025年安阳市国民经济和社会发展统计公报", "2026-05-27")


def test_explicit_labels_beat_the_byline_and_a_fresh_page_keeps_its_date() -> None:
    page = UCAP.replace("<span>发布机构：</span><span>宜春市统计局</span>",
                        "<span>发文机关：</span><span>宜春市人民政府</span><span>成文日期：</span><span>2023-04-10</span>")
    n = parse_detail(page.encode(), "https://www.yichun.gov.cn/x.html", GENERIC)
    assert (n.issuer, n.issued_date) == ("宜春市人民政府", "2023-04-10")
    fresh = UCAP.replace("2023-05-16 12:34:05", "2023-04-18 09:00:00")  # stamped the day it went up
    n = parse_detail(fresh.encode(), "https://www.yichun.gov.cn/art/2023/4/18/art_1_2.html", GENERIC)
    assert n.published_date == "2023-04-18"

def test_a_long_run_of_characters_under_the_title_is_refused_as_a_byline_at_once() -> None:
    """The organ-line rule read a run of characters as chunks of 2 to 20 in any split: refusing a
    60-character run that ends in a figure tried every split (hours; the real gov.cn act page in
    tests/fixtures/real/notices took a third of a second on its 30-character runs). Each line now has one
    reading: this test finished only after the fix."""
    run = "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整年末国债余额限额的决议" * 2
    assert byline(f"{run}2007\n正文。") == (None, None, None)
    assert byline(f"湖北省人民政府 湖北省统计局\n正文。\n{run}2007") == ("湖北省人民政府、湖北省统计局", None, None)
    assert byline("正文。\n（湖北省人民政府办公厅）") == ("湖北省人民政府办公厅", None, None)
    assert byline("宜春市统计局 国家统计局宜春调查队（2023年4月12日）") == \
        ("宜春市统计局、国家统计局宜春调查队", date(2023, 4, 12), None)




@pytest.mark.parametrize("page", html_pages(), ids=lambda p: p.name)
def test_page_text_is_gathered_as_beautifulsoup_gathered_it(page: Path) -> None:
    """The parsers read lxml's tree directly; their rules were written on BeautifulSoup's strings.
    Every recorded page's text, whole and with elements removed, reads the same as BeautifulSoup's
    (comments and code left out, strings kept apart where an element was taken out, markup after an
    early </html> kept)."""
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString

    body = page.read_bytes()
    soup = BeautifulSoup(decode_html(body, None), "lxml")
    for top in list(soup.contents):
        if isinstance(top, NavigableString) and top.isspace():
            top.extract()  # blank lines outside the page's elements: libxml2 keeps no text there
    for doctype in soup.find_all(string=lambda s: isinstance(s, Doctype) and s.parent is not soup):
        # a doctype inside the page (Jiyuan's footer, a whole HTML document pasted after the article): libxml2
        # keeps no node for it, so the blanks either side are one string
        before, after = doctype.previous_sibling, doctype.next_sibling
        doctype.extract()
        if isinstance(before, NavigableString) and isinstance(after, NavigableString) \
                and not isinstance(before, Comment | Doctype) and not isinstance(after, Comment | Doctype):
            before.replace_with(NavigableString("\n" if "\n" in before + after else " "))
            after.extract()
    root = tree_of(body, None)
    assert text_of(root) == soup.get_text(" ")
    for el in soup(["script", "style", "sup", "a"]):
        el.decompose()
    for node in list(root.iter("script", "style", "sup", "a")):
        remove(node)
    assert text_of(root) == soup.get_text(" ")
    assert text_of(root, "") == soup.get_text()


def test_markup_after_an_early_closing_html_tag_is_read() -> None:
    page = ("<html><head><title>t</title></head><body><div class='header'>站点</div></body></html>"
            "<div id='zoom'><p>第一段正文，内容足够长，超过二十个字符的要求。</p></div>").encode()
    assert "第一段正文" in body_text(tree_of(page, None), PortalSettings("hubei", body_selectors=("#zoom",)))


def test_deeply_nested_markup_is_read_to_the_end() -> None:
    # 400 unclosed <div>s: at libxml2's default depth limit (256) the tree would stop, silently
    paras = "".join(f"<div><p>第{i}段正文，内容足够长，超过二十个字符的要求。</p>" for i in range(400))
    page = f"<html><body><div id='zoom'>{paras}</div></body></html>".encode()
    text = body_text(tree_of(page, None), PortalSettings("hubei", body_selectors=("#zoom",)))
    assert "第0段" in text and "第399段" in text


def test_markup_nested_past_what_libxml2_reads_is_refused_not_cut_short() -> None:
    page = ("<html><body><div id='zoom'>" + "<div>" * 2100 + "<p>最深处的正文，内容足够长，超过二十个字符。</p>"
            + "</div>" * 2101 + "</body></html>").encode()
    with pytest.raises(ParseError, match="nested deeper"):
        tree_of(page, None)


def test_control_characters_in_a_script_do_not_stop_the_page() -> None:
    page = ("<html><body><script>var fileNum='\x01\x0b\uffff';</script><h1>湖北省人民政府关于印发某某办法的通知</h1>"
            "<div id='zoom'><p>正文第一段，内容足够长，超过二十个字符的要求。</p></div></body></html>").encode()
    n = parse_detail(page, "https://www.hubei.gov.cn/x.shtml", PORTAL)
    assert n.title == "湖北省人民政府关于印发某某办法的通知" and n.body_text.startswith("正文第一段")


def test_an_empty_list_page_lists_nothing() -> None:
    # the crawler then reports a list that shows no items (a navigation failure), as for any empty list
    assert parse_list(b"", "https://www.hubei.gov.cn/zfwj/ezbf/index.shtml", PORTAL) == []
    with pytest.raises(ParseError, match="no title"):
        parse_detail(b"", "https://www.hubei.gov.cn/x.shtml", PORTAL)


def _rows(html: str) -> list[tuple[str, str | None, str | None]]:
    items = parse_list(f"<html><body>{html}</body></html>".encode(), "https://www.hubei.gov.cn/zfwj/ezbf/index.shtml",
                       PORTAL)
    return [(i.url.rsplit("_", 1)[1].split(".")[0], i.date, i.doc_number) for i in items]


def test_a_number_in_a_links_own_element_stays_in_its_title() -> None:
    items = parse_list('<ul><li><a href="./202403/t20240305_1.shtml">全省新增<em>12.5</em>万个就业岗位的通报</a></li></ul>'.encode(),
                       "https://www.hubei.gov.cn/zfwj/ezbf/index.shtml", PORTAL)
    assert [i.title for i in items] == ["全省新增 12.5 万个就业岗位的通报"]


A, B = '<a href="./202401/t20240105_1.shtml">关于甲的通知</a>', '<a href="./202312/t20231201_2.shtml">关于乙的通知</a>'


@pytest.mark.parametrize("html,expected", [
    # one block holds every item: each item's date and 文号 are what stands beside its own link
    (f'<div class="list">{A}<span>2024-01-05</span><br>{B}<span>2023-12-01</span></div>',
     [("1", "2024-01-05", None), ("2", "2023-12-01", None)]),
    (f'<div>{A} 鄂政办发〔2024〕1号 2024-01-05<br>{B} 2023-12-01</div>',
     [("1", "2024-01-05", "鄂政办发〔2024〕1号"), ("2", "2023-12-01", None)]),
    # dates before the titles
    (f'<div><span>2024-01-05</span>{A}<span>2023-12-01</span>{B}</div>',
     [("1", "2024-01-05", None), ("2", "2023-12-01", None)]),
    # the title in its own span, the date in a span beside it
    (f'<div class="l"><span class="t">{A}</span><span class="d">2024-01-05</span>'
     f'<span class="t">{B}</span><span class="d">2023-12-01</span></div>',
     [("1", "2024-01-05", None), ("2", "2023-12-01", None)]),
    # a row per item in divs, the link in a title div of its own
    (f'<div><div class="item"><div class="t">{A}</div><div class="d">2024-01-05</div></div>'
     f'<div class="item"><div class="t">{B}</div><div class="d">2023-12-01</div></div></div>',
     [("1", "2024-01-05", None), ("2", "2023-12-01", None)]),
    # a single item in a page-wide block: the page's header date is not its date
    ('<div><p>今天是2026年12月04日 星期五</p>' + "<p>" + "导航栏目" * 90 + f"</p><ul><li>{A}</li></ul></div>",
     [("1", None, None)]),
    # a title cut short on screen, with a date in it: the full title is the title attribute, the row's date is below
    ('<ul><li><a href="./202401/t20240105_1.shtml" title="关于2023年12月31日前完成清理工作的通知">关于2023年12月31日前…</a>'
     '<span>2024-01-05</span></li></ul>', [("1", "2024-01-05", None)]),
    # a month and day with no year: the year that puts it nearest the date in the detail URL (December's item
    # created in January)
    ('<ul><li><span>12-30</span><a href="./201901/t20190102_1.shtml">关于甲的通知</a></li>'
     '<li><span>01-02</span><a href="./201901/t20190102_2.shtml">关于乙的通知</a></li></ul>',
     [("1", "2018-12-30", None), ("2", "2019-01-02", None)]),
    # one document under two columns' paths is one item
    ('<ul><li><a href="/gszbm/a/201901/t20190102_1.shtml">关于甲的通知</a> 2019-01-02</li>'
     '<li><a href="/zfwj/b/201901/t20190102_1.shtml">关于甲的通知</a> 2019-01-02</li></ul>', [("1", "2019-01-02", None)]),
    # (a fourth review) a row's 解读 or 图解 link, or an icon, is no item of it: the document keeps its date and 文号;
    # a pinned copy under another path gets them from the row; a count, a version, a decimal are no month-day; a
    # date before the 文号 is no part of its prefix
    ('<ul><li><a href="./202403/t20240305_1.shtml" title="关于甲的通知">关于甲的通知</a><a href="/zcjd/202403/t20240306_9.shtml">'
     '[解读]</a><a href="/tj/202403/t20240307_8.shtml">图解</a> 鄂政发〔2024〕5号 <span>2024-03-05</span></li></ul>',
     [("1", "2024-03-05", "鄂政发〔2024〕5号")]),
    ('<ul><li><a href="/zfwj/zd/202403/t20240305_1.shtml">置顶：关于甲的通知</a></li>'
     '<li><a href="./202403/t20240305_1.shtml">关于甲的通知</a> 鄂政发〔2024〕5号 2024-03-05</li></ul>',
     [("1", "2024-03-05", "鄂政发〔2024〕5号")]),
    ('<ul><li><a href="./202406/t20240611_1.shtml">关于甲的通知</a><span>浏览量：1.2万</span><span>2.1版</span></li></ul>',
     [("1", None, None)]),
    ('<ul><li><a href="./202403/t20240305_1.shtml">全省新增<em>12.5</em>万个就业岗位的通报</a><span>2024-03-05</span></li></ul>',
     [("1", "2024-03-05", None)]),
    ('<ul><li><a href="./202403/t20240305_1.shtml">关于甲的通知</a> 发布日期：2024年03月05日 鄂政办发〔2024〕7号</li></ul>',
     [("1", "2024-03-05", "鄂政办发〔2024〕7号")]),
    # (a fifth review) a row whose only link reads 原文 is named by the row; a number in the title is no month-day
    ('<table><tr><td>湖北省人民政府关于印发某规划的通知</td><td>鄂政发〔2024〕5号</td><td>2024-03-05</td>'
     '<td><a href="./202403/t20240305_1.shtml">原文</a></td></tr></table>', [("1", "2024-03-05", "鄂政发〔2024〕5号")]),
    ('<ul><li><a href="./202403/t20240305_1.shtml">关于做好<span>3-5</span>级风险点排查的通知</a></li></ul>',
     [("1", None, None)]),
    # an impossible date in one row is no date; the other rows keep theirs
    (f'<ul><li>{A}<span>2024-13-45</span></li><li>{B}<span>2023-12-01</span></li></ul>',
     [("1", None, None), ("2", "2023-12-01", None)]),
])
def test_a_list_item_takes_its_date_and_number_from_its_own_row(html: str, expected: list[tuple[str, str | None,
                                                                                               str | None]]) -> None:
    assert _rows(html) == expected


def test_a_word_tables_rows_read_one_a_line_and_a_layout_tables_paragraphs_stay_paragraphs() -> None:
    cells = "".join(f"<td><p>{c}</p></td>" for c in ("原煤", "万吨", "774", "20.1"))
    head = "<tr><td><p>产品名称</p></td><td><p>单位</p></td><td><p>产量</p></td><td><p>比上年</p><p>增长（%）</p></td></tr>"
    article = "".join(f"<p>第{i}段，全市经济运行总体平稳，主要指标好于预期。</p>" for i in range(12))
    page = (f"<html><body><table><tr><td>{article}<table>{head}<tr>{cells}</tr></table></td>"
            f"<td><p>相关链接</p></td></tr></table></body></html>")
    text = body_text(tree_of(page.encode(), None), PORTAL)
    assert "产品名称 单位 产量 比上年 增长（%）\n原煤 万吨 774 20.1" in text
    assert "\n".join(f"第{i}段，全市经济运行总体平稳，主要指标好于预期。" for i in range(12)) in text


REAL_LISTS = FIXTURES / "real" / "lists"


def _real_list_pages() -> list[tuple[str, str, str, str, bool]]:
    rows = [ln.split("\t") for ln in (REAL_LISTS / "pages.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    return [(f, url, prov, rx, cd == "yes") for f, url, prov, rx, cd in rows]


@pytest.mark.parametrize("name,url,province,detail_href,record", _real_list_pages())
def test_real_list_pages_give_each_item_its_own_date_and_full_title(name: str, url: str, province: str,
                                                                    detail_href: str, record: bool) -> None:
    # 15 real list pages and blocks (the Hubei, Hunan, Henan, Changsha portals' 2018 home pages, stats.gov.cn,
    # TRS and Hanweb lists elsewhere), every item checked by hand: a date printed inside the link, a month and day
    # with no year (03-20), dates before titles, rows that are table rows, Hanweb records; one document under two
    # columns' paths is one item
    import dataclasses

    settings = __import__(f"extractors.{province}.settings", fromlist=["PORTAL"]).PORTAL
    if detail_href:
        settings = dataclasses.replace(settings, detail_href=detail_href)
    body = (REAL_LISTS / name).read_bytes()
    if record:
        body = body.replace(b"<![CDATA[", b"").replace(b"]]>", b"")
    expected = [ln.split("\t")[1:4] for ln in (REAL_LISTS / "expected.tsv").read_text(encoding="utf-8").splitlines()
                if ln.startswith(name + "\t")]
    assert [[i.url, i.date or "", i.title] for i in parse_list(body, url, settings)] == expected


def test_a_selector_beyond_a_plain_chain_is_always_tried() -> None:
    # no full stop anywhere: only the selector finds this body (the densest-element rule cannot)
    page = ("<html><body><div class='main'><p>正文第一段内容足够长超过二十个字符的要求</p></div>"
            "<div class='side'>链接</div></body></html>").encode()
    for sel in (".article-content, .main", "div:not(.side)"):
        assert "正文第一段" in body_text(tree_of(page, None), PortalSettings("hubei", body_selectors=(sel,))), sel


# labels as pages print them: split over elements, spaced out, padded with NBSP, U+3000 and rarer spaces
TRICKY_LABELS = """<html><body><table><tr><td><b>发布</b><span>日期</span>：</td><td>2025-03-04</td></tr>
<tr><td>发 文 机 关</td><td>湖北省人民政府办公厅</td></tr></table>
<div><span>索\u00a0引\u00a0号\u00a0\u00a0</span><span>011043-2025-00012</span></div>
<div><em>成\u2003文\u2003日\u2003期</em><em>2025-02-28</em></div>
<p><label>有\x0b效\x0b性</label> 有效</p>
<ul><li>来源：湖北省人民政府　发布时间：2025-03-05 09:00</li></ul>
<p><b>点击数</b>：<span>12</span></p><div><span>生成日：期</span><span>2025-01-02</span></div>
<p>主要指标如下：全省地区生产总值增长5.8%。</p>
<div class="nav"><a>首页</a><a>政策</a><span>12.3</span><span>7</span></div></body></html>"""


@pytest.mark.parametrize("page", [*html_pages(), "tricky"], ids=lambda p: getattr(p, "name", p))
def test_labelled_fields_reads_what_a_scan_of_every_element_reads(page: Path | str, monkeypatch) -> None:
    """labelled_fields only reads the elements above a colon or a piece of a label; reading every
    element instead finds the same fields on every recorded page and on labels written every odd way."""
    from extractors import portal

    body = TRICKY_LABELS.encode() if page == "tricky" else page.read_bytes()
    try:
        root = tree_of(body, None)
    except ParseError:
        pytest.skip("a page the reader refuses")
    fields = portal.labelled_fields(root)
    monkeypatch.setattr(portal, "_field_candidates", lambda root: set(root.iter()))
    assert fields == portal.labelled_fields(root)
    if page == "tricky":
        assert fields == {"published_date": "2025-03-04", "issuer": "湖北省人民政府办公厅",
                          "index_number": "011043-2025-00012", "issued_date": "2025-02-28", "validity": "有效",
                          "source_label": "湖北省人民政府", "visits": "12", "catalogue_date": "2025-01-02"}


def test_an_element_removed_before_a_control_character_leaves_the_page_readable() -> None:
    page = "<html><body><h1>湖北省人民政府关于印发方案的通知</h1><div id='zoom'><p>正文第一段<script>x()</script>\x0b内容足够长，" \
           "超过二十个字符的要求。</p></div></body></html>"
    n = parse_detail(page.encode(), "https://www.hubei.gov.cn/t20250101_1.shtml", PortalSettings("hubei"))
    assert "内容足够长" in n.body_text


@pytest.mark.parametrize("css", ["p", "script", "h1", "#a", ".y", "div p", "#a .z", ".missing", "#gone p",
                                 "#a > p", "p.y", "div, p", "[id]"])
def test_select_finds_what_the_css_selector_finds(css: str) -> None:
    """A bare tag is walked by libxml2 and a chain naming what the page lacks is not run: the same elements."""
    from lxml.cssselect import CSSSelector

    from extractors.portal import page_names, select

    root = tree_of("<html><body><div id='a' class='x y'><p>一</p><script>s()</script><div class='z'><p>二</p>"
                   "</div></div><p class='y'>三</p></body></html>".encode(), None)
    names = page_names(root)
    assert names == {"a", "x y", "x", "y", "z"}
    assert select(root, css, names) == select(root, css) == CSSSelector(css, translator="html")(root)


# layouts of real city pages (tests/fixtures/real/notices: Lvliang, Pingdingshan, Datong, Changsha, Nanchang)
_BODY = "<div id='zoom'><p>第一段正文，说明本文件的主要内容和要求。</p><p>第二段正文。</p></div>"


def _detail(fields: str, body: str = _BODY) -> Notice:
    page = f"<html><head><meta name='ArticleTitle' content='关于某事的报告'></head><body>{fields}{body}</body></html>"
    return parse_detail(page.encode(), "https://www.example.gov.cn/t20260101_1.html", PortalSettings("shanxi"))


def test_an_empty_field_is_empty_not_the_colon_or_the_next_label() -> None:
    n = _detail("<table><tr><td><span>发文字号</span><span>：</span><span></span></td>"
                "<td><span>发文机关</span><span>：</span><span></span></td>"
                "<td><span>关 键 字</span><span>：</span><span>预算</span></td></tr></table>"
                "<ul><li><p>索引号：</p></li><li><p>主题分类：综合政务</p></li></ul>")
    assert (n.doc_number, n.issuer, n.index_number) == (None, None, None)
    # an empty template's 文号 placeholder is no number, not an unknown pattern to refuse the page for
    assert _detail("<ul><li>发文字号：〔〕号</li></ul>").doc_number is None


def test_time_labels_a_publication_date_and_a_gap_after_a_colon_is_no_field_break() -> None:
    n = _detail("<p>时间：<span>2026-01-28 10:00:00</span><span>来源：长沙市财政局</span></p>")
    assert n.published_date == "2026-01-28"
    n = _detail("<table><tr><td>来源：  发布日期:\u30002026-01-30  访问量:\u3000<span></span></td></tr></table>")
    assert n.published_date == "2026-01-30"


def test_a_letter_spaced_label_in_one_string_with_its_value_is_read() -> None:
    # (www.hubei.gov.cn's metadata block: 文    号：鄂政办发〔2020〕3号, the label and its value one string; its gaps are
    # no break between pairs)
    n = _detail("<div class='metadata_content'><div class='col-xs-12'>文\u3000\u3000号：鄂政办发〔2020〕3号</div>"
                "<div class='col-xs-12'>索 引 号：011043/2020-00123\u3000\u3000发布日期：2020 年 01 月 18 日</div>"
                "<div class='col-xs-12'>效力状态：有效</div></div>")
    assert (n.doc_number, n.index_number, n.published_date, n.validity) == (
        "鄂政办发〔2020〕3号", "011043/2020-00123", "2020-01-18", "有效")
    # (a review) not the last letters of a longer spaced word no label is: 副　标　题, 备　案　文　号, 批　准　文　号, 数　据　来　源
    n = _detail("<div>副　标　题：春节期间值班安排</div><div>备　案　文　号：鄂备〔2020〕12号</div>",
                "<div id='zoom'><p>批　准　文　号：国药准字H42020000</p><p>数　据　来　源：湖北省统计局</p>"
                "<p>现将有关事项报告如下，请审议。</p></div>")
    assert (n.title, n.doc_number, n.issuer) == ("关于某事的报告", None, None)
    n = _detail("<p>【副　标　题：关于做好疫情防控的补充通知】</p><p>【原　文　号：鄂政办发〔2019〕30号】</p>")
    assert (n.title, n.doc_number) == ("关于某事的报告", None)
    # (a third review) a line of the body alone (a listed file's 文　　号：…) is no field; a paragraph of pairs is
    n = _detail("", "<div id='zoom'><p>现将清理结果公布如下。</p><p>文　　号：鄂政发〔2015〕1号</p></div>")
    assert n.doc_number is None
    n = _detail("<p>索 引 号：011043/2020-00123　　文　　号：鄂政办发〔2020〕3号</p>")
    assert (n.index_number, n.doc_number) == ("011043/2020-00123", "鄂政办发〔2020〕3号")


def test_a_sites_footer_host_is_not_the_issuer() -> None:
    n = _detail("", _BODY + "<div class='footer'><p>主办单位：平顶山市人民政府办公室</p></div>")
    assert n.issuer is None


def test_a_report_to_a_congress_is_dated_and_issued_by_its_dash_line_and_its_speaker() -> None:
    body = ("<div id='zoom'><p>——2026年1月20日在大同市第十六届人民代表大会第六次会议上</p><p>大同市财政局局长王伟</p>"
            "<p>各位代表：</p><p>受市人民政府委托，现将预算执行情况提请审议。</p></div>")
    n = _detail("", body)
    assert (n.issued_date, n.issuer) == ("2026-01-20", "大同市财政局")


def test_a_field_table_inside_the_body_container_is_not_body_text() -> None:
    body = ("<div class='content'><ul><li>发文字号</li><li></li><li>索引号</li><li>005452559/2026-00001</li>"
            "<li>发布日期</li><li>2026-06-30</li><li>主题分类</li><li>统计公报</li></ul>"
            "<p>平顶山市统计局 国家统计局平顶山调查队</p><p>(2026年6月23日)</p><p>全年全市地区生产总值增长5.4%。</p></div>")
    n = _detail("", body)
    assert n.body_text.startswith("平顶山市统计局") and "索引号" not in n.body_text
    assert (n.issuer, n.issued_date) == ("平顶山市统计局、国家统计局平顶山调查队", "2026-06-23")


LAYOUTS = FIXTURES / "notice_layouts"  # small pages in the shapes gov.cn templates use, each a trap for a rule


@pytest.mark.parametrize("name,expected", [
    # a meeting's 时间 in the body is not the publication date (only 时间：… beside 来源：… is)
    ("hunan_meeting_notice", {"published_date": "2024-03-06", "issued_date": "2024-03-05"}),
    ("hunan_meeting_notice_nolabel", {"published_date": "2024-03-06"}),
    # a table of the document's own (an event schedule's 时间/主办单位, a clean-up list's 文号/成文日期/效力状态
    # columns) stays in the body with its links; a 时间 column head is no date
    ("hubei_event_schedule_nometa", {"published_date": "2024-03-06", "body_has": "汽车消费节"}),
    ("hubei_cleanup_table", {"body_has": "湖北省耕地保护办法", "attachments": 2}),
    # a dated lead sentence is not a congress line; a news page has no issued date, its caption no issuer
    ("hubei_tongbao_lead", {"issued_date": "2024-03-05"}),
    ("shanxi_news_lead", {"issued_date": None, "issuer": None}),
    ("shanxi_interview_caption", {"issuer": None}),
    # a title with a colon is not a label; a label's gap is not bridged to a value of another kind
    ("x_title_label_colon", {"title": "一图读懂：湖北省促进民营经济发展若干措施"}),
    ("x_docno_gap", {"doc_number": None, "issuer": "湖北省农业农村厅"}),
    ("x_publisher_gap", {"issuer": None}),
    # a 文号 printed alone under the document's own title in the body is its 文号 (Guangdong DRC 2026); one
    # cited in the text, or listed further down, is another document's; joint issuers signed on separate lines
    ("x_docno_in_body_head", {"doc_number": "鄂发改能源〔2026〕290号", "issued_date": "2026-09-07",
                              "issuer": "湖北省发展和改革委员会、湖北省能源局"}),
    ("x_docno_cited_in_body", {"doc_number": None}),
    # (a review of those rules) a sign-off is a run of government bodies right above the body's last date: not a
    # list of hospitals, firms or divisions above or below it, not a news page's division tag, not a bank as 来源;
    # lines a <br> splits are lines; a 解读's or 转发's head 文号 is another document's; 日期 only beside a 来源
    # label, and as a table's column head no field
    ("x_single_p_br", {"issuer": "某某县森林防灭火指挥部办公室", "issued_date": "2024-03-05"}),
    ("x_award_list_chu_title_issuer", {"issuer": "湖北省教育厅"}),
    ("x_list_above_signoff_long", {"issuer": "湖北省卫生健康委员会", "issued_date": "2024-03-05"}),
    # addressees one per line under the title, the last with the salutation's colon: not a red head of issuers
    # (real city pages, as their CMSs lay them out: a breadcrumb's .view; a .content around the 索引号 table, info
    # bar and print links; an outer .details-content around the toolbar and QR code, the article an inner one)
    ("x_view_breadcrumb", {"body_starts": "一、编报说明", "body_ends": "专题向市人大常委会报告。"}),
    ("x_content_wrapper_fields", {"body_starts": "2025年是“十四五”规划收官之年", "body_ends": "快报数。"}),
    ("x_nested_same_class", {"body_starts": "一、2025年工作总结", "body_ends": "维护金融市场稳定。"}),
    # (a 来源 label left empty beside 发布时间 in a <small>; 时间 in a <b> beside 来源; a <title>'s site after a bare -;
    # a zero-width space ending a heading)
    ("x_small_empty_source", {"published_date": "2019-02-26", "title": "关于某某市2018年预算执行情况和2019年预算草案的报告",
                              "doc_type": "报告", "issuer": "某某市财政局"}),
    ("x_time_bold_publishtime", {"published_date": "2026-03-11", "title": "关于某某市2025年预算执行情况和2026年预算草案的报告",
                                 "doc_type": "报告"}),
    # a provincial bureau reposting a city's communiqué: the city's bureau issued it (信息来源 with the 原文地址)
    ("x_repost_source_tail", {"issuer": "某某市统计局", "published_date": "2026-05-18"}),
    # attachments a CMS serves from a download endpoint (download.jsp?…, virtual_attach_file.vsb?…), not other links
    ("x_download_endpoints", {"attachments": 2}),
    # (a review's traps for the rules above: paragraphs as <div>s in a wrapper, a 转发 notice around the plan it
    # forwards in a nested container of one class, a notice with no full stop, joint issuers a cell's <br>/<div>s or
    # padding set apart, a meeting's 时间 in the body, a repost's source under the document's own sign-off, a red
    # head over the superior it reports to, file names on javascript links, subtitles after a dash)
    ("x_rv_p1_content_divlines", {"issued_date": "2024-03-05", "body_starts": "各县市区人民政府"}),
    ("x_rv_p3_nested_trs", {"issued_date": "2024-03-05"}),
    ("x_rv_p5_content_nostop", {"issued_date": "2024-03-05", "issuer": "某某市人民政府"}),
    ("x_rv_g1_cell_divs", {"issuer": "湖北省财政厅、湖北省教育厅"}),
    ("x_rv_g3_cell_br", {"issuer": "湖北省财政厅、湖北省教育厅"}),
    ("x_rv_p6_joint_spans", {"issuer": "湖北省财政厅、湖北省教育厅"}),
    ("x_rv_p8_meeting_time", {"published_date": "2024-03-06"}),
    ("x_rv_r1_repost_signoff", {"issuer": "湖北省财政厅"}),
    ("x_rv_r3_repost_joint", {"issuer": "湖北省财政厅、湖北省教育厅"}),
    ("x_rv_a1_head_then_salutation", {"issuer": "某某市人民政府"}),
    ("x_rv_a2_joint_head_salutation", {"issuer": "湖北省财政厅、湖北省审计厅"}),
    ("x_rv_d1_js_links", {"attachments": 0}),
    ("x_rv_t_1", {"title": "数据赋能促发展——记全国统计系统先进集体宜昌市统计局"}),
    ("x_rv_t_3", {"title": "奋进新征程建功新时代—走进市财政局"}),
    ("x_rv_rel1_summary", {"body_starts": "一季度，全省地区生产总值12000.5亿元"}),
    # (a second review's: toolbar and QR lines above the article; a left column of departments in the wrapper;
    # addressees of two or mixed kinds above a sign-off; a sign-off outside a nested container; organs glued or set
    # apart by inline-block, <center>, <h5>; links with no file; a meeting's 时间 beside 数据来源; short notices)
    ("x_rv2_b1_toolbar_top", {"issued_date": "2024-03-05", "body_starts": "各县市区农业农村局："}),
    ("x_rv2_b2_qr_top", {"issued_date": "2024-03-05", "body_starts": "各县市区农业农村局："}),
    ("x_rv2_b3_print_p_top", {"issued_date": "2024-03-05", "body_starts": "各县市区农业农村局："}),
    ("x_rv2_w1_leftnav", {"issuer": "某某市农业农村局", "body_starts": "各县市区农业农村局："}),
    ("x_rv2_ad1_two", {"issuer": "湖北省卫生健康委员会"}),
    ("x_rv2_ad3_mixed2", {"issuer": "湖北省卫生健康委员会"}),
    ("x_rv2_n1_nested_signoff_outside", {"issued_date": "2024-03-05", "issuer": "某某市人民政府办公室"}),
    ("x_rv2_s1_spans_glued", {"issuer": "湖北省农业农村厅、湖北省财政厅"}),
    ("x_rv2_s2_inlineblock", {"issuer": "湖北省农业农村厅、湖北省财政厅"}),
    ("x_rv2_s3_center", {"issuer": "湖北省农业农村厅、湖北省财政厅"}),
    ("x_rv2_s6_h5", {"issuer": "湖北省农业农村厅、湖北省财政厅"}),
    ("x_rv2_at1_links", {"attachments": 0}),
    ("x_rv2_f1_meeting", {"published_date": "2024-03-06"}),
    ("x_rv2_c1_appoint_nostop", {"issued_date": "2024-03-05", "issuer": "某某市人民政府"}),
    ("x_rv2_c4_table_footer", {"issued_date": "2024-03-05", "issuer": "某某市科学技术局"}),
    # (real city pages: 时间 and 来源 in sibling spans; an 审核人 credit and a site's lines end the body)
    ("x_time_span_tail_lines", {"published_date": "2026-04-20", "body_ends": "注：本公报数据为初步统计数。"}),
    # (a third review's: toolbars after a date-first info bar or a 文号; a sign-off in Chinese numerals, a 文号 or a
    # 印发 date outside the article's densest part; a procedure step 审核：…; a meeting's 时间 in a short notice; organs
    # glued side by side, a national organ's local one among them; a left column with a tip)
    ("x_rv3_p1e_date_first_info_toolbar", {"issued_date": "2024-03-05", "body_has": "各县市区农业农村局："}),
    ("x_rv3_p1f_tool_span_in_info", {"doc_number": "某农发〔2024〕5号", "body_has": "各县市区农业农村局："}),
    ("x_rv3_w4_onesentence_cn_date", {"issued_date": "2024-03-05"}),
    ("x_rv3_w5_doc_number_outside", {"doc_number": "某政办发〔2024〕5号"}),
    ("x_rv3_w6_signoff_dash_date", {"issuer": "某某市人民政府", "body_ends": "2024年3月5日印发"}),
    ("x_rv3_bs1_audit_step", {"issued_date": "2024-03-05"}),
    ("x_rv3_f3_short_meeting", {"published_date": "2024-03-06"}),
    ("x_rv3_glued_43b82a", {"issuer": "中共湖北省委办公厅、湖北省人民政府办公厅"}),
    ("x_rv3_glued_b6b25f", {"issuer": "湖北省财政厅、国家税务总局湖北省税务局"}),
    ("x_rv3_w3_leftnav_tip", {"issuer": "某某市农业农村局", "body_ends": "2024年3月5日"}),
    # a date or a view count alone in an info bar's <span> is the bar's, not the document's: the article is still
    # found inside a page-wide wrapper (not the left column); a breadcrumb <div> before the title is no paragraph
    ("x_rv3_w1_leftnav_date_alone", {"issuer": "某某市农业农村局", "body_starts": "各县市区农业农村局："}),
    ("x_rv3_w2_leftnav_views", {"issuer": "某某市农业农村局", "body_starts": "各县市区农业农村局："}),
    ("x_rv3_p1c_crumb_div_first", {"body_starts": "各县市区农业农村局："}),
    # (pages24 W10, W11) text in a bare <div> or <section> among paragraphs is a line: a title's first half
    # (then skipped with its second), 全文如下
    ("x_bare_div_title_half", {"body_starts": "某某市统计局\n", "body_has": "\n全文如下\n"}),
    # (a fourth review) <br> lines in a wrapper <div> above a signed <p>, text of an outer <section> between inner ones,
    # a joint sign-off or a short notice in a table's one row (no data table: not one line), a 声明 opening with
    # 【声明】, page chrome (来源, 阅读次数, a time stamp, 【纠错】【打印】, 相关附件：无, 手机扫码阅读) in bare <div>s
    ("x_rv25_br_text_p_signoff", {"issuer": "湖北省防汛抗旱指挥部", "body_starts": "各市、州、县人民政府，省防指各成员单位：\n"}),
    ("x_rv25_nested_sections", {"body_starts": "各市、州、县人民政府，省防指各成员单位：\n据",
                                "body_has": "\n为切实做好防范应对工作，现就有关事项紧急通知如下。\n"}),
    ("x_rv25_joint_sign_table", {"issuer": "湖北省商务厅", "issued_date": "2024-03-05"}),
    ("x_rv25_layout_row_minified", {"issuer": "湖北省人民政府办公厅", "issued_date": "2024-03-05"}),
    ("x_rv25_statement", {"body_starts": "【声明】近日"}),
    ("x_rv25_chrome_source", {"body_starts": "各市、州、县人民政府"}),
    ("x_rv25_chrome_views", {"body_starts": "各市、州、县人民政府"}),
    ("x_rv25_chrome_stamp", {"body_starts": "各市、州、县人民政府"}),
    ("x_rv25_chrome_jiucuo", {"body_starts": "各市、州、县人民政府"}),
    ("x_rv25_chrome_no_attachments", {"body_ends": "2024年3月5日"}),
    ("x_rv25_chrome_scan", {"body_ends": "2024年3月5日"}),
    # (a fifth review) a loose 来源 line first in a wrapper, Word's <font> around <br> lines and a signed <p>, a
    # sign-off row beside a spacer cell, names over dates, a date box above the document, a row of bracketed buttons
    ("x_rv25b_source_first_wrapped", {"issuer": "湖北省防汛抗旱指挥部", "body_starts": "各市、州、县人民政府"}),
    ("x_rv25b_font_soup", {"body_starts": "各市、州、县人民政府", "issued_date": "2024-07-04"}),
    ("x_rv25b_layout_spacer_signoff", {"issuer": "湖北省防汛抗旱指挥部", "issued_date": "2024-07-04"}),
    ("x_rv25b_names_over_dates", {"issued_date": "2024-03-05"}),
    ("x_rv25b_date_box_above", {"issued_date": "2024-07-04", "body_starts": "各市、州、县人民政府"}),
    ("x_rv25b_bracket_toolbar", {"body_starts": "各市、州、县人民政府"}),
    # (a sixth review) a typing slip's impossible date (2024年9月31日, 2023年2月29日, a 成文日期 of 2024年02月30日) is no
    # date: the notice is read all the same (before, the sign-off's raised out of the parser and ended the run)
    ("hubei_rv26_signoff_impossible_date", {"issuer": "湖北省人民政府办公厅", "issued_date": None,
                                            "published_date": "2024-10-08"}),
    ("hubei_rv26_adopted_impossible_date", {"issued_date": None, "published_date": "2024-03-08"}),
    ("hubei_rv26_label_impossible_date", {"doc_number": "鄂政办发〔2024〕12号", "issued_date": "2024-03-05",
                                          "published_date": "2024-03-08"}),
    # a data table's column heads in the body (文号 | 制发机关 | 处理意见, 发文单位 | 有效性 | 备注, 序号 | 名称 | 所属地区)
    # are no labels: not the issuer, the validity or the title
    ("hunan_rv26_body_table_header_issuer", {"issuer": "湖南省人民政府", "validity": None}),
    ("jiangxi_rv26_body_table_header_validity", {"issuer": "江西省人民政府", "validity": None}),
    ("henan_rv26_no_meta_name_column", {"title": "河南省人民政府办公厅关于公布第三批省级文化和旅游消费示范县名单的通知"}),
    # a <br> or an icon between a label and its value
    ("hubei_rv26_label_br_value", {"doc_number": "鄂政发〔2024〕12号", "issuer": "湖北省人民政府", "issued_date": "2024-03-05",
                                   "published_date": "2024-03-08"}),
    ("hubei_rv26_label_icon_value", {"doc_number": "鄂政发〔2024〕12号", "published_date": "2024-03-08"}),
    # pairs apart by a <br> or one space (索引号：…<br>发文机关：…), a pair in an element's own text before a child's pair,
    # joint issuers apart by a wide space in one field
    ("shanxi_rv26_fields_br_in_one_cell", {"index_number": "11140000MB0000000X/2024-00123", "issuer": "山西省人民政府办公厅",
                                           "doc_number": "晋政办发〔2024〕5号", "validity": "有效",
                                           "issued_date": "2024-03-05", "published_date": "2024-03-08"}),
    ("jiangxi_rv26_infobar_single_nbsp", {"published_date": "2024-03-08"}),
    ("hunan_rv26_infobar_text_then_span", {"published_date": "2024-03-08"}),
    ("hubei_rv26_text_then_span_fields", {"doc_number": "鄂政发〔2024〕12号", "issuer": "湖北省人民政府",
                                          "issued_date": "2024-03-05", "published_date": "2024-03-08"}),
    ("hubei_rv26_joint_issuers_ideographic_space", {"issuer": "湖北省财政厅、国家税务总局湖北省税务局"}),
    # label spellings (发布机关, 发文时间, 时效性, 公布日期); a sign-off in Chinese numerals typed with O or 0 (二O二四年)
    ("hunan_rv26_label_variants", {"issuer": "湖南省人民政府", "validity": "有效", "published_date": "2024-03-08"}),
    ("hunan_rv26_signoff_cn_latin_o", {"issued_date": "2024-03-05"}),
    ("hunan_rv26_signoff_cn_digit_zero", {"issued_date": "2024-03-05"}),
    # a 转发 or 印发 notice signs above （此件公开发布） or the title of what it prints: not the forwarded text's or attached
    # plan's sign-off below; with no sign-off, the body forwarding it (…办公厅转发省发展改革委关于…) issues it
    ("hunan_rv26_forward_three_paragraphs", {"issuer": "湖南省人民政府办公厅", "issued_date": "2024-03-05"}),
    ("hunan_rv26_yinfa_attached_plan_two_paragraphs", {"issuer": "湖南省人民政府办公厅", "issued_date": "2024-03-05"}),
    ("hunan_rv26_forward_no_signoff_title_issuer", {"issuer": "湖南省人民政府办公厅"}),
    # a related documents' list above the article dates its own rows, not the page; an info bar in a list is the page's
    ("hubei_rv26_sidebar_labelled_date_first", {"published_date": "2024-03-08"}),
    ("hubei_rv26_info_bar_in_list", {"published_date": "2024-03-08"}),
    # a template's placeholder (发文机关：无) is no value
    ("hubei_rv26_placeholder_issuer", {"issuer": "湖北省农业农村厅", "validity": None}),
    # (a seventh review, of the rules above) a document's own lines are no field block (1. 关于…的通知 制发机关：…,
    # 名称：…公司 所在地：…); 赣府厅明电 is a 文号's own prefix; a bare 第435号 is no 文号 and no refusal, 国务院令第777号 is
    # one; a sign-off is cut at （此件…） or an attached title only after a signed date; a link that is a field's value or a
    # breadcrumb makes no list row; 发布机关 is a publisher; a share bar is no line; 是否有效：是 is 有效
    ("jiangxi_rv26c_cleanup_rows_issuer_label", {"issuer": "江西省人民政府办公厅", "doc_number": "赣府厅字〔2024〕20号"}),
    ("hunan_rv26c_cleanup_rows_docno_label", {"doc_number": None, "issuer": "湖南省人民政府"}),
    ("henan_rv26c_body_p_name_label_after_space", {"title": "河南省人民政府办公厅关于公布第三批省级示范企业名单的通知"}),
    ("hubei_rv26c_body_p_doc_labels_after_space", {"doc_number": None, "issued_date": None}),
    ("jiangxi_rv26c_docno_ganfuting_mingdian", {"doc_number": "赣府厅明电〔2024〕12号"}),
    ("hubei_rv26c_szfl_docno_bare_order", {"doc_number": None, "issuer": "湖北省人民政府"}),
    ("hubei_rv26c_repost_state_council_order", {"doc_number": "国务院令第777号"}),
    ("hunan_rv26c_yinfa_attachment_title_line_above_signoff", {"issuer": "湖南省人民政府办公厅", "issued_date": "2024-03-05"}),
    ("hunan_rv26c_cijian_note_above_signoff", {"issuer": "湖南省人民政府办公厅", "issued_date": "2024-03-05"}),
    ("hubei_rv26c_zhuanfa_quoted_title_line_first", {"issuer": "湖北省人民政府办公厅", "issued_date": "2024-03-05"}),
    ("hubei_rv26c_li_infobar_link_source_then_date", {"published_date": "2024-03-08"}),
    ("hubei_rv26c_xxgk_li_theme_link_then_issuer", {"doc_number": "鄂农发〔2024〕3号"}),
    ("henan_rv26c_repost_fabu_jiguan", {"issuer": "河南省人民政府"}),
    ("hunan_rv26c_zoom_loose_share_toolbar", {"doc_number": "湘政发〔2024〕3号", "body_starts": "湘政发〔2024〕3号\n各市州"}),
    ("hubei_rv26c_validity_shifou_youxiao", {"validity": "有效"}),
    # a table's head in <thead>, or words alone over rows as wide holding no label, is no label; a placeholder earlier on
    # the page leaves the real value to be read
    ("henan_rv26c_body_table_thead_issuer_column", {"issuer": "河南省人民政府"}),
    ("henan_rv26c_body_table_no_serial_column", {"issuer": "河南省人民政府"}),
    ("hubei_rv26c_placeholder_first_real_later", {"doc_number": "鄂政办发〔2024〕12号", "index_number": "011043800/2024-12345"}),
    # a salutation written straight into the body's element before its <p>s; a notice written straight into a layout
    # table's cell, <br> lines above a signed <p>: lines of the body
    ("x_salutation_loose_in_body", {"body_starts": "各市、州、县人民政府，省直有关部门：\n近期"}),
    ("x_td_text_beside_signoff", {"body_starts": "各市、州、县人民政府，省直有关部门：\n近期",
                                  "body_ends": "确保人民群众生命安全。\n湖北省人民政府办公厅\n2024年6月3日",
                                  "issuer": "湖北省人民政府办公厅", "issued_date": "2024-06-03"}),
    # a paragraph's inline elements read run together, as a browser shows them (654<span>,</span>233万元)
    ("x_inline_spans", {"body_has": "全年一般公共预算收入654,233万元，增长5.2%。市政府发布《某某市预算管理办法》，并于2025年3月施行。"}),
    ("x_addressees_one_per_line", {"issuer": "湖北省卫生健康委员会", "issued_date": "2024-03-05"}),
    ("x_news_division_tag", {"issuer": None}),
    ("x_bank_source_news", {"issuer": None}),
    ("x_joint7_one_per_line", {"issuer": "湖北省发展和改革委员会、湖北省能源局、湖北省财政厅、湖北省自然资源厅、"
                                         "湖北省生态环境厅、湖北省住房和城乡建设厅、国家能源局华中监管局"}),
    ("x_earlier_date_in_tail", {"issued_date": "2024-03-05"}),
    ("x_zhuanfa_head_docno", {"doc_number": None, "issuer": "某某市人民政府办公室"}),
    ("x_jiedu_head_docno", {"doc_number": None}),
    ("x_riqi_in_body_table", {"published_date": "2024-03-06"}),
    ("x_table_body_nameno_date", {"published_date": "2024-04-01", "body_has": "文号"}),
    # (a second review) the lines above a sign-off join it only as bodies named with their place (not a 参会单位 or
    # 表彰 list: 市财政局, 县水利局); a table cell's <br> is one value; an addressee is no head; a head's joint
    # issuers over <br> lines; a news item's （…处） credit over a date is no signer; 日期 yields to 发布时间; a
    # related-links list ends the body; a 一图读懂's 文号 is the policy's; a chart's 来源 and a meeting's 时间 stay
    ("x_kaohe_space_list", {"issuer": "某某县人民政府", "issued_date": "2024-03-05"}),
    ("x_meeting_units_list", {"issuer": "某某市人民政府办公室"}),
    ("x_task_table_br_before_signoff", {"issuer": "某某县安全生产委员会办公室"}),
    ("x_addressee_split_br", {"issuer": "某某县财政局"}),
    ("x_joint_head_br_oneline_signoff", {"issuer": "某某县财政局、国家税务总局某某县税务局"}),
    ("x_news_chu_date", {"issuer": "湖北省交通运输厅"}),
    ("x_riqi_laiyuan_metadata_table", {"published_date": "2024-03-06"}),
    ("x_single_p_related_list", {"issued_date": "2024-03-05"}),
    ("x_yitu_dudong_docno", {"doc_number": None}),
    ("x_chart_source_mid_body", {"issued_date": "2024-02-05", "issuer": "某某市统计局"}),
    ("x_meeting_minutes_time_first", {"body_has": "时间："}),
    # (a third review) a unit under a person's name in a table above the sign-off is that person's; an info bar with
    # a clock time; a notice about 解读 work keeps its own 文号, in brackets or ﹝﹞ too; a layout table around the
    # whole body does not keep its <br> lines together
    ("x_tongbao_persons_word_table", {"issuer": "湖北省统计局"}),
    ("x_infobar_p_riqi_docno", {"doc_number": "某政办发〔2024〕7号", "published_date": "2024-03-06"}),
    ("x_jiedu_work_notice_docno", {"doc_number": "某政办函〔2024〕12号"}),
    ("x_layout_td_br_signoff", {"issuer": "某某县人民政府办公室", "issued_date": "2024-03-05"}),
    ("x_title_broken_br_docno_paren", {"doc_number": "某政发〔2024〕3号"}),
    # a sign-off dated in Chinese numerals, by a 指挥部
    ("x_cn_numeral_sign_off", {"issuer": "某某县森林防灭火指挥部", "issued_date": "2024-03-05"}),
    ("x_cn_numeral_sign_off_spaced", {"issuer": "某某县森林防灭火指挥部", "issued_date": "2024-03-05"}),
    # an attachment printed after the sign-off (its list longer than the lines a sign-off is looked for in)
    ("x_attachment_after_sign_off", {"issuer": "湖北省农业农村厅", "issued_date": "2024-03-05"}),
    # (a review of session 28's rules) a heading linking to javascript: or to the page itself (another scheme, a query)
    # is the title; past a logo's empty <h1>, the element named as a title that the <title> repeats wins over a nav
    # heading, however long or however much of the <title> it is; 2024年度全市… names no city for a speaker's 市财政局;
    # a media centre's own notice is its own
    ("x_rv28_h1_javascript_link_site_title", {"title": "省人民政府办公厅关于印发湖北省加快发展银发经济若干措施的通知"}),
    ("x_rv28_h1_self_link_other_scheme", {"title": "省人民政府办公厅关于印发湖北省加快发展银发经济若干措施的通知"}),
    ("x_rv28_empty_logo_h1_nav_h2", {"title": "孝感市人民政府关于印发孝感市优化营商环境若干措施的通知"}),
    ("x_rv28_empty_logo_h1_short_section_h2", {"title": "孝感市人民政府关于印发孝感市优化营商环境若干措施的通知"}),
    ("x_rv28_niandu_quanshi_title_speaker", {"issuer": "市财政局", "issued_date": "2025-10-28"}),
    ("x_rv28_media_centre_own_notice", {"issuer": "通山县融媒体中心"}),
    # (a second review) a title's verb before 市 names no city (关于印发市级…, 关于公布市…, 关于市本级…, 关于全市…); a file
    # list or a body a script reveals is not taken out with the small hidden blocks; a date line the title prints too is
    # the head's date; a 说明 given at a congress has its congress line; a meeting a notice announces in its title is no
    # issued date; a sidebar item's glued date is not the page's
    ("x_rv28b_placed_fields", {"issuer": "市财政局"}),
    ("x_rv28b_placed_source", {"issuer": "市审计局"}),
    ("x_rv28b_placed_quanshi", {"issuer": "市财政局"}),
    ("x_rv28b_placed_gongbu", {"issuer": "市文化和旅游局"}),
    ("x_rv28b_hidden_attachments_shown_by_script", {"attachments": 1}),
    ("x_rv28b_hidden_body_until_script", {"issued_date": "2026-01-19", "body_starts": "为维护公共安全和社会秩序"}),
    ("x_rv28b_hidden_class_overflow", {"issued_date": "2026-01-19", "body_starts": "为维护公共安全和社会秩序"}),
    ("x_rv28b_hidden_page_wrapper_loading", {"body_starts": "为维护公共安全和社会秩序"}),
    ("x_rv28b_speech_date_in_title", {"issued_date": "2026-01-05"}),
    ("x_rv28b_congress_line_draft_law_shuoming", {"issued_date": "2025-08-28", "issuer": "荆门市城市管理执法委员会"}),
    ("x_rv28b_title_meeting_date_no_signoff", {"issued_date": "2026-02-04"}),
    ("x_rv28b_glued_date_sidebar", {"published_date": "2026-01-09"}),
    # (session 29's real pages: Sanmenxia's and Yingkou's 2025 bulletins, www.jiangxi.gov.cn's 2020 decrees) a source
    # that names no place (统计局) is the title's city's; a 成文日期 after the page went out is not the document's date
    ("x_rv29_bulletin_bare_bureau_source", {"issuer": "某某市统计局"}),
    ("x_rv29_chengwen_after_published", {"issued_date": None, "published_date": "2020-03-10"}),
    ("x_rv29_chengwen_after_published_signed", {"issued_date": "2020-03-05"}),
    # (a review) …unless the document prints that date too: then the publication date is the one in doubt
    ("x_rv29_chengwen_after_published_signed_same", {"issued_date": "2020-03-13"}),
    # (session 30's real layouts: honghu.gov.cn's article page) a toolbar of links in the content box (打印|关闭) is chrome
    ("x_rv30_link_toolbar_tail", {"body_ends": "2024年3月5日"}),
])
def test_notice_layouts_that_trap_a_rule(name: str, expected: dict[str, object]) -> None:
    province = name.split("_")[0]
    settings = PortalSettings(province) if province == "x" else \
        __import__(f"extractors.{province}.settings", fromlist=["PORTAL"]).PORTAL
    n = parse_detail((LAYOUTS / f"{name}.html").read_bytes(), "https://www.example.gov.cn/art/2024/3/6/art_1_1.html",
                     settings)
    for field, value in expected.items():
        if field == "body_has":
            assert value in n.body_text
        elif field == "body_starts":
            assert n.body_text.startswith(value), n.body_text[:80]
        elif field == "body_ends":
            assert n.body_text.endswith(value), n.body_text[-80:]
        elif field == "attachments":
            assert len(n.attachments) == value
        else:
            assert getattr(n, field) == value, field


@pytest.mark.parametrize(("source", "issuer"), [
    ("统计局", "某某市统计局"), ("市统计局", "某某市统计局"), ("市场监督管理局", "某某市市场监督管理局"),
    ("住房和城乡建设局", "某某市住房和城乡建设局"), ("国家统计局某某调查队", "国家统计局某某调查队"),
    ("某某新区管理委员会", "某某新区管理委员会"), ("某某省统计局", "某某省统计局"),
    ("某某统计局", "某某统计局"), ("河南统计局", "河南统计局"),  # (the city's or a province's short name: placed)
])
def test_a_source_that_names_no_place_is_the_city_the_title_names(source: str, issuer: str) -> None:
    page = (LAYOUTS / "x_rv29_bulletin_bare_bureau_source.html").read_text(encoding="utf-8")
    page = page.replace("<span>统计局</span>", f"<span>{source}</span>")
    n = parse_detail(page.encode(), "https://www.example.gov.cn/art/2026/4/27/art_1_1.html", PortalSettings("x"))
    assert n.issuer == issuer


def test_a_link_without_text_is_named_by_its_download_attribute() -> None:
    """(Yiyang 2026, GB2312) <a href="…/2026020214573850177.pdf" download="2025年预算执行与2026年预算-公开.pdf"></a>: the
    attachment's name is the file name the page gives it, not the stored file's number."""
    page = FIXTURES / "real" / "notices" / "hunan_yiyang_czj_2026_budget_report_download_attribute.html"
    n = parse_detail(page.read_bytes(), "https://www.yiyang.gov.cn/czj/5841/5844/5860/content_2143608.html",
                     PortalSettings("real"))
    named = {a.name: a.url for a in n.attachments}
    assert named["2025年预算执行与2026年预算-公开.pdf"] == \
        "https://www.yiyang.gov.cn/czj/uploadfiles/202602/2026020214573850177.pdf"  # (../../../ of /czj/5841/5844/5860/)
    assert not any(name.startswith("2026020214573850177") for name in named)


def test_a_media_centre_as_the_source_is_no_issuer() -> None:
    """(Chifeng 2026) 来源：赤峰市融媒体中心 names the outlet that carried the report, as 日报 or 电视台 would."""
    page = ("<html><head><meta charset='utf-8'><title>赤峰市2025年财政预算执行情况和2026年财政预算草案的报告（摘要）</title>"
            "</head><body><h1>赤峰市2025年财政预算执行情况和2026年财政预算草案的报告（摘要）</h1>"
            "<div class='info'><span>来源：赤峰市融媒体中心</span> <span>发布时间：2026-01-30 10:29</span></div>"
            "<div class='TRS_Editor'><p>2025年全市及市本级财政预算执行情况。全市一般公共预算收入完成预算，各项支出保障有力。</p>"
            "</div></body></html>").encode()
    n = parse_detail(page, "https://www.chifeng.gov.cn/x/202601/t20260130_1.html", PortalSettings("real"))
    assert n.issuer is None and n.published_date == "2026-01-30"


def test_a_speakers_bureau_named_without_its_city_takes_the_city_its_title_names() -> None:
    """(Suzhou, Wuxi 2026) 市财政局局长 刘小玫 under a congress line of 关于苏州市…的报告: 苏州市财政局, not a bureau of no place."""
    page = ("<html><head><meta charset='utf-8'><title>关于苏州市2025年预算执行情况和2026年预算草案的报告</title></head><body>"
            "<h1>关于苏州市2025年预算执行情况和2026年预算草案的报告</h1><div class='TRS_Editor'>"
            "<p>——2026年1月22日在市十七届人大五次会议上</p><p>市财政局局长 刘小玫</p><p>各位代表：</p>"
            "<p>受市人民政府委托，现将苏州市2025年预算执行情况和2026年预算草案提请市十七届人大五次会议审议。</p></div></body></html>")
    n = parse_detail(page.encode(), "https://www.suzhou.gov.cn/szsrmzf/czyjsbg/202603/1.shtml", PortalSettings("real"))
    assert (n.issuer, n.issued_date) == ("苏州市财政局", "2026-01-22")


def test_a_page_whose_document_is_its_one_attached_file_is_read_with_the_files_name_as_its_text() -> None:
    """(Hotan 2026) the bulletin's page holds only a link to its .docx: a notice all the same, its text the name the
    link shows (not refused as bodiless); a page of many file links, or of links named 下载, stays refused."""
    page = FIXTURES / "real" / "notices" / "xinjiang_hotan_2025_tjgb_body_is_one_file_link.html"
    url = "https://www.xjht.gov.cn/xjht/c128291/202603/ff9ab42d41b44c749fa720ed94692fd6.shtml"
    n = parse_detail(page.read_bytes(), url, PortalSettings("real"))
    assert (n.title, n.body_text, n.published_date) == (
        "2025年和田地区国民经济和社会发展统计公报", "2025年和田地区国民经济和社会发展统计公报", "2026-03-31")
    assert [a.name for a in n.attachments] == ["2025年和田地区国民经济和社会发展统计公报"]
    assert n.attachments[0].url.endswith(".docx")

    def links(*names: str) -> bytes:
        anchors = "".join(f"<p><a href='/files/{i}.pdf'>{name}</a></p>" for i, name in enumerate(names))
        return (f"<html><head><meta charset='utf-8'><title>某某通知</title></head><body><h1>某某通知</h1>"
                f"<div class='detail-content'>{anchors}</div></body></html>").encode()
    with pytest.raises(ParseError, match="no body text"):
        parse_detail(links("下载"), url, PortalSettings("real"))
    with pytest.raises(ParseError, match="no body text"):
        parse_detail(links(*(f"2025年某某县统计公报第{i}部分" for i in range(4))), url, PortalSettings("real"))


@pytest.mark.parametrize("name", ["x_rv28_image_scan_sidebar_pdf", "x_rv28_column_page_file_items"])
def test_file_links_outside_the_document_make_no_notice(name: str) -> None:
    """(a review) a notice of scanned images beside a sidebar's report PDF, and a column page listing files, have no
    text: a file link makes the text only where it is the document itself (see the Hotan test)."""
    with pytest.raises(ParseError, match="no body text"):
        parse_detail((LAYOUTS / f"{name}.html").read_bytes(), "https://www.example.gov.cn/art/2024/3/6/art_1_1.html",
                     PortalSettings("x"))


def test_hidden_blocks_and_empty_list_heads_are_no_text_and_a_link_names_its_file_in_alt() -> None:
    """(Lu'an 2026) a class="… hide" block of 文件下载 / 政策咨询 inside the body is not the document's; (Shanwei 2026)
    the heads of lists a script fills (关联稿件：, 相关附件：) above the text are not its first lines; (Zhanjiang 2026)
    a file link without text is named by its alt."""
    page = FIXTURES / "real" / "notices" / "anhui_luan_czj_2026_budget_analysis_hidden_toolbar.html"
    n = parse_detail(page.read_bytes(), "https://czj.luan.gov.cn/public/6608251/10758829.html", PortalSettings("real"))
    assert n.body_text.endswith("全市社会保险基金预算收入185.6亿元；支出132.9亿元。")
    assert "政策咨询" not in n.body_text and "文件下载" not in n.body_text
    shanwei = ("<html><head><meta charset='utf-8'><title>汕尾市2025年预算执行情况和2026年预算草案的报告</title></head><body>"
               "<h1>汕尾市2025年预算执行情况和2026年预算草案的报告</h1><div class='TRS_Editor'>"
               "<div id='glgj'><b>关联稿件：</b><ul id='related'></ul></div><div id='xgfj'><b>相关附件：</b>"
               "<ul id='attachment'></ul></div><p>——2026年2月4日在汕尾市第八届人民代表大会第七次会议上</p>"
               "<p>各位代表：</p><p>受市人民政府委托，我向大会报告汕尾市2025年预算执行情况和2026年预算草案，请予审议。</p>"
               "</div></body></html>")
    n = parse_detail(shanwei.encode(), "https://www.shanwei.gov.cn/x/post_1.html", PortalSettings("real"))
    assert n.body_text.startswith("——2026年2月4日在汕尾市") and n.issued_date == "2026-02-04"
    page = FIXTURES / "real" / "notices" / "guangdong_zhanjiang_2026_budget_report_attachment_alt.html"
    n = parse_detail(page.read_bytes(), "https://www.zhanjiang.gov.cn/zdlyxxgk/czyjshsg/czyjs/czys/content/post_2159807.html",
                     PortalSettings("real"))
    assert "2026年湛江市本级政府预算.pdf" in {a.name for a in n.attachments}
    assert not any(a.name == "2159807.pdf" for a in n.attachments)


@pytest.mark.parametrize("toolbar", ["打印 | 关闭 | 返回", "分享 | 打印 | 关闭", "打印本页 | 关闭本页", "打印 | 关闭窗口", "打印 关闭",
                                     "打印 · 关闭", "打印 | 关闭 | 返回列表", "打印文章 | 关闭页面", "收藏本页 | 打印本页 | 关闭本页",
                                     "分享到： 打印 关闭"])
def test_a_row_of_toolbar_links_in_the_content_box_is_not_the_body(toolbar: str) -> None:
    # (session 30's third review: the shapes of honghu.gov.cn's 打印|关闭 row, and of www.jiangxi.gov.cn's 打印本页 关闭窗口)
    page = (LAYOUTS / "x_rv30_link_toolbar_tail.html").read_text(encoding="utf-8")
    links = "".join(f"<a href='#'>{word}</a> " for word in toolbar.split())
    page = re.sub(r'<div class="article-gn">.*?</div>', f'<div class="article-gn">{links}</div>', page, flags=re.S)
    n = parse_detail(page.encode(), "https://www.example.gov.cn/art/2024/3/6/art_1_1.html", PortalSettings("x"))
    assert n.body_text.endswith("2024年3月5日")

