"""The REST API (FastAPI): events, aggregates and coding over the event store.

>>> from legation.api import create_app
>>> app = create_app(db="sqlite:///legation.db")  # doctest: +SKIP
"""

from legation.api.app import create_app

__all__ = ["create_app"]
