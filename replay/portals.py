"""Synthetic portal pages for Hunan, Shanxi, Jiangxi and Henan, in each portal's documented shape.

Titles and bodies are invented (labelled synthetic in the manifest); structures and quirks follow
shared/sources §2: Hunan's script-written 文号 with a stray space, Shanxi's `var countPage`,
Jiangxi's dataproxy POST rows and NBSP-padded labels, Henan's JSON search API with <em> in titles.
"""

from __future__ import annotations

import json
from typing import Any

SUBJECTS = [  # (title core, a sentence of body that carries the topic)
    ("进一步扩大高水平对外开放稳外资", "支持香港投资者设立外商投资企业，深化与香港特别行政区在金融、物流领域合作。"),
    ("加快发展外贸新业态新模式", "推动跨境电商综合试验区建设，扩大进出口规模，提升口岸通关效率。"),
    ("防汛抗旱应急预案", "各地要加强汛期应急值守，做好突发事件预警和群众转移安置工作。"),
    ("支持科技型企业融资", "鼓励金融机构加大对科技型企业信贷支持，发展知识产权质押融资。"),
    ("持续优化营商环境", "全面推行政务服务一网通办，压减企业开办时间，保障市场主体合法权益。"),
    ("人才强省建设若干措施", "面向海内外引进高层次人才，完善人才安居和子女入学保障。"),
    ("推进制造业高质量发展", "加快汽车、新能源等优势产业集群建设，提升产业链竞争力。"),
    ("安全生产治本攻坚三年行动", "生产经营单位应当落实安全生产责任，防范化解重大安全风险。"),
    ("深化粤港澳大湾区产业合作", "积极承接粤港澳大湾区产业转移，支持港资企业参与重大项目建设。"),
    ("促进服务贸易创新发展", "扩大服务贸易规模，培育数字贸易新优势。"),
    ("加强地质灾害防治", "做好地质灾害隐患排查和预警，确保人民群众生命财产安全。"),
    ("推动数字经济发展", "加快人工智能、工业互联网等新型基础设施建设。"),
    ("做好高校毕业生就业创业", "拓宽高校毕业生就业渠道，支持留学人员回国创业。"),
    ("促进民营经济发展壮大", "依法保护民营企业产权和企业家权益，破除市场准入壁垒。"),
    ("加强耕地保护和粮食安全", "严格落实耕地保护责任，稳定粮食播种面积。"),
]
PORTALS: dict[str, dict[str, Any]] = {
    "hunan": {"name": "湖南", "gov": "湖南省人民政府", "office": "湖南省人民政府办公厅", "p_gov": "湘政发",
              "p_office": "湘政办发", "host": "www.hunan.gov.cn"},
    "shanxi": {"name": "山西", "gov": "山西省人民政府", "office": "山西省人民政府办公厅", "p_gov": "晋政发",
               "p_office": "晋政办发", "host": "www.shanxi.gov.cn"},
    "jiangxi": {"name": "江西", "gov": "江西省人民政府", "office": "江西省人民政府办公厅", "p_gov": "赣府发",
                "p_office": "赣府厅发", "host": "www.jiangxi.gov.cn"},
    "henan": {"name": "河南", "gov": "河南省人民政府", "office": "河南省人民政府办公厅", "p_gov": "豫政",
              "p_office": "豫政办", "host": "www.henan.gov.cn"},
}


def notices(province: str) -> list[dict[str, Any]]:
    """Thirty notices, newest first, with the quirks each portal shows."""
    p = PORTALS[province]
    out = []
    for i in range(30):
        core, sentence = SUBJECTS[i % len(SUBJECTS)]
        office = i % 2 == 0
        issuer = p["office"] if office else p["gov"]
        month = 12 - i // 3
        day = 28 - (i % 3) * 9
        serial = 60 - i
        docno = f"{p['p_office' if office else 'p_gov']}〔2025〕{serial}号"
        if i % 7 == 3:
            docno = docno.replace("〔", "[").replace("〕", "]")  # bracket variant
        if i % 9 == 5:
            docno = docno.translate(str.maketrans("0123456789", "０１２３４５６７８９"))  # full-width digits
        kind = "的通知" if i % 3 == 0 else ("的实施意见" if i % 3 == 1 else "的若干措施")
        title = f"{issuer}关于{'印发' if i % 3 == 0 else ''}{p['name']}省{core}{'方案' if i % 3 == 0 else ''}{kind}"
        out.append({"i": i, "title": title, "docno": docno, "issuer": issuer, "pub": (2025, month, day),
                    "signed": (2025, month, max(1, day - 3)), "sentence": sentence, "id": 5000000 + i * 137})
    return out


