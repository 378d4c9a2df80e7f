"""Write the replay corpus (files + manifest) from the documented site skeletons and real figures.

Every fixture this writes is *synthetic*: shaped like the real sites as described in
shared/sources/README.md, carrying the real published figures where that file gives them
(§4) and "无" (unpublished) where it does not. Run `python -m replay.build_corpus` after editing;
tests check that the committed corpus is what this script writes.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent / "corpus"
NBS = "https://data.stats.gov.cn/dg/website/publicrelease/web/external"
NBS_PAGE = "https://data.stats.gov.cn/dg/website/page.html"
WAF_COOKIE = "wzws_cid"


def uid(*parts: str) -> str:
    """A stable 32-hex id standing in for the site's UUIDs."""
    return hashlib.md5("/".join(parts).encode()).hexdigest()


# §4 of the sources file: (gdp, primary, secondary, tertiary) in 亿元; None = not found -> "无"
GDP: dict[str, dict[int, tuple[float | None, ...]]] = {
    "湖北省": {2024: (60012.97, 5462.18, 21573.76, 32977.03), 2023: (55803.63, 5073.38, 20215.50, 30514.74)},
    "湖南省": {2024: (53231.0, 4899.7, 19534.6, 28796.7), 2023: (50012.85, 4621.28, 18822.81, 26568.76)},
    "山西省": {2024: (25494.69, 1392.48, 11021.46, 13080.74), 2023: (25698.18, None, None, None)},
    "江西省": {2024: (34202.5, 2605.1, 13688.6, 17908.8), 2023: (32200.1, None, None, None)},
    "河南省": {2024: (63589.99, 5491.4, 24346.17, 33752.42), 2023: (59132.39, 5360.15, 22175.27, 31596.98)},
}
GDP_PER_CAPITA = {("湖北省", 2024): 102832, ("河南省", 2023): 60073}
NATIONAL_GDP = {2024: 1349084.0}
PROVINCES_31 = [
    ("北京市", "11"), ("天津市", "12"), ("河北省", "13"), ("山西省", "14"), ("内蒙古自治区", "15"),
    ("辽宁省", "21"), ("吉林省", "22"), ("黑龙江省", "23"), ("上海市", "31"), ("江苏省", "32"),
    ("浙江省", "33"), ("安徽省", "34"), ("福建省", "35"), ("江西省", "36"), ("山东省", "37"),
    ("河南省", "41"), ("湖北省", "42"), ("湖南省", "43"), ("广东省", "44"), ("广西壮族自治区", "45"),
    ("海南省", "46"), ("重庆市", "50"), ("四川省", "51"), ("贵州省", "52"), ("云南省", "53"),
    ("西藏自治区", "54"), ("陕西省", "61"), ("甘肃省", "62"), ("青海省", "63"),
    ("宁夏回族自治区", "64"), ("新疆维吾尔自治区", "65"),
]
FIVE = ["湖北省", "湖南省", "山西省", "江西省", "河南省"]
# NBS answers for every province: the sources file records figures for the five only, so the other
# 26 provinces' annual and quarterly levels are served as "无" (unpublished), never invented
ALL = [name for name, _ in PROVINCES_31]
PROV_INDICATORS = [  # (i_showname as served, with the site's stray spaces, du_name, tuple index)
    ("地区生产总值 (亿元) ", "亿元", 0),
    ("第一产业增加值 (亿元) ", "亿元", 1),
    ("第二产业增加值 (亿元) ", "亿元", 2),
    ("第三产业增加值 (亿元) ", "亿元", 3),
    ("人均地区生产总值 (元) ", "元", None),
]
NAT_INDICATORS = [("国内生产总值 (亿元) ", "亿元"), ("第一产业增加值 (亿元) ", "亿元"),
                  ("第二产业增加值 (亿元) ", "亿元"), ("第三产业增加值 (亿元) ", "亿元")]
YEARS = (2023, 2024)
# synthetic restatement used to exercise revisions: Hubei 2023 GDP and tertiary sector, +576.49 亿元
REVISION = {0: 56380.12, 3: 31091.23}


class Writer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.routes: list[dict[str, Any]] = []
        self.scenarios: dict[str, list[dict[str, Any]]] = {}
        self.robots: dict[str, str] = {}

    def file(self, rel: str, data: bytes) -> str:
        path = self.root / "files" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return rel

    def route(self, url: str, rel: str, data: bytes, scenario: str | None = None, **spec: Any) -> None:
        entry = {"url": url, "file": self.file(rel, data), "provenance": "synthetic", **spec}
        (self.scenarios.setdefault(scenario, []) if scenario else self.routes).append(entry)


