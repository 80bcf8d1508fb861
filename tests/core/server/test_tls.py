"""TLS to the department server with ``sslmode=verify-full``: the certificate is checked
against the department's CA and the server's name, on a server of the test's own with a
certificate made here; a server whose certificate the CA did not sign is refused."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
import shutil
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ebp_logger.errors import StorageError

pytestmark = pytest.mark.pg


def _key():
    return ec.generate_private_key(ec.SECP256R1())


def _cert(subject_key, issuer_key, name, issuer_name, *, ca: bool):
    now = dt.datetime.now(dt.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_name)]))
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(obj) -> bytes:
    if isinstance(obj, x509.Certificate):
        return obj.public_bytes(serialization.Encoding.PEM)
    return obj.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )


@pytest.fixture
def tls_server(own_server, tmp_path):
    """The test's own server with TLS on, its certificate signed by a CA made here."""
    admin, folder = own_server
    ca_key, server_key = _key(), _key()
    ca = _cert(ca_key, ca_key, "Test Department CA", "Test Department CA", ca=True)
    server = _cert(server_key, ca_key, "localhost", "Test Department CA", ca=False)
    data = folder / "data"
    for name, obj, mode in (("server.crt", server, 0o644), ("server.key", server_key, 0o600)):
        path = data / name
        path.write_bytes(_pem(obj))
        os.chmod(path, mode)
        if os.getuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(path, owner.pw_uid, owner.pw_gid)
    (tmp_path / "ca.crt").write_bytes(_pem(ca))
    psql = shutil.which("psql") or "psql"
    subprocess.run(
        [psql, admin, "-qc", "ALTER SYSTEM SET ssl = on", "-c", "SELECT pg_reload_conf()"],
        check=True,
        capture_output=True,
    )
    return admin, tmp_path / "ca.crt"


def test_verify_full_connects_and_a_foreign_certificate_is_refused(tls_server, tmp_path):
    from ebp_logger.store.database import close_database, db
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.server_admin import init

    admin, ca = tls_server
    secure = f"{admin}?sslmode=verify-full&sslrootcert={ca}"
    init(secure)  # the administrator's set-up goes over TLS too
    open_database(secure)
    try:
        used = db.execute_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert used.fetchone()[0] is True
    finally:
        close_database()

    other_key = _key()
    other_ca = _cert(other_key, other_key, "Somebody Else", "Somebody Else", ca=True)
    (tmp_path / "other.crt").write_bytes(_pem(other_ca))
    with pytest.raises(StorageError, match="cannot be reached") as refused:
        open_database(f"{admin}?sslmode=verify-full&sslrootcert={tmp_path / 'other.crt'}")
    assert "certificate" in str(refused.value)
