"""Date resolution: temporal expressions in a sentence to a date, anchored on publication."""

from legation.dates.expressions import TemporalExpression, find_temporal_expressions
from legation.dates.resolve import (
    ResolvedDate,
    carry_date,
    narrative_day,
    resolve_date,
    resolve_narrative_date,
)

__all__ = [
    "ResolvedDate",
    "TemporalExpression",
    "carry_date",
    "find_temporal_expressions",
    "narrative_day",
    "resolve_date",
    "resolve_narrative_date",
]
