"""Synthetic statistics bureau pages for the replay corpus: communiqués and monthly releases.

Figures are the real published ones where shared/sources §4 gives them (REAL below); every other
figure is synthetic, derived deterministically, and each page lists its synthetic figures in an
HTML comment. `expected` records every headline figure a page states, for the parser tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# (province, year) -> indicator -> value (亿元, 元, 万人, %, 亿美元) or (value, growth %)
REAL: dict[tuple[str, int], dict[str, Any]] = {
    ("湖北", 2024): {"gdp": (60012.97, 5.8), "gdp_primary": (5462.18, 3.1), "gdp_secondary": (21573.76, 6.4),
                    "gdp_tertiary": (32977.03, 5.6), "gdp_per_capita": (102832, 5.9), "population": 5834,
                    "urbanization": 66.35, "cpi": 0.4, "retail_sales": (25276.70, 5.1),
                    "trade_total": (7058.4, 9.6), "imports": (2195.4, 3.7), "exports": (4863.0, None),
                    "fdi": (19.22, -29.6), "income": (36947, 5.1), "income_urban": (46987, None),
                    "income_rural": (22580, None)},
    ("湖北", 2023): {"gdp": (55803.63, 6.0), "gdp_primary": (5073.38, None), "gdp_secondary": (20215.50, None),
                    "gdp_tertiary": (30514.74, None), "population": 5838, "urbanization": 65.47,
                    "income": (35809, None)},
    ("河南", 2024): {"gdp": (63589.99, 5.1), "gdp_primary": (5491.4, None), "gdp_secondary": (24346.17, None),
                    "gdp_tertiary": (33752.42, None), "population": 9785, "urbanization": 59.22},
    ("河南", 2023): {"gdp": (59132.39, 4.1), "gdp_primary": (5360.15, None), "gdp_secondary": (22175.27, None),
                    "gdp_tertiary": (31596.98, None), "population": 9815, "gdp_per_capita": (60073, 4.4),
                    "trade_total": (8107.88, -3.8), "exports": (5279.97, None), "imports": (2827.91, None),
                    "fdi": (7.5, None)},
    ("湖南", 2024): {"gdp": (53231.0, 4.8), "gdp_primary": (4899.7, None), "gdp_secondary": (19534.6, None),
                    "gdp_tertiary": (28796.7, None), "population": 6539},
    ("湖南", 2023): {"gdp": (50012.85, 4.6), "gdp_primary": (4621.28, None), "gdp_secondary": (18822.81, None),
                    "gdp_tertiary": (26568.76, None), "population": 6568, "income": (35895, None)},
    ("江西", 2024): {"gdp": (34202.5, 5.1), "gdp_primary": (2605.1, None), "gdp_secondary": (13688.6, None),
                    "gdp_tertiary": (17908.8, None)},
    ("江西", 2023): {"gdp": (32200.1, 4.1), "population": 4515.01, "income": (33217, None)},
    ("山西", 2024): {"gdp": (25494.69, 2.3), "gdp_primary": (1392.48, None), "gdp_secondary": (11021.46, None),
                    "gdp_tertiary": (13080.74, None)},
    ("山西", 2023): {"gdp": (25698.18, None), "population": 3465, "income": (31839, None)},
}
BASE_2023 = {"湖北": 55803.63, "河南": 59132.39, "湖南": 50012.85, "江西": 32200.1, "山西": 25698.18}
POP_2023 = {"湖北": 5838, "河南": 9815, "湖南": 6568, "江西": 4515.01, "山西": 3465}
SHARES = {"湖北": (0.091, 0.359), "河南": (0.086, 0.383), "湖南": (0.092, 0.367), "江西": (0.076, 0.400),
          "山西": (0.055, 0.432)}
CODE = {"湖北": "hubei", "湖南": "hunan", "山西": "shanxi", "江西": "jiangxi", "河南": "henan"}


def _r(x: float, nd: int = 2) -> float:
    return round(x + 1e-9, nd)


def _fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s if "." in s or v == int(v) else s


@dataclass
class Figures:
    """One page's figures: the values written and which of them are synthetic."""

    values: dict[str, Any]
    synthetic: list[str]


