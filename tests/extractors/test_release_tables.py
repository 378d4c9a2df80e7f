"""A communiqué's HTML tables: read into `Table`s from the tree, into figures by label and header."""

from __future__ import annotations

from pathlib import Path

from common.records import Observation
from extractors.release_tables import Table, figures
from extractors.releases import ReleaseStats, extract, parse_release, read_page

REAL = Path(__file__).parents[1] / "fixtures" / "real" / "releases"


def _read(name: str) -> tuple[Table, ...]:
    return read_page((REAL / name).read_bytes())[4]


def _got(table: Table, year: int = 0) -> set[tuple[str, str, float]]:
    caption = table.caption or table.rows[0][0]
    return {(f.indicator, f.measure, f.value) for f in figures(table, year or int(caption.split("年")[0][-4:]))}


def test_a_real_communiques_six_tables_are_read_by_caption_label_and_header() -> None:
    # (济源 2019, the bureau's own page: 表1-表6, the first's title as its own first row)
    tables = _read("henan_jiyuan_2019_communique_official.html")
    assert [t.caption for t in tables] == ["", "表2：2019年居民消费价格指数", "表3：2019年主要农产品产量",
                                           "表4：2019年主要工业产品产量", "表5：2019年各行业固定资产投资增长速度",
                                           "表6：2019年房地产开发和销售主要指标及增长速度"]
    population, prices, crops, goods, investment, housing = map(_got, tables)
    # 年末总人口 is the registered population (no catalogue indicator); #城镇 is 城镇人口 under 人口数及构成
    assert population == {("population_resident", "level", 733700), ("urban_population", "level", 466700),
                          ("rural_population", "level", 267000)}
    # an index column (上年=100) is a level in index points, not a growth; #粮食 98.5 is no catalogue price
    assert prices == {("cpi", "level", 102.9), ("cpi_food", "level", 108.0)}
    assert ("fruit_output", "level", 37282) in crops and ("fruit_output", "yoy_pct", 5.2) in crops
    # the unit column's 万吨 scales the row; 商品混凝土, 白银 … are no catalogue products
    assert goods == {("cement_output", "level", 1436000), ("cement_output", "yoy_pct", 16.8),
                     ("crude_steel_output", "level", 3975000), ("crude_steel_output", "yoy_pct", 3.2),
                     ("steel_products_output", "level", 3756000), ("steel_products_output", "yoy_pct", 0.6)}
    # under 投资: 工业 is 工业投资; 房地产业 (the industry's investment) and 农、林、牧、渔业 are no catalogue figure
    assert investment == {("industrial_investment", "yoy_pct", 21.9), ("manufacturing_investment", "yoy_pct", 21.1)}
    # 投资额 names nothing on its own; the #住宅 parts are no catalogue figure
    assert ("floor_space_new_starts", "level", 691000) in housing and len(housing) == 6


def test_a_broken_tables_columns_in_one_cell_each_are_split_into_rows() -> None:
    # (随州 2024: 纱 布 啤酒 … | 吨 万米 千升 … | 42537 11310 … in one row, a <p> per value; a unit note above 表1)
    crops, goods, investment = _read("hubei_suizhou_2024_communique_hongheiku.html")
    assert crops.unit == "万吨" and crops.caption == "表1:2024年全市主要农产品产量"
    assert len(goods.rows) == 12 and goods.rows[7] == ("水泥", "万吨", "180.36", "10.3")
    # 改装汽车 (converted vehicles) is no car output; 移动电话机 counted in 万部 is
    assert _got(goods) == {("cement_output", "level", 1803600), ("cement_output", "yoy_pct", 10.3),
                           ("mobile_phone_output", "level", 28040000), ("mobile_phone_output", "yoy_pct", 185.6)}
    assert ("meat_output", "level", 279300) in _got(crops)  # (主要畜禽肉类总产量)
    assert _got(investment) == {("manufacturing_investment", "yoy_pct", 25.4)}  # (not 房地产业 -20.9)


def _page(body: str, title: str = "2023年湖北省国民经济和社会发展统计公报", gdp: str = "全省地区生产总值55803.63亿元") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='view'><p>初步核算，全年{gdp}，比上年增长6.0%。</p>{body}"
            "<p>湖北省统计局</p></div></body></html>").encode()


def _local(body: str, title: str, gdp: str, stats: ReleaseStats | None = None) -> list[Observation]:
    """A city's or county's release read as its own (the pipeline refuses it under the province; its rules hold)."""
    page_title, _, published, text, tables = read_page(_page(body, title, gdp))
    return extract(text, "hubei", page_title, published, stats or ReleaseStats(), tables)


