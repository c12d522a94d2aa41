"""Great Expectations suites for the raw tables, as code, and the gate that runs them.

`suites.py` says what is expected of each table and how bad a failure is;
`gate.py` runs the suites of one document with GX and turns the results into a
verdict (publish or quarantine) and findings rows; `report.py` renders them.
"""
