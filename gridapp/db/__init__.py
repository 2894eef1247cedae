"""Database: SQLAlchemy models, opening a database, and Alembic migrations."""