def _json(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


NBS_JSON = {"Content-Type": "application/json;charset=UTF-8"}


def fmt(v: float | int | None) -> str:
    if v is None:
        return "无"
    return f"{v:.2f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


# the series sets the extractor walks, as the corpus serves them:
# (code, root name, category, leaf, scope, [(i_showname, du_name)], [(token, label)])
QUARTERS = [("202503SS", "2025年第三季度"), ("202502SS", "2025年第二季度"), ("202501SS", "2025年第一季度")]
MONTHS = [(f"2025{m:02d}MM", f"2025年{m}月") for m in (10, 9, 8, 7)]
SUB_ANNUAL = [
    ("5", "分省季度数据", "国民经济核算", "地区生产总值(季度)", "provincial",
     [("地区生产总值_累计值 (亿元) ", "亿元"), ("地区生产总值_累计增长 (%) ", "%")], QUARTERS),
    ("2", "季度数据", "国民经济核算", "国内生产总值(季度)", "national",
     [("国内生产总值_累计值 (亿元) ", "亿元"), ("国内生产总值_累计增长 (%) ", "%")], QUARTERS),
    ("4", "分省月度数据", "工业", "规模以上工业增加值", "provincial",
     [("规模以上工业增加值_累计增长 (%) ", "%"), ("规模以上工业增加值_同比增长 (%) ", "%")], MONTHS),
    ("1", "月度数据", "价格指数", "居民消费价格指数", "national", [("居民消费价格指数(上年同月=100) ", "")], MONTHS),
]


def _sub_annual_value(code: str, name: str, region: str, k: int) -> str:
    """Synthetic quarterly and monthly figures (no real ones are recorded for these series)."""
    seed = (sum(map(ord, region)) % 7) / 10
    if "累计值" in name:  # cumulative GDP, 亿元: quarters 3, 2, 1 of 2025
        base = 1349084.0 if region == "全国" else GDP.get(region, {}).get(2024, (None,))[0]
        if base is None:
            return fmt(None)
        annual = base * 1.05
        return fmt(round(annual * (0.74, 0.48, 0.23)[k], 2))
    if "居民消费价格指数" in name:
        return fmt(round(99.6 + k * 0.2, 1))
    return fmt(round(4.6 + seed + k * 0.1, 1))


def nbs(w: Writer) -> None:
    w.robots["data.stats.gov.cn"] = "User-agent: *\nDisallow: /admin/\n"
    page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>国家数据</title></head>" \
           "<body><div id=\"app\">国家统计局数据发布库</div><script src=\"/dg/website/app.js\"></script>" \
           "</body></html>"
    w.route(NBS_PAGE, "data.stats.gov.cn/page.html", page.encode(),
            headers={"Content-Type": "text/html; charset=utf-8",
                     "Set-Cookie": f"{WAF_COOKIE}=5f2d0c1e9a; Path=/; HttpOnly"})
    waf: dict[str, Any] = {"require_cookie": WAF_COOKIE, "headers": NBS_JSON}
    code_of = dict(PROVINCES_31)
    trees: dict[str, dict[str, list[dict[str, Any]]]] = {}

    def leaf(code: str, root_name: str, cat: str, leaf_name: str, inds: list[str]) -> tuple[str, str, list[str]]:
        """Register the tree path root > cat > leaf and the leaf's indicators; return (root, cid, ids)."""
        root_id, cat_id, leaf_id = uid(code, "root"), uid(code, cat), uid(code, cat, leaf_name)
        t = trees.setdefault(code, {})
        t[""] = [{"_id": root_id, "name": root_name, "isLeaf": False, "sdate": "1949", "edate": "2025"}]
        kids = t.setdefault(root_id, [{"_id": uid(code, "人口"), "name": "人口", "isLeaf": False}])
        if not any(k["_id"] == cat_id for k in kids):
            kids.append({"_id": cat_id, "name": cat, "isLeaf": False, "sdate": "1952", "edate": "2025"})
        t.setdefault(cat_id, []).extend([
            {"_id": leaf_id, "name": leaf_name, "isLeaf": True, "sdate": "1952", "edate": "2025"},
            {"_id": uid(code, cat, leaf_name, "指数"), "name": f"{leaf_name}指数", "isLeaf": True}])
        ids = [uid(code, leaf_name, n.strip()) for n in inds]
        w.route(f"{NBS}/new/queryIndicatorsByCid?cid={leaf_id}&dt=&name=", f"data.stats.gov.cn/indicators_{code}.json",
                _json({"success": True, "data": {"list": [
                    {"_id": i, "i_showname": n, "_name": n.split(" ")[0], "du_name": _du(n), "i_mark": ""}
                    for n, i in zip(inds, ids, strict=True)]}}), **waf)
        if code in ("4", "5", "6"):
            da_all = uid(code, "全部地区")
            w.route(f"{NBS}/getDaCatalogTreeByIndicatorCid?indicatorCid={leaf_id}",
                    f"data.stats.gov.cn/da_groups_{code}.json",
                    _json({"success": True, "data": [{"_id": uid(code, "东部地区"), "name": "东部地区"},
                                                     {"_id": da_all, "name": "全部地区"}]}), **waf)
            w.route(f"{NBS}/getDasByDaCatalogId?daCid={da_all}", f"data.stats.gov.cn/das_all_{code}.json",
                    _json({"success": True, "data": [{"show_name": n, "name_value": c + "0000000000", "name_text": n}
                                                     for n, c in PROVINCES_31]}), **waf)
        return root_id, leaf_id, ids

    # annual: real figures from §4
    _, cid6, ids6 = leaf("6", "分省年度数据", "国民经济核算", "地区生产总值", [i[0] for i in PROV_INDICATORS])
    for (name, unit, idx), ind_id in zip(PROV_INDICATORS, ids6, strict=True):
        w.route(f"{NBS}/stream/esData", f"data.stats.gov.cn/esdata_6_{ind_id[:8]}.json",
                _json(_es_regions(name, unit, ind_id, idx, code_of)), method="POST",
                json={"cid": cid6, "indicatorIds": [ind_id], "showType": "3"}, **waf)
        if idx in REVISION:
            # an injected restatement of Hubei 2023 (gdp and tertiary move together, so it still adds up)
            revised = _es_regions(name, unit, ind_id, idx, code_of, revise={("湖北省", 2023): REVISION[idx]})
            w.route(f"{NBS}/stream/esData", f"scenarios/nbs_revised/esdata_6_{ind_id[:8]}.json",
                    _json(revised), scenario="nbs_revised", method="POST",
                    json={"cid": cid6, "indicatorIds": [ind_id], "showType": "3"}, **waf)
        if idx == 2:
            # a decimal slip in Hubei's secondary sector: the batch must fail the sector-sum check
            bad = _es_regions(name, unit, ind_id, idx, code_of, slip=("湖北省", 2024))
            w.route(f"{NBS}/stream/esData", f"scenarios/nbs_bad_batch/esdata_6_{ind_id[:8]}.json",
                    _json(bad), scenario="nbs_bad_batch", method="POST",
                    json={"cid": cid6, "indicatorIds": [ind_id], "showType": "3"}, **waf)
    _, cid3, ids3 = leaf("3", "年度数据", "国民经济核算", "国内生产总值", [n for n, _ in NAT_INDICATORS])
    periods = []
    for year in sorted(YEARS, reverse=True):
        values = []
        for (name, unit), ind_id in zip(NAT_INDICATORS, ids3, strict=True):
            v = NATIONAL_GDP.get(year) if name.startswith("国内生产总值") else None
            values.append({"_id": ind_id, "i_showname": name, "value": fmt(v), "du_name": unit, "da_name": "全国"})
        periods.append({"code": f"{year}YY", "name": f"{year}年", "values": values})
    w.route(f"{NBS}/stream/esData", "data.stats.gov.cn/esdata_3_national.json",
            _json({"success": True, "data": periods}), method="POST", json={"cid": cid3, "showType": "1"}, **waf)

    # quarterly and monthly: synthetic figures
    for code, root_name, cat, leaf_name, scope, inds, tokens in SUB_ANNUAL:
        _, cid, ids = leaf(code, root_name, cat, leaf_name, [n for n, _ in inds])
        regions = ["全国"] if scope == "national" else ALL
        if scope == "national":
            data = [{"code": tok, "name": label, "values": [
                {"_id": i, "i_showname": n, "value": _sub_annual_value(code, n, "全国", k), "du_name": du,
                 "da_name": "全国"} for (n, du), i in zip(inds, ids, strict=True)]} for k, (tok, label) in enumerate(tokens)]
            w.route(f"{NBS}/stream/esData", f"data.stats.gov.cn/esdata_{code}_national.json",
                    _json({"success": True, "data": data}), method="POST", json={"cid": cid, "showType": "1"}, **waf)
            continue
        for (n, du), i in zip(inds, ids, strict=True):
            data = [{"code": tok, "name": label, "values": [
                {"_id": i, "i_showname": n, "value": _sub_annual_value(code, n, r, k), "du_name": du, "da_name": r,
                 "da": code_of[r] + "0000000000", "area": r, "areaCode": code_of[r]} for r in regions]}
                for k, (tok, label) in enumerate(tokens)]
            w.route(f"{NBS}/stream/esData", f"data.stats.gov.cn/esdata_{code}_{i[:8]}.json",
                    _json({"success": True, "data": data}), method="POST",
                    json={"cid": cid, "indicatorIds": [i], "showType": "3"}, **waf)

    for code, t in trees.items():
        for pid, nodes in t.items():
            w.route(f"{NBS}/new/queryIndexTreeAsync?pid={pid}&code={code}",
                    f"data.stats.gov.cn/tree_{code}_{pid or 'root'}.json", _json({"success": True, "data": nodes}), **waf)
    # a changed schema: the API starts answering with an HTML maintenance page
    w.route(f"{NBS}/stream/esData", "scenarios/nbs_source_changed/esdata.html",
            "<html><body>系统维护中，请稍后访问</body></html>".encode(), scenario="nbs_source_changed",
            method="POST", json={"showType": "3"}, headers={"Content-Type": "text/html"},
            require_cookie=WAF_COOKIE)


def _du(showname: str) -> str:
    unit = showname.split("(")[-1].split(")")[0] if "(" in showname else ""
    return "" if "=" in unit else unit


def _es_regions(name: str, unit: str, ind_id: str, idx: int | None, code_of: dict[str, str],
                slip: tuple[str, int] | None = None,
                revise: dict[tuple[str, int], float] | None = None) -> dict[str, Any]:
    periods = []
    for year in sorted(YEARS, reverse=True):
        values = []
        for prov in ALL:
            known = GDP.get(prov, {}).get(year)
            v: float | int | None = (known[idx] if known else None) if idx is not None \
                else GDP_PER_CAPITA.get((prov, year))
            if revise and (prov, year) in revise:
                v = revise[(prov, year)]
            if slip == (prov, year) and v is not None:
                v = round(float(v) / 10, 3)
            code = code_of[prov]
            values.append({"_id": ind_id, "i_showname": name, "value": fmt(v), "du_name": unit,
                           "da_name": prov, "da": code + "0000000000", "area": prov, "areaCode": code})
        periods.append({"code": f"{year}YY", "name": f"{year}年", "values": values})
    return {"success": True, "data": periods}



# --- Hubei portal: TRS list and detail pages ---------------------------------------------------
HUBEI = "https://www.hubei.gov.cn"
HUBEI_NOTICES = [
    # (column, yyyymmdd, id, title, 文号 as printed, issuer, 成文日期, topic body sentence)
    ("ezbf", "20251226", "5842830", "湖北省人民政府办公厅关于印发湖北省进一步扩大高水平对外开放稳外资若干措施的通知",
     "鄂政办发〔2025〕44号", "湖北省人民政府办公厅", "2025-12-22",
     "深化鄂港澳合作，支持香港投资者在我省设立外商投资企业，落实外资企业国民待遇。"),
    ("ezbf", "20251215", "5831177", "湖北省人民政府办公厅关于加快发展服务贸易的实施意见",
     "鄂政办发〔2025〕41号", "湖北省人民政府办公厅", "2025-12-10",
     "推动服务贸易创新发展，扩大跨境电商和数字贸易规模。"),
    ("ezbf", "20251128", "5817342", "湖北省人民政府办公厅关于印发湖北省防汛抗旱应急预案的通知",
     "鄂政办发〔2025〕38号", "湖北省人民政府办公厅", "2025-11-25",
     "各地要加强汛期应急值守，做好突发事件预警和群众转移安置工作。"),
    ("ezbf", "20251030", "5790012", "湖北省人民政府办公厅关于支持科技型企业融资的若干措施",
     "鄂政办发 [2025] 35号", "湖北省人民政府办公厅", "2025-10-27",
     "鼓励金融机构加大对科技型企业信贷支持，发展知识产权质押融资。"),
    ("ezbf", "20250918", "5761230", "湖北省人民政府办公厅关于优化营商环境的实施方案",
     "鄂政办发〔２０２５〕３１号", "湖北省人民政府办公厅", "2025-09-15",
     "全面推行政务服务一网通办，压减企业开办时间。"),
    ("ezf", "20251210", "5827001", "湖北省人民政府关于印发湖北省人才强省建设若干措施的通知",
     "鄂政发〔2025〕18号", "湖北省人民政府", "2025-12-05",
     "面向海内外引进高层次人才，完善人才安居和子女入学保障。"),
    ("ezf", "20251105", "5799863", "湖北省人民政府关于推进制造业高质量发展的意见",
     "鄂政发〔2025〕16号", "湖北省人民政府", "2025-11-01",
     "加快光电子信息、汽车制造等优势产业集群建设。"),
    ("szfl", "20251020", "5781100", "湖北省安全生产条例实施办法",
     "省政府令第 438 号", "湖北省人民政府", "2025-10-15",
     "生产经营单位应当建立安全生产责任制，防范化解重大安全风险。"),
]


def _more_hubei() -> list[tuple[str, str, str, str, str, str, str, str]]:
    """Older notices (synthetic) so the Hubei portal has thirty detail pages like the others."""
    from datetime import date, timedelta

    from replay.portals import SUBJECTS

    out = []
    for i in range(22):
        core, sentence = SUBJECTS[(i + 3) % len(SUBJECTS)]
        office = i % 2 == 0
        pub = date(2025, 9, 10) - timedelta(days=9 * i)
        signed = pub - timedelta(days=4)
        issuer = "湖北省人民政府办公厅" if office else "湖北省人民政府"
        docno = f"{'鄂政办发' if office else '鄂政发'}〔2025〕{(29 if office else 15) - i // 2}号"
        title = f"{issuer}关于{'印发' if i % 3 == 0 else ''}湖北省{core}{'方案的通知' if i % 3 == 0 else '的实施意见'}"
        out.append(("ezbf" if office else "ezf", pub.strftime("%Y%m%d"), str(5700000 - i * 311), title, docno, issuer,
                    signed.isoformat(), sentence))
    return out


HUBEI_NOTICES += _more_hubei()
HUBEI_COLUMNS = {"ezbf": "鄂政办发", "ezf": "鄂政发", "szfl": "省政府令"}


def _hubei_date_label(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y} 年 {m} 月 {d} 日"


def hubei_detail(n: tuple[str, str, str, str, str, str, str, str]) -> str:
    col, ymd, _, title, docno, issuer, signed, sentence = n
    pub = f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"
    idx = f"011043916/{ymd[:4]}-{int(ymd[4:]) % 9999:05d}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="湖北省人民政府门户网站">
<meta name="ColumnName" content="{HUBEI_COLUMNS[col]}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{pub} 10:{int(ymd[-2:]) % 60:02d}">
<meta name="ContentSource" content="{issuer}">
<title>{title}_{HUBEI_COLUMNS[col]}_湖北省人民政府门户网站</title></head>
<body><div class="header">湖北省人民政府 | 首页 | 政务公开 | 政府文件</div>
<div class="bg_middle"><div class="container">
<div class="metadata_content"><div class="row">
<div class="col-xs-12 col-sm-6"><strong>索 引 号：</strong>{idx}</div>
<div class="col-xs-12 col-sm-6"><strong>分　　类：</strong>综合政务</div>
<div class="col-xs-12 col-sm-6"><strong>发文机关：</strong>{issuer}</div>
<div class="col-xs-12 col-sm-6"><strong>成文日期：</strong>{_hubei_date_label(signed)}</div>
<div class="col-xs-12"><strong>标　　题：</strong>{title}</div>
<div class="col-xs-12 col-sm-6"><strong>文　　号：</strong>{docno}</div>
<div class="col-xs-12 col-sm-6"><strong>发布日期：</strong>{_hubei_date_label(pub)}</div>
<div class="col-xs-12 col-sm-6"><strong>效力状态：</strong>有效</div>
</div></div>
<div class="bt-article-02"><h2 class="title">{title}</h2>
<div class="article-content" id="zoom"><div class="TRS_Editor">
<p>各市、州、县人民政府，省政府各部门：</p>
<p>{sentence}现将有关事项通知如下，请认真贯彻执行。</p>
<p>一、总体要求。坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。</p>
<p>二、工作措施。各地各部门要结合实际，细化工作举措，确保落地见效。</p>
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">{signed[:4]}年{int(signed[5:7])}月{int(signed[8:])}日</p>
</div></div>
<div class="article-editor">编辑：省政府办公厅</div>
</div></div></div>
<div class="footer">主办：湖北省人民政府办公厅 <span id="visit">访问量：{int(ymd) % 99991}</span></div>
</body></html>"""


def hubei(w: Writer) -> None:
    w.robots["www.hubei.gov.cn"] = "User-agent: *\nDisallow: /igs/\nDisallow: /cms/\n"
    by_col: dict[str, list[tuple[str, str, str, str, str, str, str, str]]] = {}
    for n in HUBEI_NOTICES:
        by_col.setdefault(n[0], []).append(n)
    for col, items in by_col.items():
        pages = [items[i:i + 3] for i in range(0, len(items), 3)]
        for p, chunk in enumerate(pages):
            lis = "\n".join(
                f'<li><a href="./{ymd[:6]}/t{ymd}_{nid}.shtml" title="{title}" target="_blank">{title}</a>'
                f"<span>{ymd[:4]}-{ymd[4:6]}-{ymd[6:]} {10 + i}:3{i}</span></li>"
                for i, (_, ymd, nid, title, *_rest) in enumerate(chunk))
            html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HUBEI_COLUMNS[col]}_湖北省人民政府门户网站</title></head>
<body><div class="list_block"><ul>
{lis}
</ul></div>
<script>var countPage = {len(pages)};var currentPage = {p};createPageHTML(countPage, currentPage, "index", "shtml");</script>
</body></html>"""
            name = "index.shtml" if p == 0 else f"index_{p}.shtml"
            spec: dict[str, Any] = {"headers": {"Content-Type": "text/html; charset=utf-8"}}
            if col == "ezf" and p == 0:
                # the portal rate-limits bursts: one 429 with Retry-After before it answers
                spec["first_hits"] = [{"status": 429, "headers": {"Retry-After": "1", "Content-Type": "text/html"},
                                       "text": "<html><body>Too Many Requests</body></html>"}]
            w.route(f"{HUBEI}/zfwj/{col}/{name}", f"www.hubei.gov.cn/zfwj/{col}/{name}", html.encode(), **spec)
            # the challenge the portal serves to plain clients (scenario)
            w.route(f"{HUBEI}/zfwj/{col}/{name}", f"scenarios/hubei_blocked/{col}_{name}",
                    RUISHU_412.encode(), scenario="hubei_blocked", status=412,
                    headers={"Content-Type": "text/html; charset=utf-8"})
        for i, n in enumerate(items):
            _, ymd, nid, *_ = n
            html = hubei_detail(n)
            url = f"{HUBEI}/zfwj/{col}/{ymd[:6]}/t{ymd}_{nid}.shtml"
            rel = f"www.hubei.gov.cn/zfwj/{col}/{ymd[:6]}/t{ymd}_{nid}.shtml"
            spec = {"headers": {"Content-Type": "text/html; charset=utf-8"}}
            if col == "ezbf" and i == 1:
                # the page is re-encoded GBK by an old mirror node and served without a charset
                html = html.replace('<meta charset="utf-8">',
                                    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
                w.route(url, rel, html.encode("gb18030"), headers={"Content-Type": "text/html"})
                continue
            if col == "ezbf" and i == 2:
                spec["first_hits"] = [{"status": 500, "text": "<html><body>500 Internal Server Error</body></html>"}]
            if col == "ezf" and i == 1:
                spec["delay"] = 0.3
            w.route(url, rel, html.encode(), **spec)
            if col == "ezbf" and i == 0:
                # a page whose body came through empty: the batch must quarantine it, not load it
                broken = html.split('<div class="TRS_Editor">')[0] + "</div></div></body></html>"
                w.route(url, f"scenarios/hubei_bad_page/{nid}.shtml", broken.encode(),
                        scenario="hubei_bad_page", **spec)


RUISHU_412 = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta id="FSSBBIl1UgzbN7N80S" content="Zq0d7f1Yp.Wd8b0c2ZqzLQk9Ytv4mP">
<script type="text/javascript" r="m">$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=18224;$_ts.cd="qYmfrrAlDbGmcGAE";</script>
<script type="text/javascript" charset="utf-8" src="/924omrTVcFchP/b3TcZJ4rXdpA.b4c45da.js" r="m"></script>
</head><body></body></html>"""


# --- statistics bureaus: communiqués and monthly releases ------------------------------------------
BUREAU = {  # province: (host, communiqué list, monthly list, style)
    "湖北": ("tjj.hubei.gov.cn", "/tjsj/tjgb/ndtjgb/qstjgb/", "/tjsj/tjfx/qsjjyx/", "trs"),
    "湖南": ("tjj.hunan.gov.cn", "/tjsj/tjgb/", "/hntj/tjfx/jmxx/", "trs-html"),
    "山西": ("tjj.shanxi.gov.cn", "/tjsj/tjgb/", "/tjsj/tjfx/", "trs"),
    "江西": ("tjj.jiangxi.gov.cn", "38595", "38596", "hanweb"),
    "河南": ("tjj.henan.gov.cn", "/tjfw/tjgb/", "/tjfw/tjfx/", "henan"),
}
SCHEME = {"湖北": "http", "山西": "http"}


def _detail_url(prov: str, col: str, pub: tuple[int, int, int], n: int, monthly: bool) -> str:
    host, _, _, style = BUREAU[prov]
    y, m, d = pub
    scheme = SCHEME.get(prov, "https")
    nid = 5585085 if (prov, pub, monthly) == ("湖北", (2025, 3, 24), False) else 3000000 + n * 7919 + d
    if style == "hanweb":
        return f"{scheme}://{host}/art/{y}/{m}/{d}/art_{col}_{nid}.html"
    if style == "henan":
        return f"{scheme}://{host}/{y}/{m:02d}-{d:02d}/{nid}.html"
    if prov == "湖北" and not monthly and y == 2025:
        return f"{scheme}://{host}{col}202503/t20250321_5585085.shtml"  # the real 2024 communiqué URL
    ext = "html" if style == "trs-html" else "shtml"
    sub = f"{y}sjjd/" if prov == "湖南" and monthly else ""
    return f"{scheme}://{host}{col}{sub}{y}{m:02d}/t{y}{m:02d}{d:02d}_{nid}.{ext}"


def _bureau_page(prov: str, title: str, pub: tuple[int, int, int], paras: list[str], synthetic: list[str]) -> str:
    y, m, d = pub
    body = "\n".join(f"<p><strong><span>{p}</span></strong></p>" if len(p) < 8 else f"<p>{p}</p>" for p in paras)
    note = f"<!-- synthetic fixture; synthetic figures: {', '.join(synthetic) or 'none'} -->"
    style = BUREAU[prov][3]
    if prov == "湖北":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{y}-{m:02d}-{d:02d} 09:31"><title>{title}</title></head><body>{note}
<article class="detail-article"><h2 class="detail-title">{title}</h2>
<div class="detail-meta__info"><span>发布日期：<em>{y}-{m:02d}-{d:02d} 09:31</em></span><span>来源：湖北省统计局</span></div>
<div class="detail-body article-box" id="article-box"><div class="view TRS_UEDITOR trs_paper_default trs_web">
{body}
<p><img src="./W020250321_ORIGIN.png"/></p></div><p id="annex">附件:</p><ul id="list"></ul></div></article></body></html>"""
    if style == "trs-html":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{y}-{m:02d}-{d:02d} 10:00"><title>{title}_湖南省统计局</title></head><body>{note}
<div class="main"><div class="content"><h1 class="title">{title}</h1><div class="a1">发布日期：{y}-{m:02d}-{d:02d}　来源：湖南省统计局</div>
<div id="zoom" class="TRS_Editor">{body}</div><div class="share">【打印】【关闭】</div></div></div></body></html>"""
    if style == "hanweb":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{y}-{m:02d}-{d:02d}"><title>{title} 江西省统计局</title></head><body>{note}
<div class="bg_middle"><div class="bt-article-02"><div class="title">{title}</div>
<div class="bt-article-y">发布日期：{y}-{m:02d}-{d:02d} 信息来源：江西省统计局</div><div id="zoom">{body}</div></div></div></body></html>"""
    if style == "henan":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-河南省统计局</title></head><body>{note}
<div class="rule_main"><div class="details-box"><h1 class="details-title">{title}</h1>
<div class="details-info">发布时间：{y}-{m:02d}-{d:02d}　来源：河南省统计局</div><div class="details-content">{body}</div>
<div id="xggjbox">相关稿件：2023年河南省国民经济和社会发展统计公报</div><div class="output">打印本页</div></div></div></body></html>"""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{note}
<div class="detail"><h1>{title}</h1><div class="info">发布时间：{y}年{m:02d}月{d:02d}日 来源：山西省统计局</div>
<div class="TRS_UEDITOR">{body}</div></div></body></html>"""


def _bureau_list(prov: str, items: list[tuple[str, str, tuple[int, int, int]]], count_page: int = 1) -> bytes:
    lis = "\n".join(f'<li><a href="{u}" title="{t}" target="_blank">{t}</a><span>{p[0]}-{p[1]:02d}-{p[2]:02d}</span></li>'
                    for u, t, p in items)
    if BUREAU[prov][3] == "hanweb":
        records = "".join(f"<record><![CDATA[\n<li><a href=\"{u.split('.gov.cn', 1)[1]}\" title=\"{t}\">{t}</a>"
                          f"<span>{p[0]}-{p[1]:02d}-{p[2]:02d}</span></li>]]></record>\n" for u, t, p in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[]]></nextgroup>'
                f"<recordset>\n{records}</recordset></datastore>").encode()
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="list"><ul>\n{lis}\n</ul></div>'
            f"<script>var countPage = {count_page};createPageHTML(countPage, 0, \"index\", \"shtml\");</script>"
            "</body></html>").encode()


