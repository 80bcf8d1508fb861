"""The throw-away PostgreSQL server test.sh starts: reachable, a superuser, transactional DDL."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.pg


def test_server_is_postgresql_and_role_is_superuser(pg_url):
    import psycopg

    with psycopg.connect(pg_url, connect_timeout=10) as conn:
        version = conn.execute("SELECT version()").fetchone()[0]
        assert "PostgreSQL" in version
        assert conn.execute(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]
        assert conn.execute("SHOW is_superuser").fetchone()[0] == "on"


def test_table_created_and_dropped_in_a_transaction(pg_url):
    import psycopg

    exists = "SELECT to_regclass('ebp_pg_cluster_probe') IS NOT NULL"
    with psycopg.connect(pg_url, connect_timeout=10) as conn:
        with conn.transaction():
            conn.execute("CREATE TABLE ebp_pg_cluster_probe (id integer PRIMARY KEY, note text)")
            conn.execute("INSERT INTO ebp_pg_cluster_probe VALUES (1, 'ä €')")
            assert conn.execute("SELECT note FROM ebp_pg_cluster_probe").fetchone()[0] == "ä €"
            conn.execute("DROP TABLE ebp_pg_cluster_probe")
        assert not conn.execute(exists).fetchone()[0]

        # Rolled back, the table is gone too.
        with pytest.raises(RuntimeError), conn.transaction():
            conn.execute("CREATE TABLE ebp_pg_cluster_probe (id integer)")
            assert conn.execute(exists).fetchone()[0]
            raise RuntimeError("roll back")
        assert not conn.execute(exists).fetchone()[0]
