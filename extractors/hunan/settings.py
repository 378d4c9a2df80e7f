"""Hunan: portal www.hunan.gov.cn (TRS, .html) and bureau tjj.hunan.gov.cn; constants only."""

from extractors.crawl import ListSpec
from extractors.portal import PortalSettings

PROVINCE = "hunan"
HOSTS = ("www.hunan.gov.cn", "tjj.hunan.gov.cn")
# 省政府文件; pages wjk_glrb.html, wjk_glrb_2.html, ...; the 文号 is written by a script in the list
NOTICE_LISTS = (ListSpec("https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/wjk_glrb.html", first_suffix=2),)
PORTAL = PortalSettings(province=PROVINCE, body_selectors=(".content #zoom", "#zoom", ".content"))
COMMUNIQUE_LISTS = (ListSpec("https://tjj.hunan.gov.cn/tjsj/tjgb/index.html"),)
MONTHLY_LISTS = (ListSpec("https://tjj.hunan.gov.cn/hntj/tjfx/jmxx/index.html"),)
RELEASE_HREF = r"t\d{8}_\d+\.html$"