def _bad_release_scenarios(w: Writer, kept: dict[tuple[str, int], tuple[str, str, list[Any]]]) -> None:
    """A footnote digit glued to GDP (253231.0亿元), and a city communiqué in the provincial list."""
    url, html, items = kept[("湖南", 2024)]
    glued = re.sub(r"地区生产总值(\d)", r"地区生产总值2\1", html, count=1)
    assert glued != html
    w.route(url, f"scenarios/release_footnote_digit/{url.rsplit('/', 1)[1]}", glued.encode(),
            scenario="release_footnote_digit", headers={"Content-Type": "text/html; charset=utf-8"})
    host, ccol = BUREAU["湖南"][0], BUREAU["湖南"][1]
    city_title = "长沙市2024年国民经济和社会发展统计公报"
    city_url = f"https://{host}{ccol}202504/t20250410_9990001.html"
    city = html.replace("湖南省2024年国民经济和社会发展统计公报", city_title).replace("湖南省统计局", "长沙市统计局")
    city = city.replace("全年全省地区生产总值", "全年全市地区生产总值")
    w.route(city_url, "scenarios/release_city_in_list/city.html", city.encode(), scenario="release_city_in_list",
            headers={"Content-Type": "text/html; charset=utf-8"})
    listed = sorted([*items, (city_url, city_title, (2025, 4, 10))], key=lambda i: i[2], reverse=True)
    w.route(f"https://{host}{ccol}index.html", "scenarios/release_city_in_list/index.html",
            _bureau_list("湖南", listed), scenario="release_city_in_list",
            headers={"Content-Type": "text/html; charset=utf-8"})


