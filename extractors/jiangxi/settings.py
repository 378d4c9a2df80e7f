"""Jiangxi: Hanweb sites www.jiangxi.gov.cn and tjj.jiangxi.gov.cn; list rows come from a POST
to dataproxy.jsp; constants only."""

from extractors.crawl import ListSpec
from extractors.portal import PortalSettings

PROVINCE = "jiangxi"
HOSTS = ("www.jiangxi.gov.cn", "tjj.jiangxi.gov.cn")
# rows come in record groups: startrecord/endrecord; the answer says <totalrecord>
_PROXY = "https://{host}/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord={group}&perpage={perpage}"


def _column(host: str, col: str, unitid: str, group: int = 45, perpage: int = 15) -> ListSpec:
    return ListSpec(f"https://{host}/col/col{col}/index.html",
                    proxy=_PROXY.format(host=host, group=group, perpage=perpage),
                    form={"col": "1", "webid": "3", "path": f"https://{host}/", "columnid": col,
                          "sourceContentType": "1", "unitid": unitid, "permissiontype": "0"})


NOTICE_LISTS = (_column("www.jiangxi.gov.cn", "48473", "406462", group=10, perpage=10),)
PORTAL = PortalSettings(province=PROVINCE, body_selectors=(".bt-article-02 #zoom", "#zoom", ".bg_middle"),
                        detail_href=r"art_\d+_\d+\.html$")
COMMUNIQUE_LISTS = (_column("tjj.jiangxi.gov.cn", "38595", "229221"),)
# inferred column for monthly 经济运行 releases
MONTHLY_LISTS = (_column("tjj.jiangxi.gov.cn", "38596", "229221"),)
RELEASE_HREF = r"art_\d+_\d+\.html$"
