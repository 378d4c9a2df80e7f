"""NBS parsers on the replay corpus (synthetic new API) and the recorded legacy answers."""

from __future__ import annotations

import json

import pytest

from common import provinces
from common.records import ParseError, SourceChanged
from extractors.nbs.parse import ParseStats, parse_any, parse_es_data, parse_legacy, period_token
from tests.conftest import CORPUS

LEGACY = CORPUS / "recorded" / "nbs_legacy"


def _es(indicator_prefix: str) -> bytes:
    man = json.loads((CORPUS / "manifest.json").read_text())
    for r in man["routes"]:
        if r["url"].endswith("/stream/esData") and r["file"].startswith("data.stats.gov.cn/esdata_6"):
            body = (CORPUS / "files" / r["file"]).read_bytes()
            if indicator_prefix in body.decode():
                return body
    raise LookupError(indicator_prefix)


def test_provincial_gdp_in_canonical_units() -> None:
    obs = parse_es_data(_es('"地区生产总值 (亿元) "'))
    hubei = {o.period: o for o in obs if o.region == "hubei"}
    assert hubei["2024"].value == 6001297000000 and hubei["2024"].unit == "CNY"
    assert hubei["2024"].indicator == "gdp" and hubei["2024"].measure == "level"
    # the answer carries every province; only the five have recorded figures, the rest are unpublished
    assert {o.region for o in obs} == {p.code for p in provinces.provinces()}
    assert {o.region for o in obs if o.value is not None} == {"hubei", "hunan", "shanxi", "jiangxi", "henan"}


def test_unpublished_values_are_null_never_zero() -> None:
    obs = parse_es_data(_es('"第二产业增加值 (亿元) "'))
    shanxi_2023 = next(o for o in obs if o.region == "shanxi" and o.period == "2023")
    assert shanxi_2023.value is None


@pytest.mark.parametrize("raw", ["无", "", "-", None, "null"])
def test_unpublished_markers(raw: object) -> None:
    doc = {"success": True, "data": [{"code": "202605MM", "name": "2026年5月", "values": [
        {"_id": "x", "i_showname": "规上工业增加值同比增长 (%) ", "value": raw, "du_name": "%", "da_name": "湖北省"}]}]}
    (o,) = parse_es_data(json.dumps(doc, ensure_ascii=False).encode())
    assert o.value is None and o.indicator == "industrial_value_added" and o.measure == "yoy_pct"
    assert o.period == "2026-05"


def test_empty_values_list() -> None:
    doc = {"success": True, "data": [{"code": "2024YY", "name": "2024年", "values": []}]}
    assert parse_es_data(json.dumps(doc).encode()) == []


@pytest.mark.parametrize("token,period", [("2024YY", "2024"), ("202605MM", "2026-05"), ("202602SS", "2026-Q2")])
def test_period_tokens(token: str, period: str) -> None:
    assert period_token(token) == period


@pytest.mark.parametrize("token", ["2024AA", "202613MM", "202605SS"])
def test_unknown_period_tokens_are_source_changes(token: str) -> None:
    with pytest.raises(SourceChanged):
        period_token(token)


@pytest.mark.parametrize("body", [
    b"<html><body>\xe7\xb3\xbb\xe7\xbb\x9f\xe7\xbb\xb4\xe6\x8a\xa4</body></html>",
    b'{"success": true, "rows": []}',
    b'{"success": true, "data": [{"period": "2024YY"}]}',
    b"not json",
])
def test_html_or_new_schema_is_source_changed(body: bytes) -> None:
    with pytest.raises(SourceChanged):
        parse_es_data(body)


def test_unknown_indicators_are_skipped_and_counted() -> None:
    doc = {"success": True, "data": [{"code": "2024YY", "name": "2024年", "values": [
        {"i_showname": "地级区划数 (个) ", "value": "13", "du_name": "个", "da_name": "湖北省"}]}]}
    stats = ParseStats()
    assert parse_es_data(json.dumps(doc, ensure_ascii=False).encode(), stats=stats) == []
    assert len(stats.skipped) == 1