def bureaus(w: Writer) -> dict[str, list[dict[str, Any]]]:
    """Write every bureau page and list; return the figures each page states, by URL."""
    from replay.bureaus import CODE, MONTHLY, annual_figures, communique_text, monthly_text

    expected: dict[str, list[dict[str, Any]]] = {}
    kept: dict[tuple[str, int], tuple[str, str, list[tuple[str, str, tuple[int, int, int]]]]] = {}
    for prov, (host, ccol, mcol, style) in BUREAU.items():
        scheme = SCHEME.get(prov, "https")
        for monthly in (False, True):
            col = mcol if monthly else ccol
            items: list[tuple[str, str, tuple[int, int, int]]] = []
            pages = range(len(MONTHLY)) if monthly else (2024, 2023, 2022)
            for n in pages:
                if monthly:
                    title, paras, stated = monthly_text(prov, n)
                    pub = MONTHLY[n][1]
                    synthetic = ["all"]
                else:
                    year = n
                    fig = annual_figures(prov, year)
                    paras, stated = communique_text(prov, year, fig)
                    title = f"{prov}省{year}年国民经济和社会发展统计公报"
                    pub = (year + 1, 3, 24 if prov == "湖北" else 20 + (year % 5))
                    synthetic = fig.synthetic
                url = _detail_url(prov, col, pub, n, monthly)
                html = _bureau_page(prov, title, pub, paras, synthetic).encode()
                rel = f"{host}/{url.split('.gov.cn/', 1)[1]}"
                w.route(url, rel, html, headers={"Content-Type": "text/html; charset=utf-8"},
                        figures="real where shared/sources §4 gives them" if not monthly else "synthetic")
                expected[url] = [{"region": CODE[prov], **s} for s in stated]
                items.append((url, title, pub))
                if not monthly:
                    kept[(prov, n)] = (url, html.decode(), items)
            items.sort(key=lambda i: i[2], reverse=True)
            if style == "hanweb":
                proxy = f"{scheme}://{host}/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15"
                w.route(proxy, f"{host}/dataproxy_{col}.xml", _bureau_list(prov, items), method="POST",
                        form={"columnid": col}, headers={"Content-Type": "text/xml;charset=UTF-8"})
                continue
            ext = "html" if style in ("trs-html", "henan") else "shtml"
            chunks = [items[i:i + 8] for i in range(0, len(items), 8)]
            for p, chunk in enumerate(chunks):
                name = "index" + (f"_{p}" if p else "") + f".{ext}"
                w.route(f"{scheme}://{host}{col}{name}", f"{host}{col}{name}", _bureau_list(prov, chunk, len(chunks)),
                        headers={"Content-Type": "text/html; charset=utf-8"})
    _bad_release_scenarios(w, kept)
    # the Henan bureau sometimes blocks an IP outright (scenario)
    w.route("https://tjj.henan.gov.cn/tjfw/tjgb/index.html", "scenarios/henan_tjj_403/index.html",
            b"<html><body><h1>403 Forbidden</h1></body></html>", scenario="henan_tjj_403", status=403,
            headers={"Content-Type": "text/html"})
    return expected


