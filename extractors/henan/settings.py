"""Henan: portal www.henan.gov.cn (JSON search API for lists) and bureau tjj.henan.gov.cn; constants only."""

from extractors.crawl import ListSpec
from extractors.portal import PortalSettings

PROVINCE = "henan"
HOSTS = ("www.henan.gov.cn", "searchapi.henan.gov.cn", "tjj.henan.gov.cn")
NOTICE_LISTS: tuple[ListSpec, ...] = ()  # the JSON search API needs its own walker (issue 4)
PORTAL = PortalSettings(province=PROVINCE, body_selectors=(".rule_main .details-box", ".details-box"),
                        detail_href=r"/\d{4}/\d{2}-\d{2}/\d+\.html$")
COMMUNIQUE_LISTS = (ListSpec("https://tjj.henan.gov.cn/tjfw/tjgb/index.html"),)
# inferred column for monthly releases
MONTHLY_LISTS = (ListSpec("https://tjj.henan.gov.cn/tjfw/tjfx/index.html"),)
RELEASE_HREF = r"/\d{4}/\d{2}-\d{2}/\d+\.html$"
