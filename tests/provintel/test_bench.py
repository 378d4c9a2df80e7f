"""The bench's archived copies of a release: alike in shape, different in figures."""

from provintel.bench import REAL_RELEASES, vary


def test_a_copy_varies_every_figure_and_nothing_else() -> None:
    page = "生产总值60012.97亿元，增长5.8%，三次产业结构为8.9∶36.5∶54.6，2024.12.31发布".encode()
    assert vary(page, 7).decode() == "生产总值60012.97007亿元，增长5.8007%，三次产业结构为8.9∶36.5∶54.6，2024.12.31发布"
    assert len({vary(page, k) for k in range(270)}) == 270
    for ratio in ("8.9：36.5：54.6调整为", "8.9:36.5:54.6调整为", "8.9∶36.5∶54.6调整为"):
        assert vary(ratio.encode(), 7) == ratio.encode()


def test_a_copy_of_the_real_communique_reads_as_the_communique_does() -> None:
    from extractors.releases import ReleaseStats, parse_release

    page = (REAL_RELEASES / "hubei_2024_communique.html").read_bytes()
    original = {(o.indicator, o.measure, o.period): o.value for o in parse_release(page, None, "hubei", ReleaseStats())}
    copy = {(o.indicator, o.measure, o.period): o.value
            for o in parse_release(vary(page, 269), None, "hubei", ReleaseStats())}
    assert copy.keys() == original.keys() and len(copy) > 150
    # 5.8 -> 5.8269 (a rate), 60012.97 -> 60012.97269 (a level in 亿元): close, never the same text
    assert all(abs(copy[k] - v) <= max(0.03, abs(v) * 1e-3) for k, v in original.items())
    assert sum(copy[k] != v for k, v in original.items()) > 100  # the figures did change
