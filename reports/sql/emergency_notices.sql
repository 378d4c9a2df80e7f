-- emergency and public-safety notices still in force, newest first
SELECT province, title_hant, title, doc_number, issuer, published_date, validity, hk_relevant, matched_terms,
       notice_id, source_url, 'notices_' || province AS source, last_changed AS vintage
FROM marts.emergency_notices
WHERE in_force AND first_seen <= $until
ORDER BY published_date DESC NULLS LAST, province, notice_id
