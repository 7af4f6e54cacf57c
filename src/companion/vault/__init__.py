"""The encrypted store: keys, connection, migrations and repositories.

Imports the domain layer only, never Qt.
"""
