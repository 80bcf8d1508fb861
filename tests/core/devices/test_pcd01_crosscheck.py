"""The fast reader against python-hl7: both read every field we use alike.

``pcd01.parse`` splits messages itself (``split_segments``). Here the same reading runs on
python-hl7's ``hl7.parse`` containers (walked as the reader did before it had its own splitter),
for generated messages with any encoding characters, escapes and stray separators, and for
thousands of the fuzz test's mutated messages. Where python-hl7 reads a message, the fast reader
gives the same message (or refuses it only because its encoding characters are not five distinct
punctuation characters); where python-hl7 cannot read it, neither does the fast reader.
"""

from __future__ import annotations

import random
import string

import hl7
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ebp_logger.hl7 import pcd01
from ebp_logger.hl7.pcd01 import Encoding, MalformedMessage, split_segments
from tests.core.devices.conftest import SAMPLE
from tests.core.devices.test_listener_robustness import _fuzz_bodies

# --- python-hl7 behind the reader's segment interface ------------------------------------------


class Hl7Segment:
    """A python-hl7 segment read the way ``pcd01`` read it before it split messages itself: a
    container level exists only where its separator occurs."""

    def __init__(self, seg: hl7.Segment, enc: Encoding) -> None:
        self.seg = seg
        self.enc = enc
        self.name = str(seg[0]).strip()

    def raw(self, fld: int) -> str:
        return str(self.seg[fld]) if fld < len(self.seg) else ""

    def repetitions(self, fld: int) -> int:
        f = self.seg[fld] if fld < len(self.seg) else None
        return len(f) if f and isinstance(f[0], hl7.Repetition) else 1

    def get(self, fld: int, comp: int = 1, rep: int = 1) -> str:
        leaf = self._leaf(fld, comp, rep).strip()
        return self.enc.unescape(leaf) if self.enc.escape in leaf else leaf

    def _leaf(self, fld: int, comp: int, rep: int) -> str:
        if fld >= len(self.seg):
            return ""
        f = self.seg[fld]
        if not f:
            return ""
        if isinstance(f[0], str):
            return f[0] if rep == comp == 1 else ""
        if rep > len(f) or not f[rep - 1]:
            return ""
        r = f[rep - 1]
        if isinstance(r[0], str):
            return r[0] if comp == 1 else ""
        if comp > len(r):
            return ""
        node = r[comp - 1]
        while not isinstance(node, str):
            if not node:
                return ""
            node = node[0]
        return node


def hl7_split(text: str) -> list[Hl7Segment]:
    msg = hl7.parse(text)
    seps = msg.separators  # segment, field, repetition, component, subcomponent
    enc = Encoding(seps[1], seps[3], seps[2], msg.esc, seps[4])
    return [Hl7Segment(seg, enc) for seg in msg]


def outcome(text: str, split) -> tuple:
    try:
        return ("read", pcd01.parse(text, split))
    except MalformedMessage as exc:
        return ("malformed", exc.error, exc.header, exc.reason)


def assert_same_reading(text: str) -> str:
    """Both readers agree on ``text``; returns how it ended ("read" or "malformed")."""
    fast = outcome(text, split_segments)
    ref = outcome(text, hl7_split)
    if fast[0] == "malformed" and "encoding characters" in fast[3]:
        return "refused"  # python-hl7 guesses; the fast reader refuses (answered AR, kept)
    assert fast[0] == ref[0], (text, fast, ref)
    if fast[0] == "read":
        assert fast[1] == ref[1], text
        assert_same_fields(text)
    else:
        assert fast[2] == ref[2], text  # the salvaged header echoed in the NAK
        if "not an HL7 v2 message" not in ref[3]:
            assert (fast[1], fast[3]) == (ref[1], ref[3]), text
    return fast[0]


# The fields the reader reads, by segment (MSH-n numbered as in HL7, MSH-1 the separator).
FIELDS_READ = {
    "MSH": (3, 4, 5, 6, 7, 9, 10, 11, 12),
    "PID": (3,),
    "PV1": (3,),
    "OBR": (7,),
    "OBX": (1, 2, 3, 5, 6, 11, 14),
}


