"""A procedure-room workstation in its own process, for the outage tests: it opens the
department server, keeps entries on its PC while the server is away, and can be killed.

    python -m tests.core.server.workstation URL FOLDER SESSION_ID ACTOR_JSON PLAN_JSON

PLAN is a list of steps: ["vitals", {...}] / ["injection", {...}] / ... go through
``offline.record``; ["deliver"] delivers; ["wait", PATH] waits until that file exists (the test
stops the server meanwhile); ["kill"] ends the process with SIGKILL. Each step prints one JSON line.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time


def main(url: str, folder: str, session_id: int, actor: dict, plan: list) -> None:
    from ebp_logger.errors import EbpError
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import offline

    open_database(url)
    waiting = offline.start(folder, url)
    offline.remember_session(session_id)
    print(json.dumps({"started": True, "waiting": waiting}), flush=True)
    who = Actor(**actor)
    for step in plan:
        what = step[0]
        if what == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        elif what == "wait":
            print(json.dumps({"waiting_for": step[1]}), flush=True)
            while not os.path.exists(step[1]):
                time.sleep(0.05)
        elif what == "deliver":
            report = offline.deliver()
            print(
                json.dumps(
                    {
                        "delivered": report.delivered,
                        "waiting": report.waiting,
                        "refused": report.refused,
                        "reached": report.reached,
                    }
                ),
                flush=True,
            )
        else:
            try:
                saved = offline.record(who, what, session_id, **step[1])
                print(json.dumps({"id": saved.entry_id, "kept": saved.kept}), flush=True)
            except EbpError as exc:
                print(json.dumps({"refused": type(exc).__name__, "text": str(exc)}), flush=True)


if __name__ == "__main__":
    url, folder, sid, actor, plan = sys.argv[1:6]
    main(url, folder, int(sid), json.loads(actor), json.loads(plan))
