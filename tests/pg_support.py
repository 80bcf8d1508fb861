"""The PostgreSQL test server's databases: one set up with ``server init`` for the session,
emptied between tests (its protection switched off for the superuser's TRUNCATE only)."""

from __future__ import annotations

import psycopg

TEST_DB = "ebp_store"
LOGIN, PASSWORD = "ebp_ws", "ws-pass"


def admin_url(pg_url: str, dbname: str) -> str:
    return pg_url.rsplit("/", 1)[0] + "/" + dbname


def app_url(pg_url: str, dbname: str) -> str:
    """The workstations' URL: the login role ``server init`` created, not the superuser."""
    return admin_url(pg_url, dbname).replace("ebp_admin@", f"{LOGIN}:{PASSWORD}@", 1)


def fresh_database(pg_url: str, dbname: str) -> str:
    """An empty database of that name (dropped first if there); its admin URL."""
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{dbname}"')
    return admin_url(pg_url, dbname)


def set_up_server(pg_url: str, dbname: str = TEST_DB) -> str:
    from ebp_logger.store import server_admin

    server_admin.init(fresh_database(pg_url, dbname), login=LOGIN, password=PASSWORD)
    return app_url(pg_url, dbname)


def empty_server(pg_url: str, dbname: str = TEST_DB) -> None:
    """Every table but the schema's version rows emptied, ids from 1 again."""
    with psycopg.connect(admin_url(pg_url, dbname), autocommit=True) as con:
        con.execute("SET lock_timeout = '10s'")
        # Connections a test left behind (threads) would hold the tables: end them.
        con.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        tables = [
            r[0]
            for r in con.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename NOT IN ('schema_version', 'audit_head')"
            )
        ]
        with con.transaction():
            con.execute("SET LOCAL session_replication_role = replica")
            con.execute(
                "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
            )
            con.execute('UPDATE "audit_head" SET "last_id" = 0')
