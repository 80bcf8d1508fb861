"""Retake every screenshot the README uses, from a fresh demo database, in one command.

    .venv/bin/python installers/dev/screenshots.py [--out resources/screenshots]

Starts its own Xvfb on a free display (the real xcb platform: the same fonts and
antialiasing as a desktop; ``--display :N`` uses a running X server instead), builds the real
main window at 1366x768 (the smallest screen the app must fit), signs in as the demo users and
goes where a user would go, grabbing each screen. The screens that matter most at the bedside
(live procedure, summary, home, worklist, administrator's settings) are taken again in Danish
at 1366x768 and in English at 1920x1080, each round on a fresh demo database. The PDFs come from the
``ebp-logger`` command line and are rendered with ``pdftoppm``. ``installed-deb.png`` is not
made here (installers/linux/test_deb.sh takes it from the installed package).

The demo data is relative to the present moment, so the times on the screens are today's.
"""

from __future__ import annotations

import argparse
import math
import os
import select
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run from a checkout without an installed package too

SIZE = (1366, 768)
# (size, language) rounds of the bedside screens, beside the README's English 1366x768 set.
ROUNDS = (((1366, 768), "da"), ((1920, 1080), "en"))
ROUND_SCREENS = ("procedure", "summary", "home", "worklist", "admin_settings")
MAX_BYTES = 150_000  # a picture larger than this is stored with a 256-colour palette
WINDOW_SHOTS = (
    "shell_sign_in",
    "shell_home",
    "home_da",
    "shell_session_setup",
    "procedure",
    "summary",
    "outcomes",
    "worklist",
    "admin_settings",
)
PDF_SHOTS = ("discharge_sheet_da", "procedure_record_p1", "blank_form_p1")


def fail(message: str) -> None:
    print(f"screenshots: {message}", file=sys.stderr)
    sys.exit(1)


