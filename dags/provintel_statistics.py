"""Annual statistics: NBS data API and the five bureaus' communiqués -> validate (GX) -> load -> marts.

One mapped extract and load per source: one province's failure never blocks the others.
"""

from airflow.sdk import Asset

from provintel.dag_factory import source_pipeline

MARTS = Asset("duckdb://provintel/marts/regional_gdp")

source_pipeline("provintel_statistics_annual", "annual", "0 6 * * 1", ["statistics", "annual"], MARTS,
                __doc__ or "")