def _table(*rows: tuple[str, ...]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def _figures(body: str, title: str = "2023年湖北省国民经济和社会发展统计公报",
             stats: ReleaseStats | None = None) -> dict[tuple[str, str], float | None]:
    return {(o.indicator, o.measure): o.value for o in parse_release(_page(body, title), None, "hubei", stats)
            if o.indicator != "gdp"}


def test_a_tables_figures_reach_the_release_with_its_year() -> None:
    body = "<p>表3：2023年主要工业产品产量及其增长速度</p>" + _table(
        ("产品名称", "单位", "产量", "比上年增长(%)"), ("汽车", "万辆", "173.5", "-7.2"), ("水泥", "万吨", "11125.6", "1.3"))
    obs = parse_release(_page(body), None, "hubei")
    car = next(o for o in obs if o.indicator == "automobile_output" and o.measure == "level")
    assert (car.period, car.cumulative, car.value, car.unit) == ("2023", False, 1735000, "count")
    assert car.source_text.startswith("表3：2023年主要工业产品产量及其增长速度 | 汽车")


def test_a_caption_names_the_noun_and_the_section_a_row_may_be_in() -> None:
    # 第二产业 under 固定资产投资 is the secondary sector's investment, never its value added (a GDP part); 高技术制造业
    # there is that industry's investment, which the catalogue does not hold, not its value added
    body = "<p>表4：2023年分产业固定资产投资增长速度</p>" + _table(
        ("产业", "比上年增长(%)"), ("第一产业", "-3.1"), ("第二产业", "9.8"), ("#工业", "10.2"), ("高技术制造业", "25.1"),
        ("第三产业", "2.4"))
    assert _figures(body) == {("fai_primary", "yoy_pct"): -3.1, ("fai_secondary", "yoy_pct"): 9.8,
                              ("industrial_investment", "yoy_pct"): 10.2, ("fai_tertiary", "yoy_pct"): 2.4}


def test_columns_of_other_years_places_and_shares_are_left_out() -> None:
    years = "<p>表1：主要指标</p>" + _table(("指标", "单位", "2023年", "2022年"), ("粮食产量", "万吨", "2777.0", "2741.1"))
    places = "<p>表2：各市州地区生产总值</p>" + _table(("地区", "绝对数(亿元)", "比上年增长(%)"), ("武汉市", "20011.65", "5.7"),
                                                ("宜昌市", "5756.38", "5.2"))
    split = "<p>表3：居民消费价格比上年涨跌幅度</p>" + _table(
        ("指标", "比上年涨跌(%)", "", ""), ("", "全省", "城市", "农村"), ("居民消费价格", "0.3", "0.4", "0.1"))
    shares = "<p>表4：年末人口数及其构成</p>" + _table(("指标", "比重(%)"), ("城镇", "64.67"))
    assert _figures(years + places + split + shares) == {}


def test_a_role_two_columns_claim_is_neither_columns() -> None:
    # (产量 and 产值, each with its growth: which level and which growth are the output's the header leaves to the eye)
    body = "<p>表3：主要工业产品产量</p>" + _table(
        ("产品", "单位", "产量", "比上年增长(%)", "产值(亿元)", "比上年增长(%)"), ("水泥", "万吨", "11125.6", "1.3", "300.1", "-8.0"))
    assert _figures(body) == {}


def test_a_column_spanning_two_is_one_column() -> None:
    # (安阳 2025's 表2: 增 长 spans two columns, its figures one cell spanning both (the tree repeats it) or one cell
    # and an empty one: one growth column, not two claiming it; two growth columns with figures of their own stay
    # neither's)
    spanned = "<p>表2 2023年规模以上工业主要产品产量及增长速度</p><table><tr><td></td><td>单位</td><td>产 量</td>" \
              "<td colspan='2'>增 长</td></tr><tr><td>水泥</td><td>万吨</td><td>11125.6</td><td colspan='2'>1.3</td></tr>" \
              "<tr><td>粗钢</td><td>万吨</td><td>3975.0</td><td>-8.4</td><td></td></tr></table>"
    assert _figures(spanned) == {("cement_output", "level"): 111256000, ("cement_output", "yoy_pct"): 1.3,
                                 ("crude_steel_output", "level"): 39750000, ("crude_steel_output", "yoy_pct"): -8.4}
    two = "<p>表2 2023年规模以上工业主要产品产量及增长速度</p>" + _table(
        ("产品", "单位", "产量", "比上年增长(%)", "比上年增长(%)"), ("水泥", "万吨", "11125.6", "1.3", "2.1"))
    assert _figures(two) == {("cement_output", "level"): 111256000}


def test_a_part_row_is_its_indicators_whole_only_when_its_parent_row_does_not_narrow_it() -> None:
    # (新乡 2025's 表5: 其中：一般贸易 and 加工贸易 under 出口 are general and processing trade's exports, not their trade
    # both ways; 进口 after them is a whole again)
    trade = "<p>表5 2023年货物进出口总值及其增长速度</p>" + _table(
        ("指 标", "金额（亿元）", "比上年增长（%）"), ("货物进出口总值", "184.3", "19.7"), ("出口", "161.0", "20.9"),
        ("其中：一般贸易", "132.4", "15.3"), ("加工贸易", "28.4", "55.3"), ("其中：机电产品", "56.3", "35.9"),
        ("进口", "23.3", "12.5"))
    got = _figures(trade)
    assert "trade_general" not in {k[0] for k in got} and "trade_processing" not in {k[0] for k in got}
    assert got[("imports", "level")] == 2330000000 and got[("exports", "yoy_pct")] == 20.9
    # a declared part under its whole (城镇 of 全省常住人口, the area's own words dropped); 男性 names nothing
    people = "<p>表1 2023年年末常住人口数及其构成</p>" + _table(
        ("指 标", "年末数（万人）", "比重（%）"), ("全省常住人口", "609.1", "100.0"), ("其中：城镇", "376.4", "61.8"),
        ("乡村", "232.7", "38.2"), ("其中：男性", "306.4", "50.3"))
    assert _figures(people) == {
        ("population_resident", "level"): 6091000, ("urban_population", "level"): 3764000,
        ("rural_population", "level"): 2327000}
    # a marked part of a row the catalogue does not hold is that row's part; an unmarked whole after it is a whole
    housing = "<p>表6：房地产开发和销售主要指标</p>" + _table(
        ("指 标", "单 位", "绝对数", "比上年增长（%）"), ("投资额", "亿元", "15.8", "-1.1"), ("#住宅", "亿元", "14.5", "15.2"),
        ("#商品房销售面积", "万平方米", "50.1", "3.0"), ("房屋施工面积", "万平方米", "313.4", "-4.5"))
    assert _figures(housing) == {("floor_space_under_construction", "level"): 3134000,
                                 ("floor_space_under_construction", "yoy_pct"): -4.5}


def test_a_renminbi_tables_balances_are_the_renminbi_ones() -> None:
    # (郑州 2025's 表2 金融机构人民币存贷款: 各项存款余额 there is the renminbi balance, not all currencies')
    body = "<p>表2 2023年金融机构人民币存贷款</p>" + _table(
        ("指标", "年末数（亿元）", "增速（%）"), ("各项存款余额", "35239.7", "7.2"), ("其中：境内住户存款", "15868.2", "10.6"),
        ("各项贷款余额", "41447.6", "3.9"))
    assert _figures(body) == {
        ("deposits_rmb", "level"): 3523970000000, ("deposits_rmb", "yoy_pct"): 7.2,
        ("household_deposits", "level"): 1586820000000, ("household_deposits", "yoy_pct"): 10.6,
        ("loans_rmb", "level"): 4144760000000, ("loans_rmb", "yoy_pct"): 3.9}


def test_a_level_needs_its_unit_printed() -> None:
    bare = "<p>表3：主要农产品产量</p>" + _table(("产品", "产量", "增长(%)"), ("粮食", "2777.0", "0.2"))
    assert _figures(bare) == {("grain_output", "yoy_pct"): 0.2}
    noted = "<p>表3：主要农产品产量</p><p>单位：万吨</p>" + _table(("产品", "产量", "增长(%)"), ("粮食", "2777.0", "0.2"))
    assert _figures(noted) == {("grain_output", "level"): 27770000, ("grain_output", "yoy_pct"): 0.2}


def test_the_text_states_a_figure_first_and_a_table_far_from_it_is_a_conflict() -> None:
    text = "<p>全年粮食产量2777.04万吨，比上年增长0.2%。</p>"
    rounded = "<p>表3：主要农产品产量</p>" + _table(("产品", "单位", "产量", "增长(%)"), ("粮食", "万吨", "2777.0", "0.2"))
    assert _figures(text + rounded) == {("grain_output", "level"): 27770400, ("grain_output", "yoy_pct"): 0.2}
    stats = ReleaseStats()
    apart = "<p>表3：主要农产品产量</p>" + _table(("产品", "单位", "产量", "增长(%)"), ("粮食", "万吨", "2777.0", "3.2"))
    assert _figures(text + apart, stats=stats) == {("grain_output", "level"): 27770400}
    assert [o.measure for o, _ in stats.rejected] == ["yoy_pct"]


def test_a_monthly_releases_tables_are_not_read() -> None:
    # (a month's release: its tables' columns are months, 5月 | 1-5月; its sentences say which is which)
    body = "<p>1-5月，全省规模以上工业增加值同比增长7.9%。</p><p>表1：主要农产品产量</p>" + _table(
        ("指标", "单位", "绝对数", "比上年同期增长(%)"), ("粮食产量", "万吨", "1234.5", "1.0"))
    title, _, published, text, tables = read_page(_page(body, "2024年1-5月湖北省经济运行情况"))
    assert tables and figures(tables[0])
    assert {o.indicator for o in extract(text, "hubei", title, published, ReleaseStats(), tables)} \
        == {"industrial_value_added", "gdp"}


def test_only_tables_of_a_kind_the_reader_knows_for_the_releases_own_area_and_year_are_read() -> None:
    # (a review's cases) 第一产业 in a power-use table is power use, not value added; a zone's, a revised or another
    # year's table is not the release's; 人均 rows have no place under a table's 亿元
    sectors = _table(("指标", "用电量(亿千瓦时)", "比上年增长(%)"), ("第一产业", "10.2", "12.0"), ("第二产业", "800.1", "3.0"))
    crops = _table(("产品", "单位", "产量", "增长(%)"), ("粮食", "万吨", "2777.0", "0.2"))
    body = ("<p>表6：2023年全社会用电量及其增长速度</p>" + sectors
            + "<p>表13：2023年某某高新技术产业开发区主要农产品产量</p>" + crops
            + "<p>表3：2022年主要农产品产量（修订）</p>" + crops
            + "<p>表2：2023年武汉市主要农产品产量</p>" + crops
            + "<p>表1：2023年全省生产总值</p>" + _table(("指标", "绝对数(亿元)", "比上年增长(%)"),
                                                   ("人均地区生产总值", "95600", "6.0")))
    assert _figures(body) == {}


def test_rows_under_a_heading_row_are_a_parts_and_a_caption_under_its_table_is_its_own() -> None:
    modes = "<p>表10：2023年各种运输方式完成货物运输量</p>" + _table(
        ("指标", "单位", "绝对数", "比上年增长(%)"), ("一、铁路", "", "", ""), ("货运量", "万吨", "1200", "-2.0"),
        ("二、公路", "", "", ""), ("货运量", "万吨", "5000", "5.0"))
    assert _figures(modes) == {}
    # (captions under their tables: 表4 between the two is either's, so neither's; 表5 under the last heads nothing)
    under = (_table(("指标", "比上年增长(%)"), ("第一产业", "3.0")) + "<p>表4：2023年分产业固定资产投资增长速度</p>"
             + _table(("指标", "比上年增长(%)"), ("第一产业", "5.5")) + "<p>表5：2023年主要农产品产量</p>")
    assert _figures(under) == {}


def test_a_table_in_another_unit_than_the_texts_is_neither_filed_nor_a_conflict() -> None:
    text = "<p>全年货物进出口总额7000.0亿元，比上年增长5.0%。</p>"
    dollars = "<p>表8：2023年货物进出口总额及其增长速度</p>" + _table(
        ("指标", "金额(亿美元)", "比上年增长(%)"), ("货物进出口总额", "985.9", "0.5"))  # (its growth the dollars')
    stats = ReleaseStats()
    assert _figures(text + dollars, stats=stats) == {("trade_total", "level"): 700000000000,
                                                     ("trade_total", "yoy_pct"): 5.0}
    assert not stats.conflicts
    # (…nor is its growth when the text states the growth alone: the dollars' growth is not the yuan's)
    stats = ReleaseStats()
    assert _figures("<p>全年货物进出口总额比上年增长5.0%。</p>" + dollars, stats=stats) == {
        ("trade_total", "level"): 98590000000, ("trade_total", "yoy_pct"): 5.0}
    assert not stats.conflicts


def test_a_captions_element_a_unit_row_a_serial_column_footnote_marks_and_an_index_base_as_unit_are_read() -> None:
    # (a review's misses: each a layout real communiqués print)
    caption = ("<table><caption>表3：2023年主要农产品产量</caption><tr><td>产品</td><td>产量(万吨)</td><td>增长(%)</td></tr>"
               "<tr><td>粮食①</td><td>2777.0</td><td>0.2</td></tr></table>")
    unit_row = _table(("表4：2023年规模以上工业主要产品产量", "", ""), ("单位：万吨", "", ""), ("产品", "产量", "增长(%)"),
                      ("水泥", "11125.6", "1.3"))
    serial = "<p>表5：2023年房地产开发和销售主要指标</p>" + _table(
        ("序号", "指标", "单位", "绝对数", "比上年增长(%)"), ("1", "房屋施工面积[1]", "万平方米", "3000.0", "-5.0"))
    index = "<p>表2：2023年居民消费价格指数</p>" + _table(("指标", "单位", "数值"), ("居民消费价格", "上年=100", "100.3"))
    assert _figures(caption + unit_row + serial + index) == {
        ("grain_output", "level"): 27770000, ("grain_output", "yoy_pct"): 0.2,
        ("cement_output", "level"): 111256000, ("cement_output", "yoy_pct"): 1.3,
        ("floor_space_under_construction", "level"): 30000000, ("floor_space_under_construction", "yoy_pct"): -5.0,
        ("cpi", "level"): 100.3}


def _spanning(text: str, width: int) -> str:
    return f"<tr><td colspan='{width}'>{text}</td></tr>"


def test_a_sections_rows_and_a_narrower_blocks_rows_are_not_the_wholes() -> None:
    # (a second review) a section spanning the table (一般贸易) heads its own rows; the 户籍 block's 城镇人口 after
    # the 常住 one is the registered population's; 民间投资's 其中：基础设施 is private investment's; an indented row
    # is a part as a marked one is
    trade = ("<p>表8：2023年货物进出口总额</p><table><tr><td>指标</td><td>金额(亿元)</td><td>比上年增长(%)</td></tr>"
             "<tr><td>货物进出口总额</td><td>500.0</td><td>5.0</td></tr>" + _spanning("一般贸易", 3)
             + "<tr><td>出口</td><td>250.0</td><td>9.0</td></tr></table>")
    people = "<p>表1：2023年年末人口数及其构成</p>" + _table(
        ("指标", "年末数(万人)", "比重(%)"), ("年末常住人口", "450.2", "100.0"), ("城镇人口", "280.1", "62.2"),
        ("年末户籍人口", "520.3", "100.0"), ("城镇人口", "210.5", "40.5"))
    invest = "<p>表5：2023年固定资产投资增长速度</p>" + _table(
        ("指标", "比上年增长(%)"), ("民间投资", "1.1"), ("其中：基础设施", "-9.0"))
    indented = ("<p>表9：2023年货物进出口总额</p><table><tr><td>指标</td><td>金额(亿元)</td><td>比上年增长(%)</td></tr>"
                "<tr><td>一般贸易</td><td>300.0</td><td>6.0</td></tr><tr><td>\u3000\u3000出口</td><td>200.0</td>"
                "<td>7.0</td></tr></table>")
    assert _figures(trade + people + invest + indented) == {
        ("trade_total", "level"): 50000000000, ("trade_total", "yoy_pct"): 5.0,
        ("population_resident", "level"): 4502000, ("urban_population", "level"): 2801000,
        ("private_investment", "yoy_pct"): 1.1}


def test_captions_and_columns_naming_a_part_another_area_or_a_change_in_amount_are_left_out() -> None:
    crops = (("产品", "单位", "产量", "比上年增减"), ("粮食", "万吨", "300.2", "12.3"))
    body = ("<p>表8：2023年服务贸易进出口</p>" + _table(("指标", "金额(亿元)", "比上年增长(%)"), ("出口", "50.0", "8.0"))
            + "<p>表1：2023年海洋生产总值</p>" + _table(("指标", "绝对数(亿元)", "比上年增长(%)"), ("第一产业", "10.0", "3.0"))
            + "<p>表3：2023年主要农产品产量</p>" + _table(*crops)
            + "<p>表10：2023年末金融机构存贷款</p>" + _table(
                ("指标", "余额(亿元)", "比上年末增长额(亿元)"), ("各项存款余额", "5000", "350"))
            + "<p>表11：2023年末金融机构存贷款</p>" + _table(
                ("指标", "余额(亿元)", "比上年增长(亿元)"), ("各项贷款余额", "4000", "300"))
            + "<p>表2：2023年居民消费价格涨跌幅度</p>" + _table(
                ("指标", "比上年涨跌(%)", ""), ("", "全国", "全省"), ("居民消费价格", "0.2", "0.3")))
    assert _figures(body) == {("grain_output", "level"): 3002000, ("deposits", "level"): 500000000000,
                              ("loans", "level"): 400000000000}


def test_a_part_named_as_its_whole_leaves_both_out_and_a_renminbi_tables_all_currency_row_stays_so() -> None:
    # (奶类 and #牛奶 are both 牛奶产量 to the catalogue: which the table means is not said, and the text's stands)
    milk = "<p>表3：2023年主要畜产品产量</p>" + _table(
        ("指标", "单位", "绝对数", "比上年增长(%)"), ("奶类", "万吨", "50.0", "3.0"), ("#牛奶", "万吨", "48.0", "2.5"))
    balances = "<p>表10：2023年末金融机构人民币存贷款余额</p>" + _table(
        ("指标", "年末余额(亿元)", "比上年末增长(%)"), ("各项存款余额", "4900", "8.2"), ("本外币各项存款余额", "5000", "8.0"))
    assert _figures("<p>全年牛奶产量48.0万吨，增长2.5%。</p>" + milk + balances) == {
        ("milk_output", "level"): 480000, ("milk_output", "yoy_pct"): 2.5,
        ("deposits_rmb", "level"): 490000000000, ("deposits_rmb", "yoy_pct"): 8.2,
        ("deposits", "level"): 500000000000, ("deposits", "yoy_pct"): 8.0}


def test_in_a_citys_release_the_provinces_table_or_row_is_not_the_citys() -> None:
    title = "2023年宜昌市国民经济和社会发展统计公报"
    body = ("<p>表2：2023年全省居民消费价格涨跌幅度</p>" + _table(("指标", "比上年涨跌(%)"), ("居民消费价格", "0.3"))
            + "<p>表1：2023年全市生产总值</p>" + _table(("指标", "绝对数(亿元)", "比上年增长(%)"),
                                                  ("全省地区生产总值", "55803.63", "6.0"), ("全市第一产业", "400.1", "4.0")))
    stats = ReleaseStats()
    got = {(o.indicator, o.measure): o.value for o in _local(body, title, "全市地区生产总值6100.0亿元", stats)
           if o.measure == "level"}
    assert got == {("gdp", "level"): 610000000000, ("gdp_primary", "level"): 40010000000} and not stats.conflicts


def test_two_units_claimed_for_a_level_or_a_row_wider_than_the_header_leave_them_out() -> None:
    units = "<p>表5：2023年固定资产投资</p>" + _table(
        ("单位：万元", "", ""), ("指标", "绝对数(亿元)", "比上年增长(%)"), ("固定资产投资", "123456", "5.2"))
    wider = "<p>表3：2023年主要农产品产量</p>" + _table(
        ("产品", "产量(万吨)", "比上年增长(%)"), ("粮食", "", "300.2", "4.1"))
    assert _figures(units + wider) == {("fixed_asset_investment", "yoy_pct"): 5.2}


def test_a_column_headed_by_the_releases_year_alone_holds_its_level() -> None:
    body = "<p>表3：2023年主要农产品产量</p>" + _table(
        ("产品", "单位", "2023年", "2022年", "比上年增长(%)"), ("粮食", "万吨", "300.2", "288.4", "4.1"))
    assert _figures(body) == {("grain_output", "level"): 3002000, ("grain_output", "yoy_pct"): 4.1}


def test_a_row_indented_under_another_is_that_rows_part_and_a_rows_own_unit_decides_its_growth() -> None:
    # (a third review) 　　出口 under 　一般贸易 is general trade's; 　　工业投资 under 　其中：民间投资 is private
    # investment's; 油料 in 千公顷 is its sown area, whose growth is no output's
    trade = "<p>表8：2023年货物进出口总额</p>" + _table(
        ("指标", "金额(亿元)", "比上年增长(%)"), ("货物进出口总额", "500.0", "5.0"), ("\u3000一般贸易", "300.0", "9.0"),
        ("\u3000\u3000出口", "200.0", "12.0"), ("\u3000\u3000进口", "100.0", "3.0"))
    invest = "<p>表5：2023年固定资产投资增长速度</p>" + _table(
        ("指标", "比上年增长(%)"), ("固定资产投资", "5.0"), ("\u3000其中：民间投资", "3.0"), ("\u3000\u3000工业投资", "-2.0"))
    # (…and 出口 right under an unindented 一般贸易 carrying its own figures is no more the total's)
    trade += "<p>表9：2023年货物进出口总额</p>" + _table(
        ("指标", "金额(亿元)", "比上年增长(%)"), ("货物进出口总额", "500.0", "5.0"), ("一般贸易", "300.0", "9.0"),
        ("出口", "200.0", "12.0"))
    crops = "<p>表3：2023年主要农作物播种面积和产量</p>" + _table(
        ("指标", "单位", "绝对数", "比上年增长(%)"), ("油料", "千公顷", "50.0", "-10.0"), ("粮食产量", "万吨", "300.2", "4.1"))
    assert _figures(trade + invest + crops) == {
        ("trade_total", "level"): 50000000000, ("trade_total", "yoy_pct"): 5.0,
        ("fixed_asset_investment", "yoy_pct"): 5.0, ("private_investment", "yoy_pct"): 3.0,
        ("grain_output", "level"): 3002000, ("grain_output", "yoy_pct"): 4.1}


def test_a_caption_line_between_two_tables_is_the_one_after_its_unless_the_page_puts_captions_under() -> None:
    # (a third and fourth review) a page shows it puts captions under its tables by a 表N line under an uncaptioned
    # table with its text going on after it; there a 表N line between two tables may be either's, and is neither's
    # (a missed table, not one read as another kind), as it is anywhere under a table with no caption above it; a
    # footer table, a caption over an image last and a remark line ((不含农户)) tell nothing
    gdp = _table(("指标", "绝对数(亿元)", "比上年增长(%)"), ("第一产业", "100.0", "3.0"))
    invest = _table(("指标", "比上年增长(%)"), ("第一产业", "-12.0"))
    under = (gdp + "<p>表1：2023年生产总值</p><p>二、固定资产投资</p>" + invest + "<p>表2：2023年固定资产投资增长速度</p>"
             + _table(("主办单位", "网站标识码"), ("某某市人民政府", "4201000001")))
    above = (_table(("指标", "绝对数", "增长(%)"), ("地区生产总值", "55803.63", "6.0")) + "<p>表1：2023年生产总值</p>" + gdp
             + "<p>表2：2023年固定资产投资增长速度</p><p>单位：%</p>" + invest
             + "<p>表3：2023年主要农产品产量</p><p><img src='t3.png'/></p>")
    want = {("gdp_primary", "level"): 10000000000, ("gdp_primary", "yoy_pct"): 3.0, ("fai_primary", "yoy_pct"): -12.0}
    # (a 表N line right under an uncaptioned table may be its, and the next table's is then told by nothing)
    assert _figures(above) == {}
    captioned = above.split("<p>表1", 1)[1]
    assert _figures("<p>表1" + captioned) == want
    assert _figures("<p>表1" + captioned.replace("<p>单位：%</p>", "<p>单位：%</p><p>（不含农户）</p><div align='center'>")
                    .replace("<p>表3", "</div><p>表3")) == want
    # (…and on a page that puts them under, 表1 with the text after it is no caption for the table after it)
    assert _figures(under) == {}
    noted = (gdp + "<p>表1：2023年生产总值</p><p>单位：亿元</p>" + invest
             + "<p>表2：2023年固定资产投资增长速度</p><p>单位：%</p>")
    assert _figures(noted) == {}


def test_renminbi_in_a_captions_unit_is_no_renminbi_balance() -> None:
    body = "<p>表10：2023年末金融机构存贷款（单位：亿元人民币）</p>" + _table(
        ("指标", "年末余额", "比上年末增长(%)"), ("各项存款余额", "5000", "8.0"))
    assert _figures(body) == {("deposits", "level"): 500000000000, ("deposits", "yoy_pct"): 8.0}


def test_a_part_the_catalogue_lacks_right_under_the_whole_keeps_the_parts_after_it_its_own() -> None:
    # (a fourth review) 其中：一般贸易 right under the total: 出口 and 进口 after it are general trade's; 其中：外币存款
    # right under 各项存款余额: 住户存款 after it is foreign-currency deposits'; 其中：户籍人口: its 城镇人口
    trade = "<p>表8：2023年货物进出口总额</p>" + _table(
        ("指标", "金额(亿元)", "比上年增长(%)"), ("货物进出口总额", "500.0", "5.0"), ("其中：一般贸易", "300.0", "9.0"),
        ("出口", "200.0", "12.0"), ("进口", "100.0", "3.0"))
    balances = "<p>表10：2023年末金融机构本外币存贷款余额</p>" + _table(
        ("指标", "余额(亿元)", "比上年末增长(%)"), ("各项存款余额", "5000", "10.0"), ("其中：外币存款", "100", "2.0"),
        ("住户存款", "20", "5.0"), ("各项贷款余额", "4000", "9.0"))
    people = "<p>表1：2023年年末人口数及其构成</p>" + _table(
        ("指标", "年末数(万人)", "比重(%)"), ("年末常住人口", "450.2", "100.0"), ("其中：户籍人口", "520.3", ""),
        ("城镇人口", "210.5", "40.5"))
    assert _figures(trade + balances + people) == {
        ("trade_total", "level"): 50000000000, ("trade_total", "yoy_pct"): 5.0,
        ("deposits", "level"): 500000000000, ("deposits", "yoy_pct"): 10.0,
        ("loans", "level"): 400000000000, ("loans", "yoy_pct"): 9.0, ("population_resident", "level"): 4502000}


def test_a_fourth_reviews_captions_and_units_are_left_out() -> None:
    provident = "<p>表13：2023年住房公积金存贷款情况</p>" + _table(
        ("指标", "单位", "绝对数", "比上年增长(%)"), ("各项贷款余额", "亿元", "4000", "9.0"))
    # (粮食播种面积 in 千公顷, then 油料 with its unit left to a ditto mark: its growth is its area's)
    ditto = "<p>表3：2023年主要农作物播种面积和产量</p>" + _table(
        ("指标", "单位", "绝对数", "比上年增长(%)"), ("粮食播种面积", "千公顷", "500.1", "-2.5"), ("油料", "〃", "50.0", "-10.0"),
        ("棉花", "", "1.2", "-20.0"))
    # (播种面积 | 增长 | 产量: which level the growth is of is not said)
    two_levels = "<p>表4：2023年主要农作物产量</p>" + _table(
        ("作物", "播种面积(千公顷)", "比上年增长(%)", "产量(万吨)"), ("粮食", "500.1", "-2.5", "300.2"))
    assert _figures(provident + ditto + two_levels) == {("grain_area", "level"): 500100,
                                                        ("grain_area", "yoy_pct"): -2.5}


def test_in_a_countys_release_the_citys_or_provinces_table_is_not_the_countys() -> None:
    crops = _table(("产品", "单位", "产量", "比上年增长(%)"), ("粮食", "万吨", "30.2", "4.1"))
    body = "<p>表3：2023年全市主要农产品产量</p>" + crops + "<p>表4：2023年湖北主要农产品产量</p>" + crops
    assert {o.indicator for o in _local(body, "2023年远安县国民经济和社会发展统计公报", "全县地区生产总值160.0亿元")} \
        == {"gdp"}


def test_a_fifth_reviews_registered_block_tables_as_images_and_a_bare_city_are_not_the_releases() -> None:
    # (年末户籍人口 flush after the 常住 block's parts: a whole of its own, its 乡村人口 the registered one)
    people = "<p>表1：2023年年末人口数及其构成</p>" + _table(
        ("指标", "年末数(万人)", "比重(%)"), ("年末常住人口", "450.2", "100.0"), ("其中：城镇人口", "280.1", "62.2"),
        ("年末户籍人口", "520.3", "100.0"), ("其中：城镇人口", "210.5", "40.5"), ("乡村人口", "309.8", "59.5"))
    assert _figures(people) == {("population_resident", "level"): 4502000, ("urban_population", "level"): 2801000}
    # (tables as images on a page that puts captions under them: 表1 under the first image is no caption for the
    # HTML table after it)
    invest = _table(("指标", "比上年增长(%)"), ("第一产业", "-12.0"))
    images = ("<p><img src='t1.png'/></p><p>表1：2023年生产总值</p>" + invest + "<p>表2：2023年固定资产投资增长速度</p>"
              "<p><img src='t3.png'/></p><p>表3：2023年主要农产品产量</p><p>全年粮食产量2777.0万吨。</p>")
    assert ("gdp_primary", "yoy_pct") not in _figures(images)
    # (a county's release: 襄阳 named bare is the city's)
    crops = _table(("产品", "单位", "产量", "比上年增长(%)"), ("粮食", "万吨", "30.2", "4.1"))
    assert {o.indicator for o in _local("<p>表3：2023年襄阳主要农产品产量</p>" + crops,
                                        "2023年谷城县国民经济和社会发展统计公报", "全县地区生产总值160.0亿元")} == {"gdp"}


def test_a_sectors_part_is_read_only_when_the_sector_holds_it_whole() -> None:
    # (a fifth review) #基础设施投资 under 第三产业 is the third sector's share of it (utilities are the second's);
    # #房地产开发 under 第三产业 and #工业 under 第二产业 are whole
    body = "<p>表5：2023年固定资产投资增长速度</p>" + _table(
        ("指标", "比上年增长(%)"), ("第二产业", "8.0"), ("#工业投资", "9.0"), ("第三产业", "3.0"),
        ("#基础设施投资", "-2.0"), ("#房地产开发投资", "-9.5"))
    assert _figures(body) == {("fai_secondary", "yoy_pct"): 8.0, ("industrial_investment", "yoy_pct"): 9.0,
                              ("fai_tertiary", "yoy_pct"): 3.0, ("real_estate_investment", "yoy_pct"): -9.5}
