"""NBS endpoints and the catalogue paths this project reads: constants only."""

from dataclasses import dataclass

HOST = "data.stats.gov.cn"
BASE = "https://data.stats.gov.cn/dg/website/publicrelease/web/external"
# one GET of this page warms the WAF cookie; without it the API answers 307 to itself
WARM_UP = "https://data.stats.gov.cn/dg/website/page.html"
HEADERS = {
    "Origin": "https://data.stats.gov.cn",
    "Referer": "https://data.stats.gov.cn/dg/website/page.html",
    "Accept": "application/json, text/plain, */*",
}
NATIONAL_REGION = {"text": "全国", "value": "000000000000"}
ALL_REGIONS_GROUP = "全部地区"



@dataclass(frozen=True)
class SeriesSet:
    """A tree code, the names down to the leaf, the periods to ask for, and whose figures they are.

    Codes: 1/2/3 national monthly/quarterly/annual; 4/5/6 provincial monthly/quarterly/annual.
    Period ranges use the API's tokens: 2024YY, 202502SS (2025 Q2), 202507MM.
    """

    code: str
    path: tuple[str, ...]
    dts: str
    scope: str  # provincial | national


SERIES = (
    SeriesSet("6", ("国民经济核算", "地区生产总值"), "2023YY-2024YY", "provincial"),
    SeriesSet("3", ("国民经济核算", "国内生产总值"), "2023YY-2024YY", "national"),
    SeriesSet("5", ("国民经济核算", "地区生产总值(季度)"), "202501SS-202503SS", "provincial"),
    SeriesSet("2", ("国民经济核算", "国内生产总值(季度)"), "202501SS-202503SS", "national"),
    SeriesSet("4", ("工业", "规模以上工业增加值"), "202507MM-202510MM", "provincial"),
    SeriesSet("1", ("价格指数", "居民消费价格指数"), "202507MM-202510MM", "national"),
)
