"""Dagster wiring: assets, checks, job, schedule and sensor.

The logic they call lives in extract/, store/ and expectations/.
"""
