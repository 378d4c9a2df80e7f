-- which tagger (extractors/topics.json and extractors/tagging.py) the notices' topics and Hong Kong flag come
-- from: a deploy that changes it tags every notice again, from its stored title and text, on the next publish
CREATE TABLE IF NOT EXISTS meta.tagger (fingerprint VARCHAR NOT NULL, tagged_at TIMESTAMPTZ NOT NULL,
                                        notices INTEGER NOT NULL, changed INTEGER NOT NULL);
COMMENT ON TABLE meta.tagger IS '通知标签规则指纹 / fingerprint of the tagger the notices were last tagged with';
COMMENT ON COLUMN meta.tagger.fingerprint IS 'topics.json 与 tagging.py 的 SHA-256 / SHA-256 of topics.json and tagging.py';
COMMENT ON COLUMN meta.tagger.tagged_at IS '重新标注时间 / when every notice was tagged again';
COMMENT ON COLUMN meta.tagger.notices IS '通知数 / notices tagged';
COMMENT ON COLUMN meta.tagger.changed IS '标签有变化的通知数 / notices whose tags changed';
