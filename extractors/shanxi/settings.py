"""Shanxi: portal www.shanxi.gov.cn (TRS) and bureau tjj.shanxi.gov.cn; constants only."""

from extractors.crawl import ListSpec
from extractors.portal import PortalSettings

PROVINCE = "shanxi"
HOSTS = ("www.shanxi.gov.cn", "tjj.shanxi.gov.cn")
NOTICE_LISTS = (ListSpec("https://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/fdzdgknr/lzyj/szfwj/index.shtml"),)
PORTAL = PortalSettings(province=PROVINCE, body_selectors=(".sxgzk-detail-con", ".sxszf-detail"))
COMMUNIQUE_LISTS = (ListSpec("http://tjj.shanxi.gov.cn/tjsj/tjgb/index.shtml"),)
MONTHLY_LISTS = (ListSpec("http://tjj.shanxi.gov.cn/tjsj/tjfx/index.shtml"),)
RELEASE_HREF = r"t\d{8}_\d+\.s?html$"
