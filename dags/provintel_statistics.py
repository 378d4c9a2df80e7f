"""Statistics: NBS data API and bureaus -> validate (GX) -> load -> marts, mapped per source."""

from airflow.sdk import Asset

from provintel.dag_factory import source_pipeline

MARTS = Asset("duckdb://provintel/marts/regional_gdp")

source_pipeline("provintel_statistics_annual", "observations", "0 6 * * 1", ["statistics", "nbs"], MARTS,
                __doc__ or "")
