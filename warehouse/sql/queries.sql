-- Operational and analyst queries over a published snapshot (warehouse/queries.py), by name.

-- name: loaded_pages
-- what a source has loaded: request key, URL, body hash, whether its notice was withdrawn, and the notice's 文号,
-- validity and publication date (a recheck no list shows falls back on them where the list gave them)
SELECT p.request_key, p.url, p.sha256, n.withdrawn_at IS NOT NULL AS withdrawn, n.doc_number, n.validity,
       n.published_date::VARCHAR AS published_date
FROM raw.loaded_page AS p LEFT JOIN core.notice AS n ON n.source_url = p.url
WHERE p.source = ?
ORDER BY p.url;

-- name: source_status
-- each source's latest load, how many of its loads failed, and the latest load's blocked fetches
WITH last AS (
    SELECT *, row_number() OVER (PARTITION BY source ORDER BY started_at DESC) AS n
    FROM meta.load_log
),
fails AS (
    SELECT source, count(*) FILTER (WHERE status IN ('quarantined', 'partial')) AS failed_loads,
           -- the latest failure, so a source that failed and then loaded well still says when and why
           arg_max(finished_at, started_at) FILTER (WHERE status IN ('quarantined', 'partial')) AS failed_at,
           arg_max(status || ': ' || coalesce(reason, '-'), started_at)
               FILTER (WHERE status IN ('quarantined', 'partial')) AS failure
    FROM meta.load_log GROUP BY source
),
blocked AS (
    SELECT f.source, count(*) AS n, string_agg(DISTINCT f.outcome, ',') AS kinds
    FROM raw.fetch AS f JOIN last AS l ON l.load_id = f.load_id AND l.n = 1
    WHERE f.outcome IN ('blocked', 'deferred', 'refused', 'disallowed', 'failed', 'too_large')
      -- a 404 on a known notice is its withdrawal, recorded as such, not a failed fetch
      AND NOT (f.status IN (404, 410) AND EXISTS (SELECT 1 FROM core.notice AS n
                                                 WHERE n.source_url = f.url AND n.withdrawn_at IS NOT NULL))
    GROUP BY f.source
)
SELECT l.source, l.finished_at, l.status, l.rows_loaded, l.pages_fetched, l.pages_failed,
       coalesce(fa.failed_loads, 0), coalesce(b.n, 0), b.kinds, l.reason, fa.failed_at, fa.failure
FROM last AS l
LEFT JOIN fails AS fa USING (source)
LEFT JOIN blocked AS b USING (source)
WHERE l.n = 1;

-- name: revisions
SELECT * FROM marts.revisions WHERE $since IS NULL OR revised_at >= $since
ORDER BY revised_at DESC, source, region, indicator, period;

-- name: latest_loads
-- the latest load of every source matching any of the LIKE patterns
SELECT source, status, reason FROM meta.load_log
WHERE EXISTS (SELECT 1 FROM unnest($patterns::VARCHAR[]) AS p(pattern) WHERE source LIKE p.pattern)
QUALIFY row_number() OVER (PARTITION BY source ORDER BY started_at DESC) = 1
ORDER BY source;

-- name: last_good_loads
-- when each source matching the patterns last loaded well
SELECT source, max(finished_at) FILTER (WHERE status IN ('success', 'no_change', 'partial'))
FROM meta.load_log
WHERE EXISTS (SELECT 1 FROM unnest($patterns::VARCHAR[]) AS p(pattern) WHERE source LIKE p.pattern)
GROUP BY source
ORDER BY source;

-- name: newest_load
-- the newest load that changed what readers see: a no_change load never needs publishing
SELECT load_id FROM meta.load_log WHERE status <> 'no_change' ORDER BY finished_at DESC, load_id DESC LIMIT 1;

-- name: has_load
SELECT count(*) FROM meta.load_log WHERE load_id = ?;

-- name: load_statuses
SELECT load_id, status FROM meta.load_log WHERE load_id IN (SELECT unnest($ids::VARCHAR[]));

-- name: all_load_ids
SELECT load_id FROM meta.load_log;

-- name: latest_build
SELECT fingerprint FROM meta.build ORDER BY built_at DESC LIMIT 1;

-- name: quarantine
-- quarantined batches and pages, newest first: what failed, when and why
SELECT 'batch' AS what, source, load_id, quarantined_at, rows AS "rows", NULL AS url, reason
FROM quarantine.batch WHERE $source IS NULL OR source = $source
UNION ALL
SELECT 'page', source, load_id, quarantined_at, NULL, url, reason
FROM quarantine.page WHERE $source IS NULL OR source = $source
ORDER BY quarantined_at DESC, what, url
LIMIT $limit;
