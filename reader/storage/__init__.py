"""The annotation file: SQLAlchemy models, engine setup, schema versions, repository. No Qt."""