def assert_same_fields(text: str) -> None:
    """Every field the reader reads, in every segment it reads, component by component and
    repetition by repetition (and as sent, and how many repetitions)."""
    text = pcd01.normalise_segments(text)
    fast, ref = split_segments(text), hl7_split(text)
    assert [s.name for s in fast] == [s.name for s in ref]
    for f, r in zip(fast, ref, strict=True):
        if f is not fast[0] and f.fields[0][:3] in ("MSH", "BHS", "FHS"):
            continue  # python-hl7 splits these as headers; the reader reads only the first MSH
        for fld in FIELDS_READ.get(f.name, ()):
            assert f.raw(fld) == r.raw(fld), (f.name, fld)
            assert f.repetitions(fld) == r.repetitions(fld), (f.name, fld)
            # every repetition and component present, and one past the last of each
            for rep in range(1, f.repetitions(fld) + 2):
                for comp in range(1, f.raw(fld).count(f.enc.component) + 3):
                    assert f.get(fld, comp, rep) == r.get(fld, comp, rep), (f.name, fld, comp, rep)


# --- Generated messages ------------------------------------------------------------------------

PUNCT = string.punctuation


@st.composite
def encodings(draw) -> Encoding:
    if draw(st.booleans()):
        return Encoding()
    chars = draw(st.permutations(PUNCT).map(lambda p: p[:5]))
    return Encoding(*chars)


def escape(text: str, enc: Encoding) -> str:
    """Text as a sender puts it in one component: its separators and escape escaped."""
    codes = {
        enc.escape: "E",
        enc.field: "F",
        enc.component: "S",
        enc.subcomponent: "T",
        enc.repetition: "R",
    }
    return "".join(f"{enc.escape}{codes[c]}{enc.escape}" if c in codes else c for c in text)


TOKENS = [
    "147842",
    "MDC_ECG_HEART_RATE",
    "150456",
    "8867-4",
    "LN",
    "MDC",
    "264864",
    "262688",
    "/min",
    "%",
    "mm[Hg]",
    "NM",
    "R",
    "X",
    "72",
    "97.5",
    " 80 ",
    "20261123101500+0100",
    "20261123101500",
    "1205711003",
    "120571-1003",
    "CPR",
    "NNDNK",
    "OP-STUE-2",
    "ORU",
    "R01",
    "2.6",
    "",
    " ",
]


@st.composite
def leaves(draw, enc: Encoding) -> str:
    """One subcomponent as sent: a token, free text escaped, or raw escape sequences that are
    well-formed, unknown or unterminated."""
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(st.sampled_from(TOKENS))
    if kind == 1:
        return escape(draw(st.text(PUNCT + " 0123456789AZaz€æ", max_size=8)), enc)
    if kind == 2:
        code = draw(st.sampled_from(["F", "S", "T", "R", "E", "H", "N", ".br", "X41", "", "Q"]))
        return draw(st.sampled_from(TOKENS)) + f"{enc.escape}{code}{enc.escape}"
    if kind == 3:
        return draw(st.sampled_from(TOKENS)) + enc.escape + draw(st.sampled_from(["", "F", "7"]))
    # characters that separate in the default encoding but maybe not in this one
    return draw(st.text("|^~\\&#$*@" + "0123456789 ", max_size=6))


@st.composite
def fields(draw, enc: Encoding) -> str:
    """Leaves joined by repetition, component and subcomponent separators."""
    parts = draw(st.lists(leaves(enc), min_size=1, max_size=6))
    seps = draw(
        st.lists(
            st.sampled_from([enc.repetition, enc.component, enc.component, enc.subcomponent]),
            min_size=len(parts) - 1,
            max_size=len(parts) - 1,
        )
    )
    return parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))


# Segments of a valid PCD-01 message, written with the default separators (no escapes):
# re-encoded with the drawn encoding characters, their text escaped where it needs to be.
TEMPLATES = [
    "PID|||H123^^^HOSP^MR~1205711003^^^CPR^NNDNK||Demo^Ærø",
    "PV1||I|OP-STUE-2^^2",
    "OBR|1|||182777000^monitoring of patient^SCT|||20261123101500+0100",
    "OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X",
    "OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1.5.1.1|68|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||R|||"
    "20261123101500+0100",
    "OBX|3|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.6.1.1|97.5|262688^MDC_DIM_PERCENT^MDC|||||R",
    "OBX|5|NM|150021^MDC_PRESS_BLD_NONINV_SYS^MDC|1.13.1.1|126|266016^MDC_DIM_MMHG^MDC|||||R|||"
    "20261123101430+0100",
    "OBX|6|NM|150022^MDC_PRESS_BLD_NONINV_DIA^MDC|1.13.1.2|78|mm[Hg]|||||R|||20261123101430+0100",
    "OBX|7|NM|8867-4^Heart rate^LN||68|/min^/min^UCUM|||||R|||20261123084500-0030",
]
MSH_TEMPLATE = (
    "MSH|^~\\&|PATMON^00A0B1FFFE2C3D4E^EUI-64|OP-STUE-2|EBPLOGGER|ANAESTESI|"
    "20261123101500+0100||ORU^R01^ORU_R01|PM-000451|P|2.6"
)