def annual_figures(prov: str, year: int) -> Figures:
    real = dict(REAL.get((prov, year), {}))
    synthetic: list[str] = []
    k = {2022: 0.955, 2023: 1.0, 2024: 1.048}[year]
    seed = (sum(map(ord, prov)) % 7) / 10

    def want(name: str, value: Any) -> None:
        if name not in real:
            real[name] = value
            synthetic.append(name)

    gdp = real["gdp"][0] if "gdp" in real else _r(BASE_2023[prov] * k)
    want("gdp", (gdp, _r(4.2 + seed, 1)))
    if real["gdp"][1] is None:
        real["gdp"] = (gdp, _r(4.0 + seed, 1))
        synthetic.append("gdp growth")
    p_share, s_share = SHARES[prov]
    if "gdp_primary" not in real:
        p, s = _r(gdp * p_share), _r(gdp * s_share)
        for name, v in (("gdp_primary", p), ("gdp_secondary", s), ("gdp_tertiary", _r(gdp - p - s))):
            real[name] = (v, None)
            synthetic.append(name)
    for i, name in enumerate(("gdp_primary", "gdp_secondary", "gdp_tertiary")):
        if real[name][1] is None:
            real[name] = (real[name][0], _r(3.0 + i + seed, 1))
            synthetic.append(f"{name} growth")
    pop = real.get("population") or _r(POP_2023[prov] * (1 + (2023 - year) * 0.002), 2)
    want("population", pop)
    want("urbanization", _r(58.0 + seed * 10 + (year - 2022) * 0.8, 2))
    want("gdp_per_capita", (round(gdp * 1e8 / (pop * 1e4)), _r(4.5 + seed, 1)))
    want("cpi", _r(0.2 + seed / 2, 1))
    want("retail_sales", (_r(gdp * 0.40), _r(5.0 + seed, 1)))
    trade = real.get("trade_total", (_r(gdp * 0.09 + 400 * seed), _r(3.0 + seed * 5, 1)))
    want("trade_total", trade)
    if "exports" not in real:
        ex = _r(trade[0] * 0.65)
        real["exports"] = (ex, _r(trade[1] + 2.1, 1))
        real["imports"] = (_r(trade[0] - ex), _r(trade[1] - 3.2, 1))
        synthetic += ["exports", "imports"]
    for name in ("exports", "imports"):
        if real[name][1] is None:
            real[name] = (real[name][0], _r(trade[1] + (1.7 if name == "exports" else -2.4), 1))
            synthetic.append(f"{name} growth")
    want("fdi", (_r(8.0 + seed * 20, 2), _r(-12.5 + seed * 10, 1)))
    if real["fdi"][1] is None:
        real["fdi"] = (real["fdi"][0], _r(-8.3 - seed, 1))
        synthetic.append("fdi growth")
    income = real.get("income", (round(30000 + seed * 9000 + (year - 2022) * 1500), None))
    if "income" not in REAL.get((prov, year), {}):
        synthetic.append("income")
    real["income"] = (income[0], income[1] if income[1] is not None else _r(5.0 + seed, 1))
    if income[1] is None:
        synthetic.append("income growth")
    for name, f in (("income_urban", 1.27), ("income_rural", 0.61)):
        if name not in real:
            real[name] = (round(real["income"][0] * f), None)
            synthetic.append(name)
        if real[name][1] is None:
            real[name] = (real[name][0], _r(real["income"][1] + (-0.8 if f > 1 else 1.2), 1))
            synthetic.append(f"{name} growth")
    return Figures(real, synthetic)


