"""Hubei portal: list URLs and selectors; constants only."""

from extractors.portal import PortalSettings

PROVINCE = "hubei"
HOSTS = ("www.hubei.gov.cn", "tjj.hubei.gov.cn")
# TRS columns: 鄂政办发, 鄂政发, 省政府令; pages index.shtml, index_1.shtml, ...
NOTICE_LISTS = (
    "https://www.hubei.gov.cn/zfwj/ezbf/index.shtml",
    "https://www.hubei.gov.cn/zfwj/ezf/index.shtml",
    "https://www.hubei.gov.cn/zfwj/szfl/index.shtml",
)
PORTAL = PortalSettings(
    province=PROVINCE,
    body_selectors=(".bt-article-02 .article-content", ".bg_middle #zoom"),
    list_item_selector="div.list_block li",
)
