"""Henan: portal www.henan.gov.cn (JSON search API for lists) and bureau tjj.henan.gov.cn; constants only."""

from extractors.crawl import ListSpec
from extractors.portal import PortalSettings

PROVINCE = "henan"
HOSTS = ("www.henan.gov.cn", "searchapi.henan.gov.cn", "tjj.henan.gov.cn")
NOTICE_LISTS: tuple[ListSpec, ...] = ()
# lists come from a JSON search API; channel 豫政办 (others: 省政府令 …55691, 豫政 …79063)
NOTICE_SEARCH = ("https://searchapi.henan.gov.cn/open/api/external?keywords=&siteId=4500000001&pageNumber={page}"
                 "&pageSize=10&channelMarkId=45000000010115416542055799")
PORTAL = PortalSettings(province=PROVINCE, body_selectors=(".rule_main .details-box", ".details-box"),
                        detail_href=r"/\d{4}/\d{2}-\d{2}/\d+\.html$")
COMMUNIQUE_LISTS = (ListSpec("https://tjj.henan.gov.cn/tjfw/tjgb/index.html"),)
# inferred column for monthly releases
MONTHLY_LISTS = (ListSpec("https://tjj.henan.gov.cn/tjfw/tjfx/index.html"),)
RELEASE_HREF = r"/\d{4}/\d{2}-\d{2}/\d+\.html$"
