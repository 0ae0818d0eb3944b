"""The built-in exporters, each a ``register_exporters`` plugin with one format."""