def _body(n: dict[str, Any]) -> str:
    y, m, d = n["signed"]
    return (f"<p>各市（州）、县（市、区）人民政府，省政府各部门：</p><p>{n['sentence']}现将有关事项通知如下，请认真贯彻执行。</p>"
            "<p>一、总体要求。坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。</p>"
            "<p>二、重点任务。各地各部门要结合实际，细化工作举措，确保落地见效。</p>"
            f"<p style=\"text-align:right\">{n['issuer']}</p><p style=\"text-align:right\">{y}年{m}月{d}日</p>")


def _date(t: tuple[int, int, int], sep: str = "-") -> str:
    return f"{t[0]}{sep}{t[1]:02d}{sep}{t[2]:02d}"


def detail_url(province: str, n: dict[str, Any]) -> str:
    y, m, d = n["pub"]
    host = PORTALS[province]["host"]
    if province == "hunan":
        return f"https://{host}/hnszf/xxgk/wjk/szfwj/{y}{m:02d}/t{y}{m:02d}{d:02d}_{n['id']}.html"
    if province == "shanxi":
        return f"https://{host}/zfxxgk/zfxxgkzl/fdzdgknr/lzyj/szfwj/{y}{m:02d}/t{y}{m:02d}{d:02d}_{n['id']}.shtml"
    if province == "jiangxi":
        return f"https://{host}/art/{y}/{m}/{d}/art_4975_{n['id']}.html"
    return f"https://{host}/{y}/{m:02d}-{d:02d}/{n['id']}.html"


def detail_html(province: str, n: dict[str, Any], *, validity: str = "有效", extra: str = "") -> str:
    t, pub, signed = n["title"], _date(n["pub"]), n["signed"]
    body = _body(n) + extra
    if province == "hunan":
        # the 文号 is only in the list (script-written); the detail has the date in .a1
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="{pub} 17:30"><meta name="ColumnName" content="省政府文件"><title>{t}</title></head>
<body><div class="main"><div class="content"><h1>{t}</h1><div class="a1">发文日期：{_date(signed)}　来源：湖南省人民政府</div>
<div id="zoom">{body}</div></div></div></body></html>"""
    if province == "shanxi":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="{pub} 10:00"><title>{t}_山西省人民政府</title></head><body>
<table class="affairs-detail-head"><tr><td>索 引 号：</td><td>11140000MB1234567A/2025-{n['id'] % 10000:05d}</td>
<td>发布机构：</td><td>{n['issuer']}</td></tr><tr><td>文　　号：</td><td>{n['docno']}</td><td>成文日期：</td>
<td>{signed[0]}年{signed[1]:02d}月{signed[2]:02d}日</td></tr><tr><td>有 效 性：</td><td>{validity}</td><td>发布日期：</td>
<td>{pub}</td></tr></table><div class="sxgzk-detail-con">{body}</div></body></html>"""
    if province == "jiangxi":
        nb = "\xa0\xa0"
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="{pub}"><title>{t} 江西省人民政府</title></head><body><div class="bg_middle">
<div class="bt-article-y"><table><tr><td><b>索引号:</b>000014349/2025-{n['id'] % 100000:05d}</td><td><b>发布机构:</b>{n['issuer']}</td></tr>
<tr><td><b>文{nb}号:</b>{n['docno']}</td><td><b>成文日期:</b>{_date(signed)}</td></tr>
<tr><td><b>发布日期:</b>{pub}</td><td><b>效力状态:</b>{validity}</td></tr></table></div>
<div class="bt-article-02"><div id="zoom">{body}</div>
<p>附件：<a href="/module/download/downfile.jsp?classid=0&filename={n['id']}.pdf">{t[:10]}附件.pdf</a></p></div></div></body></html>"""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}-河南省人民政府门户网站</title></head><body>
<div class="rule_main"><div class="details-box"><h1>{t}</h1><table class="details-table">
<tr><td class="td-l">发文机关</td><td class="td-r">{n['issuer']}</td><td class="td-l">发文字号</td><td class="td-r">{n['docno']}</td></tr>
<tr><td class="td-l">成文日期</td><td class="td-r">{_date(signed)}</td><td class="td-l">发布日期</td><td class="td-r">{pub}</td></tr></table>
<div class="details-content">{body}</div><div id="xggjbox">相关稿件</div><div class="output">打印</div></div></div></body></html>"""


