"""Parallel wrong passwords cannot get round the lockout (issue 14, item 13): the check and the
count happen in one write transaction, so a burst of 40 guesses from several processes and
threads gets at most ``lockout_attempts`` passwords checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ebp_logger.store import settings
from ebp_logger.store.database import close_database
from ebp_logger.store.models import Audit
from ebp_logger.store.opening import open_database
from ebp_logger.store.verify import verify

ROOT = Path(__file__).resolve().parents[3]

GUESSER = r"""
import json, sys, threading
from argon2 import PasswordHasher
from ebp_logger.store.database import close_database, db
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import users

path, start = sys.argv[1], int(sys.argv[2])
users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
barrier = threading.Barrier(8)
results = []

def guess(i):
    open_database(path, create=False)  # each thread its own connection (peewee: per thread)
    barrier.wait()
    try:
        users.authenticate("doc", f"guess-{start + i}")
        results.append("IN")
    except users.SignInFailed as exc:
        results.append(str(exc))
    finally:
        db.close()

threads = [threading.Thread(target=guess, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps(results))
"""


def test_a_burst_of_40_parallel_guesses_checks_at_most_the_limit(actors, db_path):
    admin = actors[0]
    settings.save(admin, lockout_attempts=5, lockout_minutes=15)
    close_database()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", GUESSER, str(db_path), str(8 * k)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for k in range(5)
    ]
    answers = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        answers += json.loads(out.strip().splitlines()[-1])
    assert len(answers) == 40 and "IN" not in answers
    checked = [a for a in answers if not a.startswith("Too many failed attempts")]
    assert len(checked) <= 5, answers  # before the fix: ~40 passwords checked
    open_database(db_path)
    wrong = Audit.select().where(
        (Audit.action == "sign_in_failed") & Audit.reason.startswith("wrong password")
    )
    assert wrong.count() <= 5
    assert verify().ok
