"""Hubei: portal www.hubei.gov.cn (TRS) and statistics bureau tjj.hubei.gov.cn; constants only."""

from extractors.crawl import ListSpec
from extractors.portal import PortalSettings

PROVINCE = "hubei"
HOSTS = ("www.hubei.gov.cn", "tjj.hubei.gov.cn")
# TRS columns: 鄂政办发, 鄂政发, 省政府令; pages index.shtml, index_1.shtml, ...
NOTICE_LISTS = (
    ListSpec("https://www.hubei.gov.cn/zfwj/ezbf/index.shtml"),
    ListSpec("https://www.hubei.gov.cn/zfwj/ezf/index.shtml"),
    ListSpec("https://www.hubei.gov.cn/zfwj/szfl/index.shtml"),
)
PORTAL = PortalSettings(province=PROVINCE, body_selectors=(".bt-article-02 .article-content", ".bg_middle #zoom"))
COMMUNIQUE_LISTS = (ListSpec("http://tjj.hubei.gov.cn/tjsj/tjgb/ndtjgb/qstjgb/index.shtml"),)
# inferred column for the monthly 全省经济运行 releases
MONTHLY_LISTS = (ListSpec("http://tjj.hubei.gov.cn/tjsj/tjfx/qsjjyx/index.shtml"),)
RELEASE_HREF = r"t\d{8}_\d+\.s?html$"
