-- BM25 (k1 = 1.2, b = 0.75) over the jieba-segmented inverted index; $terms is the segmented query
-- and $weights their weights (1 for the query's own words, less for synonyms)
WITH q AS (SELECT unnest($terms::VARCHAR[]) AS term, unnest($weights::DOUBLE[]) AS weight),
stats AS (SELECT count(*) AS n, avg(length) AS avgdl FROM search.doc),
df AS (
    SELECT p.term, any_value(q.weight) AS weight, count(*) AS df FROM search.posting AS p JOIN q USING (term)
    GROUP BY p.term
),
scores AS (
    SELECT d.notice_id,
           sum(df.weight * ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
               * (p.tf * 2.2) / (p.tf + 1.2 * (0.25 + 0.75 * d.length / stats.avgdl))) AS score,
           list(DISTINCT p.term ORDER BY p.term) AS matched
    FROM search.posting AS p
    JOIN df USING (term)
    JOIN search.doc AS d USING (doc)
    CROSS JOIN stats
    GROUP BY d.notice_id
)
SELECT n.province, n.title, n.doc_number, n.published_date, n.source_url, round(s.score, 4) AS score,
       s.matched, n.hk_relevant, n.topics
FROM scores AS s
JOIN core.notice AS n USING (notice_id)
WHERE n.withdrawn_at IS NULL
  AND ($province IS NULL OR n.province = $province)
  AND ($topic IS NULL OR list_contains(from_json(n.topics, '["VARCHAR"]'), $topic))
  AND ($since IS NULL OR n.published_date >= $since)
ORDER BY s.score DESC, n.published_date DESC
LIMIT $limit