def test_legacy_hasdata_false_is_null() -> None:
    obs = parse_legacy((LEGACY / "nbs_legacy_fsyd_reg_rows_trimmed.json").read_bytes())
    assert obs and all(o.value is None for o in obs)
    assert {o.region for o in obs} <= {"hubei", "hunan", "shanxi", "jiangxi", "henan"}
    assert all(o.indicator == "cpi" for o in obs)


def test_legacy_cells_aligned_by_wds_not_position() -> None:
    doc = json.loads((LEGACY / "nbs_legacy_fsyd_reg_rows_trimmed.json").read_text())
    nodes = doc["response"]["returndata"]["datanodes"]
    first = parse_legacy(json.dumps(doc).encode())
    doc["response"]["returndata"]["datanodes"] = list(reversed(nodes))
    again = parse_legacy(json.dumps(doc).encode())
    key = lambda o: (o.region, o.period)  # noqa: E731
    assert sorted(first, key=key) == sorted(again, key=key)


def test_legacy_error_envelope_with_string_returndata() -> None:
    with pytest.raises(ParseError, match="501"):
        parse_legacy((LEGACY / "nbs_legacy_invalid_501.json").read_bytes())


def test_legacy_gdp_values_with_units() -> None:
    doc = {"returncode": 200, "returndata": {"datanodes": [
        {"code": "zb.A020101_reg.420000_sj.2024", "data": {"data": 60012.97, "dotcount": 2, "hasdata": True,
                                                           "strdata": "60012.97"},
         "wds": [{"wdcode": "sj", "valuecode": "2024"}, {"wdcode": "zb", "valuecode": "A020101"},
                 {"wdcode": "reg", "valuecode": "420000"}]}],
        "wdnodes": [{"wdcode": "zb", "nodes": [{"code": "A020101", "cname": "地区生产总值", "unit": "亿元"}]}]}}
    (o,) = parse_legacy(json.dumps(doc, ensure_ascii=False).encode())
    assert (o.region, o.indicator, o.period, o.value, o.unit) == ("hubei", "gdp", "2024", 6001297000000, "CNY")


def test_parse_any_tells_the_formats_apart() -> None:
    assert parse_any((LEGACY / "nbs_legacy_fsyd_reg_rows_trimmed.json").read_bytes())
    assert parse_any(_es('"地区生产总值 (亿元) "'))


@pytest.mark.parametrize("name,du,raw,expected", [
    ("地区生产总值_累计值 (亿元) ", "亿元", "29012.5", ("gdp", "level", True, 2901250000000, "CNY")),
    ("地区生产总值_累计增长 (%) ", "%", "5.2", ("gdp", "yoy_pct", True, 5.2, "pct")),
    ("规模以上工业增加值_同比增长 (%) ", "%", "-0.4", ("industrial_value_added", "yoy_pct", False, -0.4, "pct")),
    # every index base is its own series; a GDP index on a year earlier is real growth
    ("居民消费价格指数(上年同月=100) ", "", "100.4", ("cpi", "index_yoy", False, 100.4, "index")),
    ("居民消费价格指数(上月=100) ", "", "99.8", ("cpi", "index_mom", False, 99.8, "index")),
    ("居民消费价格指数(上年同期=100) ", "", "100.1", ("cpi", "index_ytd_yoy", True, 100.1, "index")),
    ("地区生产总值指数(上年同期=100) ", "", "105.8", ("gdp", "yoy_pct", True, 5.8, "pct")),
])
def test_quarterly_and_monthly_series_names(name: str, du: str, raw: str, expected: tuple[object, ...]) -> None:
    doc = {"success": True, "data": [{"code": "202503SS", "name": "2025年第三季度", "values": [
        {"_id": "x", "i_showname": name, "value": raw, "du_name": du, "da_name": "河南省"}]}]}
    (o,) = parse_es_data(json.dumps(doc, ensure_ascii=False).encode())
    assert (o.indicator, o.measure, o.cumulative, o.value, o.unit) == expected and o.period == "2025-Q3"


