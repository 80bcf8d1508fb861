"""A patient monitor for demos and training: PCD-01 ORU^R01 messages over MLLP.

The course is plausible for an EBP in the lateral position: a calm baseline, a vasovagal
reaction while the needle goes in (heart rate and blood pressure fall, SpO2 dips a little),
and recovery. Heart rate, pulse rate and SpO2 are sent every ``rate`` seconds; the NIBP is
measured every 5 minutes (docs/clinical-rules.md "The procedure", via ``clinical.limits.BP_INTERVAL``)
and sent once, in the next message, with its own measurement time, as gateways do.
``speed`` runs the course faster for a short demonstration; message times stay real.
"""

from __future__ import annotations

import asyncio
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from hl7.mllp import open_hl7_connection

from ebp_logger.clinical.cpr import parse_cpr
from ebp_logger.clinical.limits import BP_INTERVAL
from ebp_logger.clock import utcnow
from ebp_logger.errors import EbpError
from ebp_logger.i18n import _

# Key frames of the course: (minute, heart rate, SpO2, systolic, diastolic).
# Baseline until 4 min, the vasovagal reaction deepest at 5–6 min, recovered by 10 min.
COURSE: tuple[tuple[float, float, float, float, float], ...] = (
    (0.0, 76, 98, 128, 79),
    (3.0, 80, 98, 132, 81),  # a little anxious as the needle goes in
    (4.0, 72, 98, 124, 77),
    (5.0, 46, 96, 86, 50),  # vasovagal: bradycardia and hypotension
    (6.0, 44, 95, 82, 48),
    (7.0, 58, 97, 100, 62),  # legs up, fluids: recovering
    (10.0, 70, 98, 118, 74),
    (20.0, 72, 98, 120, 75),
)


@dataclass(frozen=True)
class MonitorValues:
    heart_rate: int
    pulse_rate: int
    spo2: int
    systolic: int
    diastolic: int

    @property
    def mean(self) -> int:
        """Mean arterial pressure as oscillometric monitors report it (≈ DIA + (SYS−DIA)/3)."""
        return round(self.diastolic + (self.systolic - self.diastolic) / 3)


def _interpolate(minute: float) -> tuple[float, ...]:
    if minute >= COURSE[-1][0]:
        return COURSE[-1][1:]
    for (m0, *a), (m1, *b) in itertools.pairwise(COURSE):
        if m0 <= minute < m1:
            f = (minute - m0) / (m1 - m0)
            return tuple(x + (y - x) * f for x, y in zip(a, b, strict=True))
    return COURSE[0][1:]


def values_at(seconds: float, rng: random.Random) -> MonitorValues:
    """The monitor's values ``seconds`` into the course, with a little measurement noise."""
    hr, spo2, sys_, dia = _interpolate(max(0.0, seconds) / 60)
    heart_rate = round(hr + rng.gauss(0, 1.5))
    return MonitorValues(
        heart_rate=heart_rate,
        pulse_rate=heart_rate + rng.choice((-1, 0, 0, 1)),
        spo2=min(100, round(spo2 + rng.gauss(0, 0.5))),
        systolic=round(sys_ + rng.gauss(0, 3)),
        diastolic=round(dia + rng.gauss(0, 2)),
    )


def _dtm(when: datetime) -> str:
    """HL7 DTM in this machine's local time with its UTC offset, as a bedside monitor sends."""
    return when.astimezone().strftime("%Y%m%d%H%M%S%z")


def build_message(
    control_id: str,
    cpr_digits: str,
    bed: str,
    at: datetime,
    values: MonitorValues,
    nibp: tuple[MonitorValues, datetime] | None = None,
) -> str:
    """One ORU^R01 like the shared sample: HR, SpO2 and pulse at ``at``; the NIBP (when given)
    at its own measurement time."""
    t = _dtm(at)
    segments = [
        "MSH|^~\\&|EBPSIM^0000000000000001^EUI-64|SIMULATOR|EBPLOGGER|ANAESTESI|"
        f"{t}||ORU^R01^ORU_R01|{control_id}|P|2.6|||NE|AL||UNICODE UTF-8|||"
        "PCD_DEC_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO",
        f"PID|||{cpr_digits}^^^CPR^NNDNK",
        f"PV1||I|{bed}",
        f"OBR|1|||182777000^monitoring of patient^SCT|||{t}",
        "OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X",
    ]
    rows = [
        (
            "147842^MDC_ECG_HEART_RATE^MDC",
            "1.5.1.1",
            values.heart_rate,
            "264864^MDC_DIM_BEAT_PER_MIN^MDC",
            t,
        ),
        (
            "150456^MDC_PULS_OXIM_SAT_O2^MDC",
            "1.6.1.1",
            values.spo2,
            "262688^MDC_DIM_PERCENT^MDC",
            t,
        ),
        (
            "149530^MDC_PULS_OXIM_PULS_RATE^MDC",
            "1.6.1.2",
            values.pulse_rate,
            "264864^MDC_DIM_BEAT_PER_MIN^MDC",
            t,
        ),
    ]
    if nibp is not None:
        bp, measured = nibp
        tb = _dtm(measured)
        mmhg = "266016^MDC_DIM_MMHG^MDC"
        rows += [
            ("150021^MDC_PRESS_BLD_NONINV_SYS^MDC", "1.13.1.1", bp.systolic, mmhg, tb),
            ("150022^MDC_PRESS_BLD_NONINV_DIA^MDC", "1.13.1.2", bp.diastolic, mmhg, tb),
            ("150023^MDC_PRESS_BLD_NONINV_MEAN^MDC", "1.13.1.3", bp.mean, mmhg, tb),
        ]
    for i, (code, sub, value, unit, when) in enumerate(rows, start=2):
        segments.append(f"OBX|{i}|NM|{code}|{sub}|{value}|{unit}|||||R|||{when}")
    return "\r".join(segments)


