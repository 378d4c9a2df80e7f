"""The replay corpus: what build_corpus writes is what is committed, and it serves like the sites."""

from __future__ import annotations

import filecmp
from pathlib import Path
from typing import Any

import requests

from replay.build_corpus import build
from tests.conftest import CORPUS


def test_committed_corpus_is_what_the_builder_writes(tmp_path: Path) -> None:
    build(tmp_path)
    assert (tmp_path / "manifest.json").read_text() == (CORPUS / "manifest.json").read_text()
    for sub in ("files", "scenarios"):
        cmp = filecmp.dircmp(tmp_path / sub, CORPUS / sub)
        stack = [cmp]
        while stack:
            c = stack.pop()
            assert not (c.left_only or c.right_only or c.diff_files), (c.left, c.left_only, c.right_only, c.diff_files)
            stack.extend(c.subdirs.values())


def test_routes_by_host_header(replay: Any) -> None:
    r = requests.get(f"{replay.base_url}/zfwj/ezbf/index.shtml", headers={"Host": "www.hubei.gov.cn"}, timeout=5)
    assert r.status_code == 200 and "list_block" in r.text and r.headers["ETag"]
    r = requests.get(f"{replay.base_url}/zfwj/ezbf/index.shtml", headers={"Host": "www.hunan.gov.cn"}, timeout=5)
    assert r.status_code == 404


def test_gbk_body_served_without_charset(replay: Any) -> None:
    path = "/zfwj/ezbf/202512/t20251215_5831177.shtml"
    r = requests.get(f"{replay.base_url}{path}", headers={"Host": "www.hubei.gov.cn"}, timeout=5)
    assert r.headers["Content-Type"] == "text/html"
    assert r.content == (CORPUS / "files" / "www.hubei.gov.cn" / path.lstrip("/")).read_bytes()


def test_nbs_api_answers_307_until_warmed(replay: Any) -> None:
    api = "/dg/website/publicrelease/web/external/new/queryIndexTreeAsync?pid=&code=6"
    s = requests.Session()
    r = s.get(f"{replay.base_url}{api}", headers={"Host": "data.stats.gov.cn"}, allow_redirects=False, timeout=5)
    assert r.status_code == 307
    s.get(f"{replay.base_url}/dg/website/page.html", headers={"Host": "data.stats.gov.cn"}, timeout=5)
    r = s.get(f"{replay.base_url}{api}", headers={"Host": "data.stats.gov.cn"}, timeout=5)
    assert r.status_code == 200 and r.json()["success"] is True
