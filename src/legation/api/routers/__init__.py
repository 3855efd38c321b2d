"""The API's routers: events, aggregates (timeline, dyads, places, actors), coding."""