def list_pages(province: str, items: list[dict[str, Any]]) -> list[tuple[str, str, bytes, dict[str, Any]]]:
    """(url, relative file, body, route spec) for each list page."""
    host = PORTALS[province]["host"]
    html = {"Content-Type": "text/html; charset=utf-8"}
    out = []
    if province == "jiangxi":
        for k in range(0, len(items), 10):
            records = "".join(
                f"<record><![CDATA[<tr><td><a href=\"{detail_url(province, n).split('.gov.cn', 1)[1]}\" "
                f"title=\"{n['title']}\" syh=\"000014349/2025-{n['id'] % 100000:05d}\" mc=\"{n['title']}\" "
                f"rq=\"{_date(n['pub'])}\">{n['title']}</a></td><td>{_date(n['pub'])}</td></tr>]]></record>\n"
                for n in items[k:k + 10])
            body = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(items)}</totalrecord>'
                    f"<recordset>\n{records}</recordset></datastore>").encode()
            out.append((f"https://{host}/module/web/jpage/dataproxy.jsp?startrecord={k + 1}&endrecord={k + 10}&perpage=10",
                        f"{host}/dataproxy_48473_{k + 1}.xml", body,
                        {"method": "POST", "form": {"columnid": "48473"},
                         "headers": {"Content-Type": "text/xml;charset=UTF-8"}}))
        return out
    if province == "henan":
        pages = [items[i:i + 10] for i in range(0, len(items), 10)]
        for k, chunk in enumerate(pages, 1):
            datas = [{"selfUrl": detail_url(province, n),
                      "title": n["title"].replace("关于", "关于<em>", 1).replace("的", "</em>的", 1),
                      "docNum": n["docno"], "docAgency": n["issuer"], "pubDate": _date(n["pub"]) + " 00:00:00",
                      "content": n["sentence"]} for n in chunk]
            doc = {"code": 200, "data": {"totalPage": len(pages), "totalRow": len(items), "datas": datas}}
            url = (f"https://searchapi.henan.gov.cn/open/api/external?keywords=&siteId=4500000001&pageNumber={k}"
                   "&pageSize=10&channelMarkId=45000000010115416542055799")
            out.append((url, f"searchapi.henan.gov.cn/external_{k}.json", json.dumps(doc, ensure_ascii=False).encode(),
                        {"headers": {"Content-Type": "application/json;charset=UTF-8"}}))
        return out
    pages = [items[i:i + 10] for i in range(0, len(items), 10)]
    for k, chunk in enumerate(pages):
        if province == "hunan":
            rows = "\n".join(
                f"<tr><td><a href=\"./{n['pub'][0]}{n['pub'][1]:02d}/t{n['pub'][0]}{n['pub'][1]:02d}{n['pub'][2]:02d}_{n['id']}.html\" "
                f"title=\"{n['title']}\">{n['title']}</a></td><td><script>var fileNum='"
                f"{n['docno'].replace('〔', ' 〔', 1)}';if(fileNum!='null'){{document.write(fileNum)}}</script></td>"
                f"<td>{_date(n['pub'])}</td><td>有效</td></tr>" for n in chunk)
            name = "wjk_glrb.html" if k == 0 else f"wjk_glrb_{k + 1}.html"
            body = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table><thead><tr><th>标题</th>"
                    f"<th>文号</th><th>发布日期</th><th>状态</th></tr></thead><tbody>\n{rows}\n</tbody></table>"
                    f"<script>var countPage = {len(pages)};createPageHTML(countPage, {k}, \"wjk_glrb\", \"html\");</script>"
                    "</body></html>").encode()
            out.append((f"https://{host}/hnszf/xxgk/wjk/szfwj/{name}", f"{host}/hnszf/xxgk/wjk/szfwj/{name}", body,
                        {"headers": html}))
        else:
            rows = "\n".join(
                f"<div class=\"sxinfo-pubfiles-item\"><a href=\"./{n['pub'][0]}{n['pub'][1]:02d}/t{n['pub'][0]}{n['pub'][1]:02d}"
                f"{n['pub'][2]:02d}_{n['id']}.shtml\" title=\"{n['title']}\">{n['title']}</a><span>{n['pub'][0]}年"
                f"{n['pub'][1]:02d}月{n['pub'][2]:02d}日</span></div>" for n in chunk)
            name = "index.shtml" if k == 0 else f"index_{k}.shtml"
            base = "/zfxxgk/zfxxgkzl/fdzdgknr/lzyj/szfwj/"
            body = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"sxinfo-pubfiles\">\n{rows}\n"
                    f"</div><script>var countPage = {len(pages)};var currentPage = {k};</script></body></html>").encode()
            out.append((f"https://{host}{base}{name}", f"{host}{base}{name}", body, {"headers": html}))
    return out
