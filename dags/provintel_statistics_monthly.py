"""Monthly statistics: the five bureaus' 经济运行情况 releases -> validate (GX) -> load -> marts.

One mapped extract and load per province: one province's failure never blocks the others.
"""

from airflow.sdk import Asset

from provintel.dag_factory import source_pipeline

OBSERVATIONS = Asset("duckdb://provintel/core/observation")

source_pipeline("provintel_statistics_monthly", "monthly", "0 9 * * *", ["statistics", "monthly"], OBSERVATIONS,
                __doc__ or "")
