"""The example notebooks run against a warehouse the real pipeline built, so they never rot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provintel import pipeline
from replay.server import Corpus

pytestmark = pytest.mark.slow
NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory, replay_server: Any) -> Path:
    home = tmp_path_factory.mktemp("notebooks") / "home"
    with pytest.MonkeyPatch.context() as mp:
        for k, v in {"PROVINTEL_HOME": str(home), "PROVINTEL_REPLAY": replay_server.base_url,
                     "PROVINTEL_MIN_INTERVAL": "0", "PROVINTEL_BACKOFF_BASE": "0.01"}.items():
            mp.setenv(k, v)
        replay_server.corpus = Corpus.load()
        replay_server.reset()
        for source in ["nbs", *(f"communiques_{p}" for p in ("hubei", "hunan", "shanxi", "jiangxi", "henan")),
                       "releases_hubei", "notices_henan", "notices_hubei"]:
            pipeline.run(source, "1").raise_for_failures()
        replay_server.corpus = Corpus.load(scenarios=["nbs_revised"])
        pipeline.run("nbs", "2").raise_for_failures()
        replay_server.corpus = Corpus.load()
    return home


def test_there_are_notebooks() -> None:
    assert len(NOTEBOOKS) >= 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes(path: Path, demo_warehouse: Path, monkeypatch: pytest.MonkeyPatch,
                           tmp_path: Path) -> None:
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    monkeypatch.setenv("PROVINTEL_HOME", str(demo_warehouse))
    nb = nbformat.read(path, as_version=4)
    # the kernel talks over a unix socket: no TCP ports, nothing for the loopback guard to police
    # (the socket files live under tmp_path, not in the checkout)
    km = KernelManager(kernel_name="python3", transport="ipc", ip=str(tmp_path / "kernel-ipc"))
    NotebookClient(nb, km=km, timeout=180, resources={"metadata": {"path": str(path.parent.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any(o.get("output_type") == "execute_result" for o in outputs)
    # charts render inline: a reader sees them in the notebook, not only in a saved file
    assert any("image/png" in o.get("data", {}) for o in outputs if o.get("output_type") == "display_data")