def portals(w: Writer) -> None:
    """Hunan, Shanxi, Jiangxi and Henan portals; scenarios for a withdrawn and a revised notice."""
    from replay.portals import PORTALS, detail_html, detail_url, list_pages, notices

    portal_hosts = {k: v["host"] for k, v in PORTALS.items()}

    for province in ("hunan", "shanxi", "jiangxi", "henan"):
        items = notices(province)
        for url, rel, body, spec in list_pages(province, items):
            w.route(url, rel, body, **spec)
        for n in items:
            url = detail_url(province, n)
            w.route(url, url.split("://", 1)[1], detail_html(province, n).encode(),
                    headers={"Content-Type": "text/html; charset=utf-8"})
            if province == "jiangxi":
                pdf = (b"%PDF-1.4\n% synthetic attachment\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n"
                       + str(n["id"]).encode() + b"\n%%EOF\n")
                w.route(f"https://{portal_hosts['jiangxi']}/module/download/downfile.jsp?classid=0&filename={n['id']}.pdf",
                        f"www.jiangxi.gov.cn/module/download/{n['id']}.pdf", pdf,
                        headers={"Content-Type": "application/pdf"})
        if province == "hunan":
            # withdrawn: the newest notice leaves the list and its page answers 404
            for url, rel, body, spec in list_pages(province, items[1:]):
                w.route(url, f"scenarios/notices_changed/{rel}", body, scenario="notices_changed", **spec)
            gone = detail_url(province, items[0])
            w.route(gone, "scenarios/notices_changed/404.html", b"<html><body>404</body></html>",
                    scenario="notices_changed", status=404, headers={"Content-Type": "text/html"})
        if province == "shanxi":
            first_list = next(iter(list_pages(province, items)))
            # the list page changes layout (items drawn by a script): it lists nothing
            w.route(first_list[0], "scenarios/notices_list_empty/index.shtml",
                    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>省政府文件_山西省人民政府</title></head><body>'
                    '<div class="nav"><a href="/">首页</a> &gt; 政府信息公开 &gt; 省政府文件</div>'
                    '<div class="sxinfo-pubfiles"><ul class="sxinfo-pubfiles-list"></ul><p>暂无数据</p></div>'
                    '<div class="footer">主办：山西省人民政府办公厅</div></body></html>'.encode(), scenario="notices_list_empty",
                    headers={"Content-Type": "text/html; charset=utf-8"})
            # the site moves: the list and every known page answer 404 (not 30 withdrawals)
            w.route(first_list[0], "scenarios/notices_site_moved/404.html", b"<html><body>404</body></html>",
                    scenario="notices_site_moved", status=404, headers={"Content-Type": "text/html"})
            for n in items:
                w.route(detail_url(province, n), "scenarios/notices_site_moved/404.html",
                        b"<html><body>404</body></html>", scenario="notices_site_moved", status=404,
                        headers={"Content-Type": "text/html"})
            # revised: a notice is declared no longer in force and gains a paragraph
            n = items[2]
            url = detail_url(province, n)
            w.route(url, f"scenarios/notices_changed/{n['id']}.shtml",
                    detail_html(province, n, validity="失效", extra="<p>三、本文件自2026年11月1日起废止。</p>").encode(),
                    scenario="notices_changed", headers={"Content-Type": "text/html; charset=utf-8"})


