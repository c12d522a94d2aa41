"""Turn strategy documents and program amendments into the contract tables.

Plain Python on purpose: no orchestration imports, so every rule can be tested
on a string. `extract_file` is the one entry point the CLI and Dagster share.
"""

from extract.contract import TABLES
from extract.errors import ExtractionError
from extract.extraction import Extraction, extract_file

__all__ = ["TABLES", "Extraction", "ExtractionError", "extract_file"]
