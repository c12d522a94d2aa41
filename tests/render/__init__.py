"""Test infrastructure: documents of the federal templates rendered with python-docx and
LibreOffice at many layouts, in every format regions publish, with known content
(docs/rendered-fixtures.md)."""
