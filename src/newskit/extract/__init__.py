"""The built-in extractors, each an ``enrich_digest`` plugin: times, actors, quantities, quotes, events."""
