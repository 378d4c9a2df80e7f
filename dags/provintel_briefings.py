"""Briefing datasets: build the regional GDP briefing CSV whenever the marts change."""

from airflow.sdk import Asset, dag, task

from provintel.dag_factory import START, default_args


@dag(dag_id="provintel_briefing_gdp", schedule=[Asset("duckdb://provintel/marts/regional_gdp")],
     start_date=START, catchup=False, default_args=default_args(), tags=["provintel", "briefings"],
     doc_md=__doc__)
def briefing_gdp() -> None:
    @task
    def build() -> str:
        from reports.briefing import build_gdp_csv

        return str(build_gdp_csv())

    build()


briefing_gdp()
