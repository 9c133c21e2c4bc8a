"""kb: a searchable knowledge base over Swedish reports about social services."""

__version__ = "0.1.0"