def build(root: Path = ROOT) -> None:
    """Write files/, scenarios/ and manifest.json under root (recorded/ is left alone)."""
    import shutil

    for sub in ("files", "scenarios", "expected"):
        if (root / sub).exists():
            shutil.rmtree(root / sub)
    w = Writer(root)
    nbs(w)
    hubei(w)
    portals(w)
    expected = bureaus(w)
    (root / "expected").mkdir(parents=True, exist_ok=True)
    (root / "expected" / "releases.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
    for host in ("www.hunan.gov.cn", "www.shanxi.gov.cn", "www.jiangxi.gov.cn", "searchapi.henan.gov.cn",
                 "tjj.hubei.gov.cn", "tjj.hunan.gov.cn", "tjj.shanxi.gov.cn", "tjj.jiangxi.gov.cn",
                 "tjj.henan.gov.cn", "www.henan.gov.cn"):
        w.robots.setdefault(host, "User-agent: *\nDisallow:\n")
    manifest = {
        "about": "Replay corpus. Every fixture is synthetic (built by replay/build_corpus.py from "
                 "shared/sources/README.md skeletons and §4 real figures) unless marked recorded.",
        "robots": w.robots,
        "routes": w.routes,
    }
    root.mkdir(parents=True, exist_ok=True)
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    (root / "scenarios").mkdir(exist_ok=True)
    for name, routes in w.scenarios.items():
        (root / "scenarios" / f"{name}.json").write_text(
            json.dumps({"routes": routes}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    build()
