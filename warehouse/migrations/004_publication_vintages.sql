-- vintages by publication date (ALFRED: realtime_start is when the source published the value);
-- recorded_at keeps when this warehouse first held it (what "new since the last briefing" reads)
ALTER TABLE staging.observation ADD COLUMN published_date DATE;
ALTER TABLE core.observation ADD COLUMN published_date DATE;
ALTER TABLE core.observation ADD COLUMN recorded_at TIMESTAMPTZ;
UPDATE core.observation SET recorded_at = realtime_start;