def test_index_bases_stay_apart_in_one_answer() -> None:
    rows = [{"i_showname": f"居民消费价格指数({b}) ", "value": v, "du_name": "", "da_name": "湖北省"}
            for b, v in (("上年同月=100", "100.4"), ("上月=100", "99.8"), ("上年同期=100", "100.2"))]
    doc = {"success": True, "data": [{"code": "202607MM", "name": "2026年7月", "values": rows}]}
    obs = parse_es_data(json.dumps(doc, ensure_ascii=False).encode())
    assert {(o.measure, o.cumulative): o.value for o in obs} == {
        ("index_yoy", False): 100.4, ("index_mom", False): 99.8, ("index_ytd_yoy", True): 100.2}


def test_published_precision_not_raw_digits() -> None:
    doc = {"returncode": 200, "returndata": {"datanodes": [
        {"code": "zb.A0201_reg.420000_sj.2024", "data": {"data": 105.79999999, "dotcount": 1, "hasdata": True,
                                                        "strdata": "105.8"},
         "wds": [{"wdcode": "zb", "valuecode": "A0201"}, {"wdcode": "reg", "valuecode": "420000"},
                 {"wdcode": "sj", "valuecode": "2024"}]},
        {"code": "zb.A0202_reg.420000_sj.2024", "data": {"data": 60012.9712, "dotcount": 2, "hasdata": True},
         "wds": [{"wdcode": "zb", "valuecode": "A0202"}, {"wdcode": "reg", "valuecode": "420000"},
                 {"wdcode": "sj", "valuecode": "2024"}]}],
        "wdnodes": [{"wdcode": "zb", "nodes": [
            {"code": "A0201", "cname": "地区生产总值指数(上年=100)", "unit": ""},
            {"code": "A0202", "cname": "地区生产总值", "unit": "亿元"}]}]}}
    obs = {o.measure: o for o in parse_legacy(json.dumps(doc, ensure_ascii=False).encode())}
    assert obs["yoy_pct"].value == 5.8 and obs["yoy_pct"].indicator == "gdp"
    assert obs["level"].value == 6001297000000


def test_rows_shaped_area_value_take_the_requested_indicator() -> None:
    doc = {"success": True, "data": [{"code": "2024YY", "name": "2024年", "values": [
        {"area": "湖北省", "value": "60012.97"}, {"area": "河南省", "areaCode": "410000000000", "value": "63589.99"},
        {"area": "武汉市", "areaCode": "420100000000", "value": "21106.23"},
        {"area": "北京市", "areaCode": "110000000000", "value": "49843.1"},
        {"area": "香港特别行政区", "areaCode": "810000000000", "value": "1"}]}]}
    stats = ParseStats()
    obs = parse_es_data(json.dumps(doc, ensure_ascii=False).encode(), indicator="地区生产总值 (亿元) ", stats=stats)
    # every registered province is read (Beijing too); a region outside the registry is skipped
    assert {(o.region, o.indicator, o.value) for o in obs} == {("hubei", "gdp", 6001297000000),
                                                               ("henan", "gdp", 6358999000000),
                                                               ("beijing", "gdp", 4984310000000)}
    assert any("810000000000" in s and "not covered" in s for s in stats.skipped)
    assert any("below province level" in s for s in stats.skipped)  # Wuhan is never filed as Hubei
    with pytest.raises(SourceChanged, match="indicator"):
        parse_es_data(json.dumps(doc, ensure_ascii=False).encode())


def test_published_value_rules() -> None:
    from decimal import Decimal

    from extractors.nbs.parse import published

    assert published(0, "—", 1) is None  # the display says unpublished: the raw zero is no value
    assert published(5.25, None, 1) == Decimal("5.3")  # half up, as the display rounds
    assert published(102.8434701, "102.8", 1) == Decimal("102.8")