def need(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        fail(f"'{program}' is not installed (Debian: apt-get install {package}).")
    return path


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An Xvfb on the first free display (Xvfb picks it and writes the number to a pipe)."""
    xvfb = need("Xvfb", "xvfb")
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    # Xvfb writes the number, then a newline: read up to it (closing early kills Xvfb).
    received = b""
    while not received.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], 15)
        chunk = os.read(read_end, 16) if ready else b""
        if not chunk:
            break
        received += chunk
    os.close(read_end)
    number = received.decode().strip()
    if not number:
        proc.kill()
        err = proc.stderr.read().decode(errors="replace").strip() if proc.stderr else ""
        fail("Xvfb did not start" + (f": {err.splitlines()[-1]}" if err else "."))
    return proc, f":{number}"


# -- the demo database, made richer for the pictures ------------------------------------------


def make_database(folder: Path, name: str = "demo") -> tuple[Path, dict[str, int]]:
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services.demo import create_demo

    close_database()
    path = folder / f"{name}.sqlite"
    open_database(path)
    ids = create_demo()
    add_monitor_data(ids["in_progress"])
    add_warning_sign(ids["supine_rest"])
    return path, ids


def add_monitor_data(session_id: int) -> None:
    """As if the monitor had sent SpO2 and heart rate every 10 s since the start, with a
    vasovagal dip around minute 9 (and the event recorded by the doctor)."""
    from ebp_logger import clock
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.services import procedure, queries

    detail = queries.session_detail(session_id)
    start: datetime = detail.session.started_at
    now = clock.utcnow()
    system = Actor.system()
    t = start + timedelta(seconds=20)
    try:
        while t < now - timedelta(seconds=5):
            minute = (t - start).total_seconds() / 60
            dip = 14 * math.exp(-((minute - 9.5) ** 2) / 0.8)
            # Received when measured, as from a live monitor (the screen's "last value").
            clock.set_clock(lambda t=t: t)
            procedure.record_vitals(
                system,
                session_id,
                spo2=97 - round(dip / 5) + (1 if int(minute * 6) % 3 == 0 else 0),
                heart_rate=round(72 - dip + 2 * math.sin(minute)),
                taken_at=t,
                source="device",
                device_ref="demo monitor",
            )
            t += timedelta(seconds=10)
    finally:
        clock.set_clock(None)
    procedure.record_event(
        user("doctor"), session_id, "vasovagal", at=start + timedelta(minutes=9, seconds=10)
    )


def add_warning_sign(session_id: int) -> None:
    """A nurse ticks a warning sign: the doctor's home screen flags the patient."""
    from ebp_logger.store.services import ward

    ward.record_observation(
        user("nurse"),
        session_id,
        ["new_severe_back_pain"],
        note="Pain 8/10 at the puncture site, new this afternoon",
    )


def user(username: str):
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.models import User

    row = User.get(User.username == username)
    return Actor(row.id, row.username, row.role)


# -- the window ---------------------------------------------------------------------------------


class Shooter:
    def __init__(self, out: Path) -> None:
        from ebp_logger.gui import prompts
        from ebp_logger.gui.app import make_application
        from ebp_logger.gui.translations import install_translators

        # "Reopen your unfinished session?" is answered "Not now": the script navigates itself.
        prompts.confirm = lambda *args, **kwargs: False
        self.out = out
        self.app = make_application()
        install_translators(self.app, "en")
        self.taken: list[Path] = []

    def settle(self, rounds: int = 20) -> None:
        """Let layouts, timers and the plot finish (a few event-loop turns, some real time)."""
        from PySide6.QtCore import QThreadPool
        from PySide6.QtTest import QTest

        for _ in range(rounds):
            self.app.processEvents()
            QTest.qWait(25)
        QThreadPool.globalInstance().waitForDone(10_000)
        self.app.processEvents()

    def shot(self, widget, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            fail(f"could not write {path}")
        if path.stat().st_size > MAX_BYTES:
            shrink(path)
        self.taken.append(path)
        print(f"  {path} ({path.stat().st_size // 1000} kB)")

    def set_language(self, lang: str) -> None:
        from ebp_logger.gui.translations import install_translators
        from ebp_logger.gui.ui_language import ENV_VAR

        os.environ[ENV_VAR] = lang  # the core's labels (checklist, enums) follow it too
        install_translators(self.app, lang)
        self.settle(4)


def shrink(path: Path) -> None:
    """A 256-colour palette without dithering (screens are flat colours and text: the picture
    looks the same and is a fraction of the size). Pillow comes with reportlab."""
    from PIL import Image

    with Image.open(path) as image:
        flat = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    flat.save(path, optimize=True)


def sign_in(window, username: str) -> None:
    from ebp_logger.store.services.demo import DEMO_PASSWORD

    screen = window.sign_in_screen
    screen.ui.username.setText(username)
    screen.ui.password.setText(DEMO_PASSWORD)
    screen.ui.signInButton.click()
    if window.actor is None or window.actor.username != username:
        fail(f"could not sign in as {username}")


def prepare_setup(page) -> None:
    """A new EBP for a patient who had one before: details, the whole checklist (with an
    anticoagulant paused in time), and the headache now; ready to start."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ebp_logger.store.services import checklist

    page.ui.neurologistEdit.setText("Neurologisk Afd., AUH")
    page.ui.saveSessionButton.click()
    rows = page.checklist.rows
    rows["anticoagulant"].buttons["yes"].click()
    drug = rows["anticoagulant_drug"].edit
    drug.setText("dabigatran 150 mg twice daily")
    QTest.keyClick(drug, Qt.Key.Key_Return)
    last_dose = rows["anticoagulant_last_dose"].time_edit
    last_dose.setText((datetime.now() - timedelta(hours=40)).strftime("%d.%m.%Y %H:%M"))
    rows["anticoagulant_last_dose"].buttons["save"].click()
    rows["anticoagulant_cleared"].buttons["yes"].click()
    for key, value in checklist.all_clear_answers().items():
        row = rows.get(key)
        if row is not None and not row.saved and value in row.buttons:
            row.buttons[value].click()
    page.ui.lyingSpin.setValue(2)
    page.ui.standingSpin.setValue(7)
    page.ui.saveScoreButton.click()


def take_window_shots(
    shooter: Shooter,
    ids: dict[str, int],
    size: tuple[int, int] = SIZE,
    suffix: str = "",
    only: tuple[str, ...] = WINDOW_SHOTS,
) -> None:
    """Walk through the screens as the demo users, grabbing those named in ``only`` (file
    name + ``suffix``)."""
    from ebp_logger.gui.main_window import MainWindow
    from ebp_logger.store.models import Patient
    from ebp_logger.store.services import procedure

    def shot(widget, name: str) -> None:
        if name in only:
            shooter.shot(widget, name + suffix)

    window = MainWindow(readonly=False, demo=True)
    window.resize(*size)
    window.show()
    shot(window, "shell_sign_in")

    sign_in(window, "doctor")
    shot(window, "shell_home")
    shot(window, "home")
    if "home_da" in only:
        lang = os.environ.get("EBP_LOGGER_LANG", "en")
        shooter.set_language("da")
        window.go_home()
        shot(window, "home_da")
        shooter.set_language(lang)
        window.go_home()

    if "shell_session_setup" in only:
        # The patient's page → a new EBP → set-up, as from the patient screen's button.
        first = Patient.select().order_by(Patient.id).first()
        window.open_patient(patient_id=first.id)
        window.open_setup(patient_id=first.id)
        prepare_setup(window.current_page)
        shot(window, "shell_session_setup")

    live = ids["in_progress"]
    window.go_home()
    window.resume_session(live)
    page = window.current_page
    if not hasattr(page, "countdown"):
        fail("the procedure screen did not open")
    page.countdown.beep = lambda: None
    page.tick()
    shot(window, "procedure")

    procedure.record_stop(window.actor, live, "radicular_pain")
    page.poll()
    page.tick()
    shooter.settle(4)
    page.end_button.click()
    shot(window, "summary")
    page.summary.confirm_button.click()  # ends it: the patient joins the ward list
    shooter.settle(4)

    window.go_home()
    if "outcomes" in only:
        window.open_outcomes()
        shot(window, "outcomes")

    window.sign_out()
    sign_in(window, "nurse")
    shot(window, "worklist")
    window.sign_out()
    sign_in(window, "admin")
    shot(window, "admin_settings")
    window.sign_out()
    window.shutdown()
    window.close()
    shooter.settle(4)


def take_rounds(shooter: Shooter, work: Path) -> None:
    """The bedside screens again: Danish on the small screen, English on a big one."""
    for (width, height), lang in ROUNDS:
        _, ids = make_database(work, f"demo-{width}-{lang}")
        shooter.set_language(lang)
        take_window_shots(shooter, ids, (width, height), f"_{width}x{height}_{lang}", ROUND_SCREENS)
    shooter.set_language("en")


# -- the printed sheets -----------------------------------------------------------------------


def take_pdf_shots(db: Path, ids: dict[str, int], out: Path, work: Path) -> list[Path]:
    pdftoppm = need("pdftoppm", "poppler-utils")
    done = ids["completed"]
    jobs: dict[str, list[str]] = {
        "discharge_sheet_da": ["discharge-sheet", "--session", str(done), "--lang", "da"]
        + ["--user", "doctor"],
        "procedure_record_p1": ["procedure-record", "--session", str(done), "--lang", "da"]
        + ["--user", "doctor"],
        "blank_form_p1": ["blank-form", "--lang", "da"],
    }
    taken = []
    for name, args in jobs.items():
        pdf = work / f"{name}.pdf"
        cli = [sys.executable, "-m", "ebp_logger", *args, "--db", str(db), "-o", str(pdf)]
        run(cli, f"ebp-logger {args[0]}")
        stem = work / name
        run(
            [
                pdftoppm,
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            "pdftoppm",
        )
        target = out / f"{name}.png"
        shutil.move(str(stem) + ".png", target)
        taken.append(target)
        print(f"  {target}")
    return taken


def run(cmd: list[str], what: str) -> None:
    from ebp_logger.store.services.demo import DEMO_PASSWORD

    env = dict(os.environ, EBP_LOGGER_PASSWORD=DEMO_PASSWORD)  # the demo users sign in
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        fail(f"{what} failed ({result.returncode}): {result.stderr.strip() or result.stdout}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "resources" / "screenshots",
        help="folder for the PNG files (default: resources/screenshots)",
    )
    parser.add_argument(
        "--display", default="", help="use this running X server (e.g. :91) instead of an Xvfb"
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    need("pdftoppm", "poppler-utils")
    xvfb, display = (None, args.display) if args.display else start_xvfb()
    try:
        os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", EBP_LOGGER_LANG="en")
        with tempfile.TemporaryDirectory(prefix="ebp-shots-") as tmp:
            work = Path(tmp)
            os.environ["EBP_LOGGER_DATA"] = str(work)  # logs, backups: nothing in the user's
            print(f"demo database and Xvfb {display}:")
            shooter = Shooter(out)
            take_rounds(shooter, work)
            db, ids = make_database(work)
            take_window_shots(shooter, ids)
            from ebp_logger.store.database import close_database

            close_database()
            taken = shooter.taken + take_pdf_shots(db, ids, out, work)
    finally:
        if xvfb is not None:
            xvfb.kill()
            xvfb.wait(5)
    print(f"{len(taken)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