@dataclass
class Simulator:
    """Yields the course's messages; ``next_message(now)`` is called every ``rate`` seconds."""

    cpr_digits: str
    bed: str = "OP-STUE-2^^2"
    speed: float = 1.0
    seed: int = 7
    started: datetime | None = None

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._count = 0
        self._next_nibp = 0.0  # course seconds of the next cuff measurement
        self._pending_nibp: tuple[MonitorValues, datetime] | None = None

    def next_message(self, now: datetime) -> tuple[str, MonitorValues, bool]:
        """(message text, the values sent, whether it carries an NIBP)."""
        if self.started is None:
            self.started = now
        course_s = (now - self.started).total_seconds() * self.speed
        values = values_at(course_s, self._rng)
        if course_s >= self._next_nibp:
            # Stamped when the cuff finished; sent once, with the HR/SpO2 of that moment.
            self._pending_nibp = (values, now)
            self._next_nibp += BP_INTERVAL.total_seconds()
        self._count += 1
        control_id = f"SIM{self.started:%H%M%S}-{self._count:06d}"
        nibp, self._pending_nibp = self._pending_nibp, None
        return (
            build_message(control_id, self.cpr_digits, self.bed, now, values, nibp),
            values,
            nibp is not None,
        )


async def run(
    host: str,
    port: int,
    cpr: str,
    *,
    rate: float = 5.0,
    count: int | None = None,
    bed: str = "OP-STUE-2^^2",
    speed: float = 1.0,
    out: Callable[[str], None] = print,
) -> int:
    """Send the course until ``count`` messages went (or forever); returns how many got AA."""
    digits = parse_cpr(cpr).digits
    sim = Simulator(digits, bed=bed, speed=speed)
    try:
        reader, writer = await open_hl7_connection(host, port, encoding="utf-8")
    except OSError as exc:
        raise EbpError(
            _("No HL7 listener on {host}:{port} ({error}).").format(
                host=host, port=str(port), error=str(exc.strerror or exc)
            )
        ) from None
    accepted = 0
    try:
        for n in itertools.count(1):
            text, v, with_bp = sim.next_message(utcnow())
            writer.writeblock(text.encode("utf-8"))
            await writer.drain()
            reply = (await reader.readblock()).decode("utf-8", "replace")
            msa = next((s for s in reply.split("\r") if s.startswith("MSA|")), "MSA|?")
            parts = msa.split("|")
            code = parts[1] if len(parts) > 1 else "?"
            accepted += code == "AA"
            bp = f" NIBP {v.systolic}/{v.diastolic} ({v.mean})" if with_bp else ""
            why = f" {parts[3]}" if len(parts) > 3 and parts[3] else ""
            out(f"#{n} HR {v.heart_rate} SpO2 {v.spo2}%{bp} -> {code}{why}")
            if count is not None and n >= count:
                break
            await asyncio.sleep(rate)
    except (ConnectionError, asyncio.IncompleteReadError) as exc:
        raise EbpError(
            _("The listener closed the connection ({error}).").format(error=str(exc))
        ) from None
    finally:
        writer.close()
    return accepted


def main(
    host: str, port: int, cpr: str, rate: float, count: int | None, bed: str, speed: float
) -> int:
    """``ebp-logger simulate-monitor``; exit 0 when every message was accepted."""
    if rate < 0 or speed <= 0 or (count is not None and count < 1):
        raise EbpError(_("--rate must be ≥ 0, --speed > 0 and --count ≥ 1."))
    try:
        sent_ok = asyncio.run(
            run(
                host,
                port,
                cpr,
                rate=rate,
                count=count,
                bed=bed,
                speed=speed,
                out=lambda line: print(line, flush=True),
            )
        )
    except KeyboardInterrupt:
        return 0
    return 0 if count is None or sent_ok == count else 1