def communique_text(prov: str, year: int, f: Figures) -> tuple[list[str], list[dict[str, Any]]]:
    """Paragraphs of a communiqué in the province's own phrasing, and the figures they state."""
    v = f.values
    gdp, g = v["gdp"]
    p1, p2, p3 = v["gdp_primary"], v["gdp_secondary"], v["gdp_tertiary"]
    sp = " " if prov == "河南" else ""  # Henan puts spaces around numbers
    lead = {
        "湖北": f"初步核算，{year}年全省生产总值为{_fmt(gdp)}亿元，按可比价格计算，比上年增长{g}%。",
        "湖南": f"初步核算，全年全省地区生产总值{_fmt(gdp)}亿元，比上年增长{g}%。",
        "山西": f"经初步核算，全年全省地区生产总值{_fmt(gdp)}亿元，按不变价格计算，比上年增长{g}%。",
        "江西": f"初步核算，全年全省地区生产总值（GDP）{_fmt(gdp)}亿元，比上年增长{g}%。",
        "河南": f"初步核算，全年全省地区生产总值{sp}{_fmt(gdp)}{sp}亿元，比上年增长{sp}{g}%。",
    }[prov]
    paras = [
        "一、综合",
        lead + f"其中，第一产业增加值{sp}{_fmt(p1[0])}{sp}亿元，增长{sp}{p1[1]}%；第二产业增加值{sp}{_fmt(p2[0])}{sp}"
               f"亿元，增长{sp}{p2[1]}%；第三产业增加值{sp}{_fmt(p3[0])}{sp}亿元，增长{sp}{p3[1]}%。"
               f"三次产业结构为{_r(p1[0] / gdp * 100, 1)}：{_r(p2[0] / gdp * 100, 1)}：{_r(p3[0] / gdp * 100, 1)}。",
        f"全年人均地区生产总值{v['gdp_per_capita'][0]}元，比上年增长{v['gdp_per_capita'][1]}%。",
        f"年末全省常住人口{_fmt(v['population'])}万人。常住人口城镇化率{_fmt(v['urbanization'])}%，比上年末提高0.8个百分点。"
        "人口自然增长率为-1.25‰。",
        f"全年居民消费价格比上年上涨{v['cpi']}%，其中食品价格下降1.6%。",
        f"全年社会消费品零售总额{_fmt(v['retail_sales'][0])}亿元，比上年增长{v['retail_sales'][1]}%。"
        "按经营地统计，城镇消费品零售额增长5.0%。",
        f"全年货物进出口总额{_fmt(v['trade_total'][0])}亿元，比上年增长{v['trade_total'][1]}%，其中，"
        f"出口{_fmt(v['exports'][0])}亿元，增长{v['exports'][1]}%；进口{_fmt(v['imports'][0])}亿元，"
        f"增长{v['imports'][1]}%。".replace("增长-", "下降"),
        f"全年实际使用外资{_fmt(v['fdi'][0])}亿美元，比上年增长{v['fdi'][1]}%。新设立外商投资企业316家。"
        .replace("增长-", "下降"),
        f"全年全省居民人均可支配收入{v['income'][0]}元，比上年增长{v['income'][1]}%。城镇常住居民人均可支配收入"
        f"{v['income_urban'][0]}元，增长{v['income_urban'][1]}%；农村常住居民人均可支配收入{v['income_rural'][0]}元，"
        f"增长{v['income_rural'][1]}%。",
        "注释：[1]地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。",
    ]
    period = str(year)

    def fig(ind: str, measure: str, value: float, unit: str) -> dict[str, Any]:
        return {"indicator": ind, "measure": measure, "period": period, "cumulative": False, "value": value,
                "unit": unit}

    yi = 1e8
    stated = [
        fig("gdp", "level", round(gdp * yi), "CNY"), fig("gdp", "yoy_pct", g, "pct"),
        *[x for name, val in (("gdp_primary", p1), ("gdp_secondary", p2), ("gdp_tertiary", p3))
          for x in (fig(name, "level", round(val[0] * yi), "CNY"), fig(name, "yoy_pct", val[1], "pct"))],
        fig("gdp_per_capita", "level", v["gdp_per_capita"][0], "CNY"),
        fig("gdp_per_capita", "yoy_pct", v["gdp_per_capita"][1], "pct"),
        fig("population_resident", "level", round(v["population"] * 1e4), "persons"),
        fig("urbanization_rate", "level", v["urbanization"], "pct"),
        fig("urbanization_rate", "pp_change", 0.8, "pct"),
        *[fig(name, "share_pct", _r(val[0] / gdp * 100, 1), "pct")
          for name, val in (("gdp_primary", p1), ("gdp_secondary", p2), ("gdp_tertiary", p3))],
        fig("natural_growth_rate", "level", -1.25, "permille"),
        fig("retail_sales_urban", "yoy_pct", 5.0, "pct"),
        fig("fdi_new_enterprises", "level", 316, "count"),
        fig("cpi", "yoy_pct", v["cpi"], "pct"),
        fig("retail_sales", "level", round(v["retail_sales"][0] * yi), "CNY"),
        fig("retail_sales", "yoy_pct", v["retail_sales"][1], "pct"),
        *[x for name in ("trade_total", "exports", "imports")
          for x in (fig(name, "level", round(v[name][0] * yi), "CNY"), fig(name, "yoy_pct", v[name][1], "pct"))],
        fig("fdi_utilized", "level", round(v["fdi"][0] * yi), "USD"), fig("fdi_utilized", "yoy_pct", v["fdi"][1], "pct"),
        *[x for name, ind in (("income", "disposable_income_per_capita"),
                              ("income_urban", "disposable_income_per_capita_urban"),
                              ("income_rural", "disposable_income_per_capita_rural"))
          for x in (fig(ind, "level", v[name][0], "CNY"), fig(ind, "yoy_pct", v[name][1], "pct"))],
    ]
    return paras, stated


