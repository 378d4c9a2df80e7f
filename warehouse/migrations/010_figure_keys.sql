-- one figure, one key: the period and year-to-date flag under which the marts (the province panel, the
-- reconciliation) compare and rank a figure, whichever way its source wrote it. A first quarter's or January's
-- figure is its own year to date (NBS's 累计值 for 2025-Q1 and a bureau's 一季度); a monthly indicator's year to
-- date a quarter ends is its months' (a bureau's 前三季度 industrial value added, 2025-Q3, is NBS's 1-9月, 2025-09).
-- `frequency` is the indicator's (marts.indicator).
CREATE OR REPLACE MACRO core.figure_period(period, cumulative, frequency) AS
    CASE WHEN frequency = 'M' AND period LIKE '____-Q_' AND (cumulative OR period LIKE '%Q1')
         THEN left(period, 5) || lpad(CAST(3 * CAST(right(period, 1) AS INTEGER) AS VARCHAR), 2, '0')
         ELSE period END;
CREATE OR REPLACE MACRO core.figure_cumulative(period, cumulative) AS
    cumulative OR period LIKE '____-Q1' OR period LIKE '____-01';
