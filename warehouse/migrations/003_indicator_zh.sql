-- the indicator name as the source printed it, beside the catalogue id (a reader can check the mapping)
ALTER TABLE staging.observation ADD COLUMN indicator_zh VARCHAR;
ALTER TABLE core.observation ADD COLUMN indicator_zh VARCHAR;
