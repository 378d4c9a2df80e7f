"""National Bureau of Statistics: the new data API (live since 2026-03-27) and archived easyquery."""
