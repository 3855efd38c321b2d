"""Geocoding: place names to GeoNames places (cities, US states, countries)."""

from legation.geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, normalize_name
from legation.geo.resolve import resolve_place

__all__ = ["Gazetteer", "GazetteerEntry", "load_gazetteer", "normalize_name", "resolve_place"]
