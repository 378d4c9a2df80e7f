-- what the published marts were built from (transforms, province registry, schema): a deploy that
-- changes any of them publishes on the next run even when no source changed
CREATE TABLE IF NOT EXISTS meta.build (fingerprint VARCHAR NOT NULL, built_at TIMESTAMPTZ NOT NULL);
COMMENT ON TABLE meta.build IS '集市构建指纹 / fingerprint of what the marts were built from (transforms, registry, migrations)';
COMMENT ON COLUMN meta.build.fingerprint IS 'transforms/sql、provinces.toml 与迁移文件的 SHA-256 / SHA-256 of transforms/sql, provinces.toml and the migrations';
COMMENT ON COLUMN meta.build.built_at IS '构建时间 / when the marts were built';
