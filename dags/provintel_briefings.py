"""Briefing Airflow DAGs: the weekly policy digest and the monthly economy brief, built and sent to the bureaux.

Each run builds the dated release from the published snapshot (nothing when the latest batch of
a source it reads failed validation) and sends one message per bureau through the SMTP
connection `provintel_smtp`. A briefing that needs approval waits (task skipped) until
`provintel approve ID`; `provintel_deliveries` then sends it.
"""

from provintel.dag_factory import briefing_pipeline, deliveries_pipeline

weekly_digest = briefing_pipeline("provintel_weekly_digest", "weekly_digest", "0 9 * * 1", __doc__)
monthly_brief = briefing_pipeline("provintel_monthly_brief", "monthly_brief", "0 9 3 * *", __doc__)
deliveries = deliveries_pipeline("provintel_deliveries", "*/30 * * * *", __doc__)
