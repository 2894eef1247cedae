"""Alembic environment: runs on the connection the app hands over (gridapp.db.schema.upgrade), never from a file."""

from alembic import context

from gridapp.db.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through gridapp.db.schema.upgrade (or `gridapp migrate`)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
