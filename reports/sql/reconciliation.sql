-- NBS and bureau figures that disagree by more than the tolerance
SELECT region, indicator, measure, period, cumulative, unit, nbs_value, bureau_value, difference, difference_pct,
       nbs_source_url AS source_url, bureau_source_url, nbs_vintage AS vintage, bureau_vintage, 'nbs' AS source
FROM marts.reconciliation
WHERE flagged AND region IN (SELECT region FROM marts.region WHERE in_briefings)
ORDER BY abs(difference_pct) DESC, region, indicator, measure, period, cumulative
