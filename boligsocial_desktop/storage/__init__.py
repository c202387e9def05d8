"""Storage: the one place that opens the database, its schema, migrations and change capture."""
