"""The PostgreSQL test server's databases: one set up with ``server init`` for the session,
emptied between tests (its protection switched off for the superuser's TRUNCATE only)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg

CLUSTER = Path(__file__).resolve().parents[1] / "installers" / "dev" / "pg_test_cluster.sh"

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
    """Every table but the schema's version rows emptied, ids from 1 again (and the one cache
    that trusts a database's rows to stay: the ADT feed's own user)."""
    from ebp_logger.store.services import adt

    adt._feed.clear()
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


def cluster(*args: str) -> str:
    """``pg_test_cluster.sh`` (start / stop / crash DIR): a server of a test's own, for the
    outage tests that stop it (the shared one is never stopped)."""
    done = subprocess.run(
        ["bash", str(CLUSTER), *args], capture_output=True, text=True, timeout=120, check=True
    )
    return done.stdout.strip()


def own_server_with_session(admin: str):
    """``server init`` on that server, staff, a patient and a procedure in progress, as the
    workstations' login: (login URL, doctor, session id). Leaves the database closed."""
    from ebp_logger.store import server_admin
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import patients
    from tests.conftest import create_staff, started_session

    server_admin.init(admin, login=LOGIN, password=PASSWORD)
    url = admin.replace("ebp_admin@", f"{LOGIN}:{PASSWORD}@", 1)
    open_database(url)
    try:
        _, doctor, _ = create_staff(with_nurse=False)
        p = patients.register_patient(doctor, "120571-1003", "Outage Patient")
        sid = started_session(doctor, p.id)
    finally:
        close_database()
    return url, doctor, sid
