"""The form of a SNOMED CT concept id, checked before it is sent to the hospital.

The rules are those of the SNOMED CT identifier (SCTID) as SNOMED International publishes
them in the SNOMED CT Technical Implementation Guide, section "SCTID Data Type": 6 to 18
digits with no leading zero; the last digit is a Verhoeff check digit; the two digits before
it are the partition identifier, "00" for a concept of the International Edition and "10" for
a concept of an extension (a national edition such as the Danish one).

This proves an id well formed, not that it names the right concept: which concept is the
epidural blood patch is checked by the department in the SNOMED CT browser (see
``fhir_ebp_snomed_code`` in store/settings.py). A typing slip, though, is caught here: the
check digit finds every single wrong digit and every swap of two neighbouring digits.
"""

from __future__ import annotations

from stdnum import verhoeff

from ebp_logger.i18n import Msg, _

CONCEPT_PARTITIONS = ("00", "10")


def sctid_problem(text: str) -> Msg | None:
    """What is wrong with ``text`` as a SNOMED CT concept id, in a sentence, or None."""
    shown = repr(text)  # at most 18 characters: settings checks the length first
    if not (text.isascii() and text.isdigit() and 6 <= len(text) <= 18) or text[0] == "0":
        return _("{value} is not 6 to 18 digits without a leading zero").format(value=shown)
    if not verhoeff.is_valid(text):
        return _("the check digit of {value} does not match: a digit is mistyped").format(
            value=shown
        )
    if text[-3:-1] not in CONCEPT_PARTITIONS:
        return _("{value} is a SNOMED CT id, but not a concept id").format(value=shown)
    return None
