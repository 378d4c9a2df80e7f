-- NBS and bureau figures that disagree by more than the tolerance
-- (a rate's difference is in points, `difference`; `difference_pct` is an amount's, relative to NBS's figure)
SELECT region, indicator, measure, period, cumulative, unit, nbs_value, bureau_value, bureau_source, difference,
       CASE WHEN unit NOT IN ('pct', 'permille', 'index') THEN difference_pct END AS difference_pct,
       nbs_source_url AS source_url, bureau_source_url, nbs_vintage AS vintage, bureau_vintage, 'nbs' AS source
FROM marts.reconciliation
WHERE flagged AND region IN (SELECT region FROM marts.region WHERE in_briefings)
-- the furthest beyond its tolerance first: a rate's points and an amount's percentage are not one scale
ORDER BY CASE WHEN unit IN ('pct', 'permille', 'index') THEN abs(difference) / 0.05 ELSE abs(difference_pct) / 0.5 END DESC,
         region, indicator, measure, period, cumulative
