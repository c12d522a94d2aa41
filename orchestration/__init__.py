"""Dagster wiring: assets, checks, job, schedule and sensor. Logic lives in extract/, store/, expectations/."""
