"""Canonical indicators and federal projects across documents.

Regions print the same federal indicator (or project) in their own words. This
package decides which printed wordings name one thing: it works across documents,
so it runs when the raw layer is built (`canonical.raw`), not in `extract/`.
"""