# monthly releases: (title period word, published (y, m, d), period key, cumulative, end month)
MONTHLY = [
    ("1-2月", (2025, 3, 18), "2025-02", True), ("一季度", (2025, 4, 18), "2025-Q1", False),
    ("1-4月", (2025, 5, 20), "2025-04", True), ("1-5月", (2025, 6, 18), "2025-05", True),
    ("上半年", (2025, 7, 18), "2025-Q2", True), ("1-7月", (2025, 8, 19), "2025-07", True),
    ("1-8月", (2025, 9, 18), "2025-08", True), ("前三季度", (2025, 10, 22), "2025-Q3", True),
    ("1-10月", (2025, 11, 19), "2025-10", True), ("1-11月", (2025, 12, 18), "2025-11", True),
    ("全年", (2026, 1, 21), "2025", False), ("1-2月", (2026, 3, 18), "2026-02", True),
]


def monthly_text(prov: str, i: int) -> tuple[str, list[str], list[dict[str, Any]]]:
    word, (y, m, d), period, cumulative = MONTHLY[i]
    seed = (sum(map(ord, prov)) % 7) / 10
    year = int(period[:4])
    title = {
        "湖南": f"{word}湖南经济运行情况",
        "湖北": f"{year}年{word}全省经济运行情况",
        "山西": f"{year}年{word}山西省国民经济运行情况",
        "江西": f"{year}年{word}江西经济运行情况",
        "河南": f"{year}年{word}河南省经济运行情况",
    }[prov]
    iva = _r(5.5 + seed + (i % 4) * 0.3, 1)
    fai = _r(-1.5 + seed * 3 - (i % 3) * 0.4, 1)
    months = 12 if word == "全年" else (int(period[5:7]) if period[5:6] != "Q" else 3 * int(period[-1]))
    retail = _r(BASE_2023[prov] * 0.40 * months / 12 * 1.05)
    retail_g = _r(4.6 + seed - (i % 5) * 0.2, 1)
    cpi = _r(-0.3 + seed / 2 + (i % 3) * 0.1, 1)
    lead = "" if word in ("全年", "一季度") else word + "，"
    scope = {"一季度": "一季度，", "全年": "全年，"}.get(word, lead)
    paras = [f"{scope}全省规模以上工业增加值同比增长{iva}%。"
             f"{scope}全省固定资产投资同比{'增长' if fai >= 0 else '下降'}{abs(fai)}%。",
             f"{scope}社会消费品零售总额{_fmt(retail)}亿元，同比增长{retail_g}%。",
             f"{scope}全省居民消费价格同比{'上涨' if cpi > 0 else ('下降' if cpi < 0 else '持平')}"
             f"{abs(cpi) if cpi else ''}{'%' if cpi else ''}。"]
    stated = [{"indicator": "industrial_value_added", "measure": "yoy_pct", "value": iva},
              {"indicator": "fixed_asset_investment", "measure": "yoy_pct", "value": fai},
              {"indicator": "retail_sales", "measure": "level", "value": round(retail * 1e8)},
              {"indicator": "retail_sales", "measure": "yoy_pct", "value": retail_g},
              {"indicator": "cpi", "measure": "yoy_pct", "value": cpi}]
    if period[5:6] in ("Q", "") or word == "上半年":
        gdp = _r(BASE_2023[prov] * 1.05 * months / 12)
        gg = _r(4.8 + seed, 1)
        paras.insert(0, f"根据地区生产总值统一核算结果，{scope}全省地区生产总值{_fmt(gdp)}亿元，按不变价格计算，同比增长{gg}%。")
        stated += [{"indicator": "gdp", "measure": "level", "value": round(gdp * 1e8)},
                   {"indicator": "gdp", "measure": "yoy_pct", "value": gg}]
    if months not in (3, 6, 9, 12) and word != "1-2月":
        single = _r(retail * 0.09)
        paras.append(f"{months}月份，社会消费品零售总额{_fmt(single)}亿元，同比增长{_r(retail_g - 0.7, 1)}%。")
        stated += [{"indicator": "retail_sales", "measure": "level", "value": round(single * 1e8),
                    "period": f"{year}-{months:02d}", "cumulative": False},
                   {"indicator": "retail_sales", "measure": "yoy_pct", "value": _r(retail_g - 0.7, 1),
                    "period": f"{year}-{months:02d}", "cumulative": False}]
    for s in stated:
        s.setdefault("period", period)
        s.setdefault("cumulative", cumulative)
        s.setdefault("unit", "CNY" if s["measure"] == "level" else "pct")
    return title, paras, stated