def encode(template: str, enc: Encoding) -> list[str]:
    """A template segment's fields in ``enc``, each leaf escaped."""
    name, *rest = template.split("|")
    if name == "MSH":
        msh2 = enc.component + enc.repetition + enc.escape + enc.subcomponent
        return [name, msh2] + [encode_field(f, enc) for f in rest[1:]]
    return [name] + [encode_field(f, enc) for f in rest]


def encode_field(text: str, enc: Encoding) -> str:
    return enc.repetition.join(
        enc.component.join(escape(c, enc) for c in r.split("^")) for r in text.split("~")
    )


@st.composite
def messages(draw) -> str:
    """A valid message in drawn encoding characters, then a few fields replaced by drawn ones
    (stray separators, escapes of every kind, empty and padded values)."""
    enc = draw(encodings())
    chosen = draw(st.lists(st.sampled_from(TEMPLATES), max_size=8))
    segments = [encode(t, enc) for t in [MSH_TEMPLATE, *chosen]]
    for _ in range(draw(st.integers(0, 4))):
        seg = draw(st.sampled_from(segments))
        where = draw(st.integers(2 if seg is segments[0] else 0, 15))
        seg += [""] * (where + 1 - len(seg))
        seg[where] = draw(fields(enc))
    return "\r".join(enc.field.join(seg) for seg in segments)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_generated_messages_read_alike(text):
    assert_same_reading(text)


def test_the_templates_read_in_any_encoding_characters():
    """Before fields are replaced, a generated message is valid whatever its encoding
    characters: every value is read, the escaped ones too."""
    rng = random.Random(3)
    for _ in range(50):
        enc = Encoding(*rng.sample(PUNCT, 5))
        text = "\r".join(enc.field.join(encode(t, enc)) for t in [MSH_TEMPLATE, *TEMPLATES])
        assert assert_same_reading(text) == "read"
        m = pcd01.parse(text)
        assert m.problems == () and m.skipped == () and m.cpr == "1205711003"
        assert m.header.control_id == escape("PM-000451", enc)  # echoed as sent
        assert [o.value for o in m.observations] == [68, 98, 126, 78, 68]
        assert pcd01.readings(m.observations)[1] == []


@st.composite
def encoded_text(draw) -> tuple[Encoding, str]:
    enc = draw(encodings())
    return enc, draw(st.text(PUNCT + " 0123456789AZaz€æ", max_size=20))


@settings(max_examples=300, deadline=None)
@given(encoded_text())
def test_escaped_text_reads_back_as_sent_and_as_python_hl7_unescapes_it(case):
    enc, text = case
    msh2 = enc.component + enc.repetition + enc.escape + enc.subcomponent
    msg = enc.field.join(["MSH", msh2, "A", "B", "C", "D", "20261123101500", "", "ORU"])
    obx = enc.field.join(["OBX", "1", "NM", enc.component.join(["1", escape(text, enc), "MDC"])])
    seg = split_segments(msg + "\r" + obx)[1]
    assert seg.get(3, 2) == text.strip()
    parsed = hl7.parse(msg + "\r" + obx)
    assert parsed.unescape(escape(text, enc)) == text


# --- Mutated messages (the fuzz test's) -------------------------------------------------------


def test_the_sample_reads_alike():
    assert assert_same_reading(pcd01.decode(SAMPLE.read_bytes())) == "read"


def test_thousands_of_mutated_messages_read_alike():
    rng = random.Random(7)
    ends: dict[str, int] = {"read": 0, "malformed": 0, "refused": 0}
    for body in _fuzz_bodies(rng, 3000):
        try:
            text = pcd01.decode(body)
        except MalformedMessage:
            continue  # not UTF-8: refused before any splitting
        ends[assert_same_reading(text)] += 1
    assert ends["read"] > 1000 and ends["malformed"] > 100, ends


@pytest.mark.parametrize(
    "msh",
    [
        "MSH|^^\\&|A|B|C|D|20261123101500||ORU^R01|C1|P|2.6",  # component = repetition
        "MSH|^~a&|A|B|C|D|20261123101500||ORU^R01|C1|P|2.6",  # a letter as escape
        "MSH ^~\\& A B C D 20261123101500  ORU^R01 C1 P 2.6",  # a space as field separator
    ],
)
def test_unusable_encoding_characters_are_refused(msh):
    with pytest.raises(MalformedMessage) as err:
        pcd01.parse(msh + "\rOBX|1|NM|147842^^MDC||70|/min")
    assert "encoding characters" in err.value.reason
