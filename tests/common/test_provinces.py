"""The province registry: its checks, what derives from it, and adding a province with `new-province`."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from common import provinces
from common.provinces import REGISTRY, parse

ROOT = Path(__file__).resolve().parents[2]


def test_registry_holds_every_provincial_region_and_the_offices_five() -> None:
    ps = provinces.provinces()
    assert len(ps) == 31 and len({p.nbs for p in ps}) == 31
    assert set(provinces.covered_codes()) == {"hubei", "hunan", "shanxi", "jiangxi", "henan"}
    assert provinces.by_name("内蒙古自治区").code == provinces.by_name("内蒙古").code == "neimenggu"  # type: ignore[union-attr]
    assert provinces.by_nbs("420000").code == "hubei"  # type: ignore[union-attr]
    for p in provinces.covered():
        module = importlib.import_module(p.settings_module)
        assert p.code == module.PROVINCE and module.HOSTS


@pytest.mark.parametrize(("change", "message"), [
    (('code = "hubei"', 'code = "Hubei"'), "lower-case"),
    (('nbs = "420000"', 'nbs = "420100"'), "provincial 6-digit"),
    (('nbs = "420000"', 'nbs = "430000"'), "repeats a nbs"),
    (("population = [5000, 6500]", "population = [6500, 5000]"), "range"),
])
def test_a_broken_registry_is_refused(change: tuple[str, str], message: str) -> None:
    text = REGISTRY.read_text(encoding="utf-8")
    assert change[0] in text
    with pytest.raises(ValueError, match=message):
        parse(text.replace(*change, 1))


def test_everything_derives_from_the_registry() -> None:
    from extractors.nbs.parse import region_named
    from provintel.sources import registry
    from reports.documents import labels
    from warehouse.audit import provinces as audited

    names = set(registry())
    for code in provinces.covered_codes():
        assert {f"notices_{code}", f"communiques_{code}", f"releases_{code}"} <= names
    assert all(region_named(p.full_zh) == p.code for p in provinces.provinces())
    assert set(labels()["regions"]) == set(provinces.regions())
    assert audited is provinces.provinces


@pytest.mark.slow
def test_new_province_touches_the_registry_and_its_settings_module_only(tmp_path: Path) -> None:
    """Scaffold Guangdong in a copy of the code; its sources, DAG mapping and labels follow."""
    for top in ("common", "extractors", "transforms", "warehouse", "reports", "provintel", "dags"):
        shutil.copytree(ROOT / top, tmp_path / top, ignore=shutil.ignore_patterns("__pycache__"))
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "provintel.cli", "new-province", "guangdong",
         "--notices", "https://www.gd.gov.cn/zwgk/wjk/qbwj/yf/index.html",
         "--communiques", "http://stats.gd.gov.cn/tjgb/index.html",
         "--monthly", "http://stats.gd.gov.cn/tjfx/index.html"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    changed = sorted(str(p.relative_to(tmp_path)) for p in after if before.get(p) != after[p])
    assert changed == ["common/provinces.toml", "extractors/guangdong/__init__.py", "extractors/guangdong/settings.py"]

    probe = """
import json
from common import provinces
from provintel.sources import registry
from reports.documents import labels
from extractors.crawl import province_settings
s = registry()
print(json.dumps({"covered": list(provinces.covered_codes()),
                  "sources": {n: [x.cadence, list(x.hosts)] for n, x in s.items() if n.endswith("_guangdong")},
                  "label": labels()["regions"]["guangdong"],
                  "lists": [l.url for l in province_settings("guangdong").NOTICE_LISTS]}))
"""
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert "guangdong" in got["covered"]
    # the DAGs map sources by cadence: daily notices, annual communiqués, monthly releases
    assert {n: c for n, (c, _) in got["sources"].items()} == {
        "notices_guangdong": "daily", "communiques_guangdong": "annual", "releases_guangdong": "monthly"}
    assert set(got["sources"]["notices_guangdong"][1]) == {"www.gd.gov.cn", "stats.gd.gov.cn"}
    assert got["label"] == ["廣東", "Guangdong"]
    assert got["lists"] == ["https://www.gd.gov.cn/zwgk/wjk/qbwj/yf/index.html"]

    again = subprocess.run([sys.executable, "-m", "provintel.cli", "new-province", "guangdong", "--notices",
                            "https://a.example/x.html", "--communiques", "https://a.example/y.html"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode != 0 and "covered already" in again.stderr
