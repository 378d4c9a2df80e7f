"""`provintel new-province CODE`: write a covered province's settings module and mark it covered.

A province is an entry in common/provinces.toml plus extractors/<code>/settings.py; the sources,
their DAG mapping, the audit's bounds, NBS regions, marts and briefing labels derive from those two.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from common import provinces
from common.settings import REPO_ROOT

TEMPLATE = '''"""{en}: portal {portal_host} and statistics bureau {bureau_host}; constants only.

Written by `provintel new-province {code}`: check each list URL, the detail-link pattern and the
body selectors against the live pages before the first run (a first run that finds nothing is
quarantined, never loaded as an empty province).
"""

from extractors.crawl import ListSpec
from extractors.portal import PortalSettings

PROVINCE = "{code}"
HOSTS = ({hosts})
NOTICE_LISTS = ({notice_lists})
PORTAL = PortalSettings(province=PROVINCE, body_selectors=({body_selectors}),
                        detail_href=r"{detail_href}")
COMMUNIQUE_LISTS = ({communique_lists})
MONTHLY_LISTS = ({monthly_lists})
RELEASE_HREF = r"{detail_href}"
'''
TRS_DETAIL = r"t\d{8}_\d+\.s?html$"  # TRS sites (most provincial portals): t20250324_1234567.shtml


def _quoted(items: list[str] | tuple[str, ...], wrap: str = "{}") -> str:
    """A tuple's body in the repository's style: double quotes, a trailing comma (empty when none)."""
    for s in items:
        if '"' in s or "\\" in s or "\n" in s:
            raise ValueError(f"unexpected character in {s!r}")
    body = ", ".join(wrap.format(f'"{s}"') for s in items)
    return body + "," if len(items) == 1 else body


def scaffold(code: str, notice_lists: list[str], communique_lists: list[str], monthly_lists: list[str],
             body_selectors: tuple[str, ...] = ("#zoom", ".article-content"), detail_href: str = TRS_DETAIL,
             root: Path = REPO_ROOT) -> list[Path]:
    """Write extractors/<code>/ and set `covered = true` in the registry; return the files written."""
    registry = root / "common" / "provinces.toml"
    known = {p.code: p for p in provinces.parse(registry.read_text(encoding="utf-8"))}
    if code not in known:
        raise KeyError(f"{code!r} is not in {registry.relative_to(root)}: add its entry (names, NBS code, "
                       f"population range) first; known: {', '.join(sorted(known))}")
    p = known[code]
    if p.covered:
        raise ValueError(f"{code} is covered already (extractors/{code}/settings.py)")
    urls = [*notice_lists, *communique_lists, *monthly_lists]
    if not notice_lists or not communique_lists:
        raise ValueError("give at least one notice list and one communiqué list URL")
    bad = [u for u in urls if urlsplit(u).scheme not in ("http", "https") or not urlsplit(u).hostname]
    if bad:
        raise ValueError(f"not http(s) URLs: {', '.join(bad)}")
    hosts = tuple(dict.fromkeys(str(urlsplit(u).hostname) for u in urls))
    re.compile(detail_href)
    if '"' in detail_href:
        raise ValueError("the detail-link pattern may not contain a double quote")
    marked = _mark_covered(registry.read_text(encoding="utf-8"), code)
    if code not in {p.code for p in provinces.parse(marked) if p.covered}:
        raise ValueError(f"could not mark {code} covered in {registry.name}: edit its entry by hand")
    folder = root / "extractors" / code
    folder.mkdir(parents=True, exist_ok=False)
    (folder / "__init__.py").write_text(f'"""{p.en}: settings only; the shared parsers read them."""\n')
    settings = folder / "settings.py"
    settings.write_text(TEMPLATE.format(
        en=p.en, code=code, portal_host=urlsplit(notice_lists[0]).hostname,
        bureau_host=urlsplit(communique_lists[0]).hostname, hosts=_quoted(hosts),
        notice_lists=_quoted(notice_lists, "ListSpec({})"), body_selectors=_quoted(body_selectors),
        detail_href=detail_href, communique_lists=_quoted(communique_lists, "ListSpec({})"),
        monthly_lists=_quoted(monthly_lists, "ListSpec({})")))
    compile(settings.read_text(), str(settings), "exec")
    staged = registry.with_name(registry.name + ".tmp")
    staged.write_text(marked, encoding="utf-8")
    os.replace(staged, registry)  # the registry changes last, whole
    return [registry, folder / "__init__.py", settings]


def _mark_covered(text: str, code: str) -> str:
    """Add `covered = true` to the entry of `code`, keeping the file's comments and order."""
    blocks = re.split(r"(?m)^(?=\[\[province\]\])", text)
    for i, block in enumerate(blocks):
        if re.search(rf'(?m)^code\s*=\s*["\']{code}["\']\s*(?:#.*)?$', block):
            block = re.sub(r"(?m)^covered\s*=.*\n?", "", block).rstrip("\n")
            blocks[i] = block + "\ncovered = true\n" + ("\n" if i < len(blocks) - 1 else "")
    return "".join(blocks)
