"""Policy notices: provincial portals, one mapped task per province -> validate (GX) -> load."""

from airflow.sdk import Asset

from provintel.dag_factory import source_pipeline

NOTICES = Asset("duckdb://provintel/core/notice")

source_pipeline("provintel_notices_daily", "daily", "30 7 * * *", ["notices"], NOTICES, __doc__ or "")
