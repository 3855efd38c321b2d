"""The analyst's dashboard: static HTML, JavaScript, CSS and a bundled world outline.

The API app serves ``static/index.html`` at ``/`` and the rest under ``/static``.
The page reads only through the REST API; nothing is fetched from the internet.
"""

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"

__all__ = ["STATIC_DIR"]
