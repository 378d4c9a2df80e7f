"""The `provintel` command: run stages, check pages by hand, and see how the sources are doing."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from contextlib import closing
from pathlib import Path
from typing import Any


def _date(text: str) -> str:
    """An argparse type: a calendar date (YYYY-MM-DD), returned as given."""
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    return text


def _moment(text: str) -> str:
    """An argparse type: a date or an ISO date-time."""
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or ISO time: {text!r}") from None
    return text


def _one_of(kind: str, valid: list[str], text: str) -> str:
    import difflib

    if text in valid:
        return text
    close = difflib.get_close_matches(text, valid, n=3)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise argparse.ArgumentTypeError(f"unknown {kind} {text!r}; {hint}valid: {', '.join(valid)}")


def _source(text: str) -> str:
    from provintel.sources import registry

    return _one_of("source", list(registry()), text)


def _province(text: str) -> str:
    from common.provinces import covered_codes

    return _one_of("province", list(covered_codes()), text)


def _region(text: str) -> str:
    from common.provinces import regions

    return _one_of("region", list(regions()), text)


def _indicator(text: str) -> str:
    from extractors.catalogue import indicators

    return _one_of("indicator", sorted(indicators()), text)


def _folder(text: str) -> str:
    if not Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {text}")
    return text


def _file(text: str) -> str:
    if not Path(text).is_file():
        raise argparse.ArgumentTypeError(f"no such file: {text}")
    return text


def _batch(text: str) -> str:
    if not (Path(text) / "manifest.json").is_file():
        raise argparse.ArgumentTypeError(f"not a batch folder (no manifest.json): {text}")
    return text


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {n}")
    return n




def status_rows() -> list[dict[str, Any]]:
    """One row per registered source: its latest load (the published snapshot, and runs.jsonl for loads
    that published nothing or are still to be published)."""
    from provintel.sources import registry
    from warehouse.db import NoSnapshot, connect, paths
    from warehouse.queries import recorded_runs, source_status

    found: dict[str, tuple[Any, ...]] = {}
    try:
        with closing(connect()) as con:
            found = source_status(con)
            runs = recorded_runs(con)
    except NoSnapshot:
        live, _, current = paths()
        runs = recorded_runs()
        if current.exists() or (live.exists() and not runs):
            raise  # a pointer to a missing or broken snapshot, or loads never published: not "never run"
    # a load that changed something (any outcome but no_change) the snapshot readers open lacks, however
    # old: the rule publishing follows (warehouse.db.unpublished)
    waiting = {e["source"] for e in runs if e["status"] != "no_change"}
    for e in runs:
        known = found.get(e["source"])
        if known is None or known[1] is None or e["finished_at"] > known[1]:
            failed = (known[6] if known else 0) + (e["status"] in ("quarantined", "partial"))
            # the blocked-fetch counts belong to the published load; this one's are in its batch
            failure = (e["finished_at"], f"{e['status']}: {e['reason'] or '-'}") \
                if e["status"] in ("quarantined", "partial") else (known[10:12] if known else (None, None))
            found[e["source"]] = (e["source"], e["finished_at"], e["status"], e["rows_loaded"], e["pages_fetched"],
                                  e["pages_failed"], failed, 0, None, e["reason"], *failure)
    rows = []
    for name in registry():
        r = found.get(name)
        if r is None:
            rows.append({"source": name, "last_run": None, "outcome": "never run", "rows_loaded": 0,
                         "pages_fetched": 0, "pages_failed": 0, "failed_loads": 0, "blocked_fetches": 0,
                         "blocked_kinds": None, "reason": None, "last_failed": None, "last_failure": None,
                         "published": None})
            continue
        rows.append({"source": name, "last_run": r[1].isoformat(timespec="seconds") if r[1] else None,
                     "outcome": r[2], "rows_loaded": r[3], "pages_fetched": r[4], "pages_failed": r[5],
                     "failed_loads": r[6], "blocked_fetches": r[7], "blocked_kinds": r[8], "reason": r[9],
                     "last_failed": r[10].isoformat(timespec="seconds") if r[10] else None, "last_failure": r[11],
                     "published": name not in waiting})
    return rows


def cmd_status(args: argparse.Namespace) -> int:
    rows = status_rows()
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        header = f"{'source':<20} {'last run (UTC)':<26} {'outcome':<12} {'rows':>6} {'pages':>6} " \
                 f"{'failed':>6} {'failed loads':>12} {'blocked':>8}"
        print(header)
        print("-" * len(header))
        for r in rows:
            print(f"{r['source']:<20} {r['last_run'] or '-':<26} {r['outcome']:<12} {r['rows_loaded']:>6} "
                  f"{r['pages_fetched']:>6} {r['pages_failed']:>6} {r['failed_loads']:>12} "
                  f"{r['blocked_fetches']:>8}" + (f"  ({r['blocked_kinds']})" if r["blocked_kinds"] else ""))
            if r["reason"]:
                print(f"{'':<20} why: {r['reason'][:300]}")
            elif r["last_failure"]:  # loaded well since: when the last failure was, and why (provintel quarantine)
                print(f"{'':<20} last failed {r['last_failed']}: {r['last_failure'][:280]}")
    if args.format != "json":
        from warehouse.db import storage

        waiting = [r["source"] for r in rows if r["published"] is False]
        if waiting:
            print(f"\nnot yet published: {', '.join(waiting)}: loaded into the warehouse but not in the snapshot "
                  "analysts and briefings read. A DAG run publishes once its loads are done; after a failed "
                  "publish (disk full, crash) `provintel publish`, or the next publish of any run, does.")
        print(f"\nstorage: {storage().describe()}")
    problems = briefing_problems()
    if problems and args.format != "json":
        print("\nbriefings needing attention (provintel deliveries for all):")
        for line in problems:
            print(f"    {line}")
    failed = any(r["outcome"] in ("quarantined", "partial") for r in rows) or bool(problems)
    return 1 if failed and args.strict else 0


def briefing_problems() -> list[str]:
    """Deliveries that failed, were interrupted, or wait for approval."""
    from common.settings import settings
    from reports.delivery import ledger_path, status

    if not ledger_path(settings()).exists():
        return []
    out = []
    for r in status():
        if r["state"] in ("failed", "sending"):
            out.append(f"{r['id']} to {r['bureau']}: {r['state']}" + (f" ({r['error']})" if r["error"] else ""))
        elif r["requires_approval"] and not r["approved_by"]:
            out.append(f"{r['id']}: held until `provintel approve {r['id']}`")
    return sorted(set(out))


def _report(summary: Any) -> int:
    """Print a load summary; exit 1 when anything in the run failed (as the Airflow task would)."""
    from common.contracts import BatchFailed

    print(json.dumps(summary.__dict__, ensure_ascii=False, indent=1))
    try:
        summary.raise_for_failures()
    except BatchFailed as exc:
        print(f"failed: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from provintel.pipeline import run, run_many

    if len(args.source) == 1:
        return _report(run(args.source[0], since=args.since))
    # several sources: extracted concurrently (one thread per host), loaded one by one, published once
    return max(_report(summary) for summary in run_many(list(dict.fromkeys(args.source)), since=args.since))


def cmd_import_pages(args: argparse.Namespace) -> int:
    from provintel.pipeline import import_pages, load

    summary = load(import_pages(Path(args.folder), args.province))
    return _report(summary)


def cmd_extract(args: argparse.Namespace) -> int:
    from provintel.pipeline import extract

    print(extract(args.source, since=args.since))
    return 0


def cmd_new_province(args: argparse.Namespace) -> int:
    from provintel.scaffold import scaffold

    written = scaffold(args.code, args.notices, args.communiques, args.monthly or [],
                       tuple(args.body_selector or ("#zoom", ".article-content")))
    for path in written:
        print(f"wrote {path}")
    print(f"{args.code} is covered: sources notices_{args.code}, communiques_{args.code}, releases_{args.code}. "
          f"Check the settings against the live pages, then `provintel run notices_{args.code}`.")
    return 0


def cmd_reparse(args: argparse.Namespace) -> int:
    from provintel.pipeline import load, reparse

    return _report(load(reparse(args.source, since=args.since)))


def cmd_load(args: argparse.Namespace) -> int:
    from provintel.pipeline import load

    summary = load(Path(args.batch))
    return _report(summary)


def cmd_publish(args: argparse.Namespace) -> int:
    """After a deploy: apply its migrations and publish, so readers never meet new code on an old snapshot."""
    from common.settings import settings
    from warehouse.db import writer
    from warehouse.load import publish_pending

    print("opening the warehouse writer (waits while a load holds it) ...", file=sys.stderr, flush=True)
    with writer() as con:  # opening the writer applies the migrations a deploy brought
        snapshot = publish_pending(con, settings(), "deploy")
    print(f"published {snapshot.name}" if snapshot is not None
          else "nothing to publish: the current snapshot has every load and the current build")
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    """Give back the room deleted and rewritten rows left in the live file, then publish the smaller file."""
    from common.settings import settings
    from warehouse.load import compact_live

    print("opening the warehouse writer (waits while a load holds it) ...", file=sys.stderr, flush=True)
    before, after, snapshot = compact_live(settings())
    print(f"live file rewritten: {before / 1024**3:.2f} GB -> {after / 1024**3:.2f} GB; published {snapshot.name} "
          "(older snapshots keep their size until newer ones replace them)")
    return 0


def _json_value(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def cmd_parse(args: argparse.Namespace) -> int:
    from common.records import ParseError

    data = Path(args.path).read_bytes()
    try:
        if args.what == "nbs":
            from extractors.nbs.parse import parse_any

            out: Any = [{k: _json_value(v) for k, v in o.as_dict().items()} for o in parse_any(data)]
        elif args.what == "release":
            from extractors.releases import ReleaseStats, parse_release

            stats = ReleaseStats()
            out = [{k: _json_value(v) for k, v in o.as_dict().items()}
                   for o in parse_release(data, None, args.province, stats)]
            for o, why in stats.rejected:
                print(f"rejected {o.indicator} {o.measure} {o.period} = {o.value}: {why}", file=sys.stderr)
        else:
            from extractors.crawl import province_settings
            from extractors.portal import parse_detail

            if not args.province:
                print("parse notice needs --province", file=sys.stderr)
                return 2
            from extractors.tagging import tag, to_hk_traditional

            cfg = province_settings(args.province)
            notice = parse_detail(data, Path(args.path).resolve().as_uri(), cfg.PORTAL)
            tags = tag(notice.title, notice.body_text)
            out = {k: v for k, v in notice.as_dict().items() if k not in ("url", "column")}
            out.update(topics=list(tags.topics), topic_terms=tags.reasons, hk_relevant=tags.hk_relevant,
                       title_hant=to_hk_traditional(notice.title))
    except ParseError as exc:
        print(f"cannot parse {args.path}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


def _print_frame(df: Any, fmt: str) -> None:
    if fmt == "json":
        print(df.to_json(orient="records", force_ascii=False, date_format="iso", indent=1))
    elif fmt == "csv":
        df.to_csv(sys.stdout, index=False)
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200):
            # whole numbers with thousands separators, others to at most 4 decimals: never 5.58e+12
            print(df.to_string(index=False, float_format=_number) if len(df) else "(no rows)")


def _number(v: float) -> str:
    if v != v:  # NaN: unpublished
        return "–"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4f}".rstrip("0").rstrip(".")


def cmd_revisions(args: argparse.Namespace) -> int:
    from warehouse import connect
    from warehouse.queries import revisions

    with closing(connect()) as con:
        df = revisions(con, args.since)
    cols = ["source", "region", "indicator", "measure", "period", "cumulative", "previous_value", "revised_value",
            "change", "change_pct", "previous_seen", "revised_at"]
    _print_frame(df[cols] if len(df) else df, args.format)
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    import pandas as pd

    from warehouse import connect
    from warehouse.queries import quarantined

    with closing(connect()) as con:
        rows = quarantined(con, args.source, args.limit)
    _print_frame(pd.DataFrame(rows, columns=["what", "source", "load_id", "quarantined_at", "rows", "url", "reason"]),
                 args.format)
    return 0


def cmd_series(args: argparse.Namespace) -> int:
    from warehouse import connect
    from warehouse.queries import as_of

    with closing(connect()) as con:
        when = args.as_of or "9999-12-31"
        df = as_of(con, when, args.region, args.indicator)
    if args.source:
        df = df[df["source"] == args.source]
    _print_frame(df[["source", "measure", "period", "cumulative", "value", "unit", "preliminary", "realtime_start"]],
                 args.format)
    return 0 if len(df) else 1


def cmd_search(args: argparse.Namespace) -> int:
    from warehouse import connect
    from warehouse.search import search

    with closing(connect()) as con:
        hits = search(con, args.query, args.province, args.topic, args.since, args.limit)
    if args.format == "json":
        print(json.dumps(hits, ensure_ascii=False, indent=1, default=str))
        return 0 if hits else 1
    for i, h in enumerate(hits, 1):
        hk = " [HK]" if h["hk_relevant"] else ""
        print(f"{i:>2}. {h['title']}{hk}\n    {h['doc_number'] or '-'} | {h['published_date'] or '-'} | "
              f"{h['province']} | score {h['score']}\n    {h['source_url']}")
    if not hits:
        print("no notices match", file=sys.stderr)
    return 0 if hits else 1


def cmd_catalog(args: argparse.Namespace) -> int:
    from warehouse import connect
    from warehouse.catalog import entries

    with closing(connect()) as con:
        found = entries(con, args.pattern)
    if args.format == "json":
        print(json.dumps([e.__dict__ for e in found], ensure_ascii=False, indent=1))
        return 0 if found else 1
    for e in found:
        if e.column is None:
            print(f"\n{e.schema}.{e.table} ({e.kind})\n    {e.description or ''}")
        else:
            print(f"    {e.column:<28} {e.data_type or '':<24} {e.description or ''}")
    return 0 if found else 1


def _cell(v: Any) -> str:
    return "" if v is None else str(v)


def cmd_query(args: argparse.Namespace) -> int:
    """Run read-only SQL on the published snapshot; rows stream out in chunks, never all in memory."""
    import csv
    from itertools import chain

    import duckdb

    from warehouse.db import connect_sandboxed

    with closing(connect_sandboxed()) as con:
        try:
            cur = con.execute(args.sql)
        except duckdb.Error as e:
            print(f"query failed: {e}", file=sys.stderr)
            return 2
        cols = [d[0] for d in cur.description] if cur.description else []
        chunks = iter(lambda: cur.fetchmany(args.chunk), [])
        out = sys.stdout
        if args.format == "csv":
            w = csv.writer(out)
            w.writerow(cols)
            for chunk in chunks:
                w.writerows([[_cell(v) for v in r] for r in chunk])
        elif args.format == "json":
            # JSON Lines: one object a row, so a large result streams and pipes into jq
            for chunk in chunks:
                for r in chunk:
                    out.write(json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False, default=str) + "\n")
        else:
            first = next(chunks, [])
            widths = [min(max([len(c)] + [len(_cell(r[i])) for r in first]), 60) for i, c in enumerate(cols)]
            out.write(" | ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)) + "\n")
            out.write("-+-".join("-" * w for w in widths) + "\n")
            for chunk in chain([first], chunks):
                for r in chunk:
                    out.write(" | ".join(_cell(v)[:60].ljust(w) for v, w in zip(r, widths, strict=True)) + "\n")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from datetime import date

    from reports.briefing import briefing_id, build, send
    from reports.delivery import smtp_from_connection

    day = date.fromisoformat(args.date) if args.date else date.today()
    folder = build(args.kind, day)
    print(folder)
    if args.send:
        print(json.dumps(send(briefing_id(args.kind, day), smtp_from_connection(args.conn_id)), indent=1))
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    import getpass

    from reports.delivery import approve

    approve(args.briefing_id, args.by or getpass.getuser())
    print(f"{args.briefing_id} approved; the next provintel_deliveries run sends it")
    return 0


def cmd_deliveries(args: argparse.Namespace) -> int:
    from reports.delivery import resend, status

    if args.resend:
        resend(*args.resend)
        print(f"{args.resend[0]} to {args.resend[1]} will be sent by the next delivery run")
        return 0
    rows = status()
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            held = " HELD for approval" if r["requires_approval"] and not r["approved_by"] else ""
            print(f"{r['id']:<30} {r['bureau'] or '-':<6} {r['state'] or 'not sent':<9} "
                  f"attempts {r['attempts'] or 0}{held}" + (f"  error: {r['error']}" if r["error"] else ""))
    return 1 if any(r["state"] in ("failed", "sending") for r in rows) else 0


def cmd_release_verify(args: argparse.Namespace) -> int:
    from reports.release import verify

    problems = verify(Path(args.folder))
    for p in problems:
        print(p, file=sys.stderr)
    print("ok: every file matches manifest.json" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


def cmd_airflow_init(args: argparse.Namespace) -> int:
    from provintel.airflow_runner import bootstrap

    bootstrap()
    print("airflow metadata DB migrated; pools created")
    return 0


def cmd_airflow_standalone(args: argparse.Namespace) -> int:
    import os
    import subprocess

    from provintel.airflow_runner import airflow_env, bootstrap

    bootstrap()
    env = {**os.environ, **airflow_env()}
    return subprocess.call([sys.executable, "-m", "airflow", "standalone"], env=env)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    p = argparse.ArgumentParser(prog="provintel", description=__doc__)
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)

    s = sub.add_parser("status", help="per source: last run, outcome, rows, failures, blocked fetches")
    s.add_argument("--format", choices=["table", "json"], default="table")
    s.add_argument("--strict", action="store_true", help="exit 1 when a source's latest load failed")
    s.set_defaults(func=cmd_status)

    s = sub.add_parser("run", help="extract and load sources outside Airflow (several: fetched concurrently)")
    s.add_argument("source", type=_source, nargs="+")
    s.add_argument("--since", type=_date,
                   help="backfill: walk lists back to this date (YYYY-MM-DD), known items or not")
    s.set_defaults(func=cmd_run)
    s = sub.add_parser("import-pages", help="load notice pages saved from a browser (provenance manual_import)")
    s.add_argument("folder", type=_folder)
    s.add_argument("--province", required=True, type=_province)
    s.set_defaults(func=cmd_import_pages)
    s = sub.add_parser("extract", help="fetch and parse one source into a batch folder")
    s.add_argument("source", type=_source)
    s.add_argument("--since", type=_date, help="backfill: walk lists back to this date (YYYY-MM-DD)")
    s.set_defaults(func=cmd_extract)
    s = sub.add_parser("publish", help="after a deploy: apply migrations, rebuild the marts if their build "
                                       "changed and publish a snapshot (no-op when readers are up to date)")
    s.set_defaults(func=cmd_publish)
    s = sub.add_parser("compact", help="rewrite the live file without the room deleted and rewritten rows left "
                                       "(DuckDB never shrinks a file) and publish it")
    s.set_defaults(func=cmd_compact)
    s = sub.add_parser("reparse", help="run today's parsers over a source's archived pages and load the result")
    s.add_argument("source", type=_source)
    s.add_argument("--since", type=_date, help="only pages fetched on or after this date")
    s.set_defaults(func=cmd_reparse)
    s = sub.add_parser("new-province", help="write a province's settings module and mark it covered")
    s.add_argument("code", help="the province's code in common/provinces.toml (guangdong, sichuan, ...)")
    s.add_argument("--notices", action="append", required=True, metavar="URL", help="a notice list page (repeat)")
    s.add_argument("--communiques", action="append", required=True, metavar="URL",
                   help="the bureau's communiqué list page (repeat)")
    s.add_argument("--monthly", action="append", metavar="URL", help="the bureau's monthly release list (repeat)")
    s.add_argument("--body-selector", action="append", metavar="CSS", help="where a notice's body is (repeat)")
    s.set_defaults(func=cmd_new_province)
    s = sub.add_parser("load", help="write, audit and publish one batch folder")
    s.add_argument("batch", type=_batch)
    s.set_defaults(func=cmd_load)

    s = sub.add_parser("parse", help="parse a saved page and print JSON (no network, no warehouse)")
    s.add_argument("what", choices=["nbs", "notice", "release"])
    s.add_argument("path", type=_file)
    s.add_argument("--province", type=_province)
    s.set_defaults(func=cmd_parse)

    s = sub.add_parser("revisions", help="values that replaced an earlier vintage, and by how much")
    s.add_argument("--since", type=_date, help="only revisions seen on or after this date")
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.set_defaults(func=cmd_revisions)

    s = sub.add_parser("quarantine", help="quarantined batches and pages, newest first: when, and why")
    s.add_argument("--source", type=_source)
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.set_defaults(func=cmd_quarantine)

    s = sub.add_parser("series", help="one region's indicator, as known now or as of a date")
    s.add_argument("region", type=_region)
    s.add_argument("indicator", type=_indicator)
    s.add_argument("--as-of", dest="as_of", type=_moment, help="what was known at this date (YYYY-MM-DD or ISO time)")
    s.add_argument("--source", type=_source, help="only this source (nbs, communiques_hubei, ...)")
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.set_defaults(func=cmd_series)

    s = sub.add_parser("search", help="Chinese full-text search over notices (jieba + BM25)")
    s.add_argument("query")
    s.add_argument("--province", type=_province)
    s.add_argument("--topic", help="trade, investment, hk_macao_gba, talent, industry_technology, finance, "
                                   "business_environment, emergency_public_safety")
    s.add_argument("--since", type=_date, help="published on or after this date")
    s.add_argument("--limit", type=_positive, default=20)
    s.add_argument("--format", choices=["table", "json"], default="table")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("catalog", help="tables and columns of the warehouse with their descriptions (zh / en)")
    s.add_argument("pattern", nargs="?", help="only tables whose name contains this, e.g. marts")
    s.add_argument("--format", choices=["table", "json"], default="table")
    s.set_defaults(func=cmd_catalog)
    s = sub.add_parser("query", help="read-only SQL on the published snapshot; large results stream")
    s.add_argument("sql")
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.add_argument("--chunk", type=_positive, default=10_000, help=argparse.SUPPRESS)
    s.set_defaults(func=cmd_query)

    s = sub.add_parser("brief", help="build a briefing by hand (as the DAG does); --send delivers it")
    s.add_argument("kind", choices=["weekly_digest", "monthly_brief"])
    s.add_argument("--date", type=_date, help="release date (YYYY-MM-DD), default today")
    s.add_argument("--send", action="store_true")
    s.add_argument("--conn-id", dest="conn_id", default="provintel_smtp", help="Airflow SMTP connection")
    s.set_defaults(func=cmd_brief)
    s = sub.add_parser("approve", help="release a briefing held for approval")
    s.add_argument("briefing_id")
    s.add_argument("--by", help="who approves (default: the login name)")
    s.set_defaults(func=cmd_approve)
    s = sub.add_parser("deliveries", help="briefings and their per-bureau delivery state")
    s.add_argument("--resend", nargs=2, metavar=("BRIEFING_ID", "BUREAU"),
                   help="after checking an interrupted send never arrived: let the next run send it")
    s.add_argument("--format", choices=["table", "json"], default="table")
    s.set_defaults(func=cmd_deliveries)
    s = sub.add_parser("verify-release", help="check a release folder against its manifest.json")
    s.add_argument("folder", type=_folder)
    s.set_defaults(func=cmd_release_verify)

    s = sub.add_parser("airflow-init", help="migrate the Airflow metadata DB and create pools")
    s.set_defaults(func=cmd_airflow_init)
    s = sub.add_parser("airflow-standalone", help="Airflow UI on loopback with the project's DAGs")
    s.set_defaults(func=cmd_airflow_standalone)

    args = p.parse_args(argv)
    if args.verbose:
        logging.getLogger().setLevel(logging.INFO)
    try:
        result: int = args.func(args)
    except Exception as exc:  # one line for a person; --verbose shows where
        if args.verbose:
            raise
        code, message = _explain(exc)
        print(f"provintel {args.cmd}: {message}", file=sys.stderr)
        return code
    return result


def _explain(exc: Exception) -> tuple[int, str]:
    """Exit code and a one-line reason: 2 for what the caller asked wrongly, 1 for what failed."""
    import duckdb

    from common.contracts import BatchFailed
    from common.records import ParseError
    from warehouse.db import NoSnapshot

    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if isinstance(exc, NoSnapshot):
        return 1, f"no readable warehouse snapshot: {first}"
    if isinstance(exc, (BatchFailed, ParseError)):
        return 1, first
    if isinstance(exc, (FileNotFoundError, NotADirectoryError, IsADirectoryError, KeyError, ValueError)):
        return 2, first.strip("'\"")
    if isinstance(exc, duckdb.Error):
        return 1, f"warehouse: {first}"
    return 1, f"{type(exc).__name__}: {first}"


if __name__ == "__main__":
    sys.exit(main())
