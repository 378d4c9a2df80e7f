-- notice events in the window: Hong Kong-relevant first, then emergencies, province and event
-- "new" means published in the window (a week's grace for portals that post late); a notice first seen now
-- but published earlier (a first crawl, a backfill) is "first_recorded"
SELECT CASE WHEN event = 'new' AND published_date IS NOT NULL
                 AND published_date < CAST(timezone('Asia/Shanghai', $since) AS DATE) - INTERVAL 7 DAY
            THEN 'first_recorded' ELSE event END AS event,
       event_date, province, hk_relevant, emergency, topics, title_hant, title, doc_number, issuer, doc_type,
       published_date, validity, version, detail, notice_id, source_url,
       'notices_' || province AS source, event_at AS vintage
FROM marts.notices_digest
WHERE event_at > $since AND event_at <= $until
ORDER BY hk_relevant DESC, emergency DESC, province, event, published_date DESC NULLS LAST, notice_id, event_at
