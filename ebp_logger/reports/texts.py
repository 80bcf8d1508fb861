"""Staff-facing words of the procedure record and the blank paper form, in both languages.

(The patient's discharge sheet reads its words from editable files instead; see wording.py.)
"""

from __future__ import annotations

from ebp_logger.clinical.labels import Label, LabelledEnum

# key: (English, Danish)
_TEXTS: dict[str, tuple[str, str]] = {
    # document titles and page furniture
    "record_title": (
        "Procedure record – epidural blood patch",
        "Procedurenotat – epidural blodpatch",
    ),
    "form_title": (
        "Paper record – epidural blood patch (downtime)",
        "Papirskema – epidural blodpatch (nedetid)",
    ),
    "form_intro": (
        "For use when EBP Logger cannot be used. Enter everything into EBP Logger afterwards; "
        "the entries are then marked as entered from paper. Keep this form with the chart.",
        "Bruges, når EBP Logger ikke kan bruges. Indtast alt i EBP Logger bagefter; "
        "registreringerne markeres så som indtastet fra papir. Gem skemaet i journalen.",
    ),
    "page_of": ("Page {page} of {pages}", "Side {page} af {pages}"),
    "printed": ("Printed {when}", "Udskrevet {when}"),
    "printed_by": ("Printed {when} by {who}", "Udskrevet {when} af {who}"),
    "session_no": ("Session", "Forløb"),
    "date": ("Date", "Dato"),
    "yes": ("Yes", "Ja"),
    "no": ("No", "Nej"),
    "none_recorded": ("None recorded.", "Intet registreret."),
    "not_recorded": ("not recorded", "ikke registreret"),
    "paper_mark": ("(paper)", "(papir)"),
    "paper_note": (
        "(paper) = entered afterwards from the paper form.",
        "(papir) = indtastet bagefter fra papirskemaet.",
    ),
    # patient and session
    "patient_section": ("Patient", "Patient"),
    "name": ("Name", "Navn"),
    "cpr": ("CPR", "CPR"),
    "birth_date": ("Date of birth", "Fødselsdato"),
    "sex": ("Sex", "Køn"),
    "sheet_language": ("Discharge sheet language", "Sprog for udskrivelsesbrev"),
    "lang_da": ("Danish", "Dansk"),
    "lang_en": ("English", "Engelsk"),
    "comorbidity": ("Comorbidity", "Komorbiditet"),
    "medication": ("Medication", "Medicin"),
    "earlier_illnesses": ("Earlier illnesses", "Tidligere sygdomme"),
    "session_section": ("Procedure", "Procedure"),
    "status": ("Status", "Status"),
    "attempt": ("Attempt (patch no.)", "Forsøg (blodpatch nr.)"),
    "previous_session": ("Previous session", "Forrige forløb"),
    "indication": ("Indication", "Indikation"),
    "referring": ("Referring neurologist", "Henvisende neurolog"),
    "patch_type": ("Type", "Type"),
    "leak_level": ("Leak level", "Lækageniveau"),
    "puncture_level": ("Puncture level", "Punkturniveau"),
    "operator": ("Operator", "Operatør"),
    "room_bed": ("Room / bed", "Stue / seng"),
    "symptom_onset": ("Symptom onset", "Symptomdebut"),
    "possible_cause": ("Trauma or possible cause", "Traume eller mulig årsag"),
    "symptoms": ("Symptoms", "Symptomer"),
    "created": ("Set up", "Oprettet"),
    "started": ("Procedure started", "Procedure startet"),
    "ended": ("Procedure ended", "Procedure afsluttet"),
    "rest_ended": ("Rest ended / discharged", "Hvile slut / udskrevet"),
    "discharged_by": ("Discharged by", "Udskrevet af"),
    "from_paper": ("Entered from paper", "Indtastet fra papir"),
    "volume_total": ("Total volume", "Samlet volumen"),
    # scores
    "scores_section": ("Headache scores (NRS 0–10)", "Hovedpinescore (NRS 0–10)"),
    "timepoint": ("Time point", "Tidspunkt"),
    "time": ("Time", "Tid"),
    "time_binned": ("Time ({minutes} min)", "Tid ({minutes} min)"),
    "lying": ("Lying", "Liggende"),
    "standing": ("Standing", "Stående"),
    "by": ("By", "Af"),
    # checklist
    "checklist_section": ("Checklist before the procedure", "Tjekliste før proceduren"),
    "question": ("Question", "Spørgsmål"),
    "answer": ("Answer", "Svar"),
    "detail": ("Detail", "Uddybning"),
    # vitals
    "chart_section": ("Vital signs and cumulative volume", "Vitale værdier og akkumuleret volumen"),
    "vitals_section": ("Vital signs", "Vitale værdier"),
    "bp": ("BP (mmHg)", "BT (mmHg)"),
    "map": ("MAP", "MAP"),
    "bp_short": ("BP", "BT"),
    "hr_short": ("HR", "Puls"),
    "systolic": ("Systolic BP", "Systolisk BT"),
    "diastolic": ("Diastolic BP", "Diastolisk BT"),
    "hr": ("HR (/min)", "Puls (/min)"),
    "spo2": ("SpO2 (%)", "SpO2 (%)"),
    "rhythm": ("ECG rhythm", "EKG-rytme"),
    "source": ("Source", "Kilde"),
    "volume_ml": ("Volume (ml)", "Volumen (ml)"),
    "artefact_note": (
        "* marked as artefact (kept in the record, left out of the chart).",
        "* markeret som artefakt (bevaret i notatet, udeladt af grafen).",
    ),
    # Mean arterial pressure not measured: the usual estimate, marked as calculated.
    "map_calc_mark": ("calc.", "beregn."),
    "map_calc_note": (
        "calc. = mean pressure calculated as (systolic + 2 × diastolic) / 3; not measured.",
        "beregn. = middeltryk beregnet som (systolisk + 2 × diastolisk) / 3; ikke målt.",
    ),
    "binned_note": (
        "{count} vital-sign readings are shown at {minutes}-minute resolution: each row is one "
        "{minutes}-minute interval, starting at the time shown; a cell shows the median and, in "
        "brackets, the lowest and highest value. Artefacts are left out. Every single reading "
        "is kept in the database and its export.",
        "{count} målinger af vitale værdier vises med {minutes} minutters opløsning: hver række er "
        "et interval på {minutes} minutter fra det viste tidspunkt; en celle viser medianen og i "
        "parentes den laveste og højeste værdi. Artefakter er udeladt. Hver enkelt måling er "
        "bevaret i databasen og dens eksport.",
    ),
    "chart_downsampled": (
        "The chart shows {shown} of {count} points (the lowest and highest value of each stretch "
        "kept).",
        "Grafen viser {shown} af {count} punkter (laveste og højeste værdi i hvert stykke er "
        "bevaret).",
    ),
    "no_vitals": ("No vital signs recorded.", "Ingen vitale værdier registreret."),
    # injections and stop
    "injections_section": ("Injections", "Injektioner"),
    "component": ("Component", "Komponent"),
    "amount": ("Amount (ml)", "Mængde (ml)"),
    "cumulative": ("Total (ml)", "I alt (ml)"),
    "stop_section": ("Stop of injection", "Stop af injektion"),
    "reason": ("Reason", "Årsag"),
    "description": ("Description", "Beskrivelse"),
    "blood_total": ("Blood at the stop (ml)", "Blod ved stop (ml)"),
    "glue_total": ("Fibrin glue at the stop (ml)", "Fibrinlim ved stop (ml)"),
    # events
    "events_section": ("Events and complications", "Hændelser og komplikationer"),
    "event": ("Event", "Hændelse"),
    "level": ("Level", "Niveau"),
    "note": ("Note", "Notat"),
    "complication": ("Complication", "Komplikation"),
    "observations_section": (
        "Warning signs observed after the procedure",
        "Advarselstegn observeret efter proceduren",
    ),
    "signs": ("Signs", "Tegn"),
    "acknowledged": ("Seen by doctor", "Set af læge"),
    # follow-up, Bern
    "followup_section": ("Follow-up", "Opfølgning"),
    "effect": ("Effect", "Effekt"),
    "recurrence": ("Recurrence", "Recidiv"),
    "decision": ("Decision", "Beslutning"),
    "bern_section": ("Bern score (brain MRI)", "Bern-score (MR af hjernen)"),
    "points": ("Points", "Point"),
    # corrections
    "corrections_section": (
        "Corrections and voided entries",
        "Rettelser og annullerede registreringer",
    ),
    "entry": ("Entry", "Registrering"),
    "original": ("Original", "Oprindelig"),
    "new_value": ("New", "Ny"),
    "when": ("When", "Hvornår"),
    "why": ("Why", "Hvorfor"),
    "voided": ("voided", "annulleret"),
    "artefact": ("marked as artefact", "markeret som artefakt"),
    "kind_vital": ("Vital signs", "Vitale værdier"),
    "kind_injection": ("Injection", "Injektion"),
    "kind_event": ("Event", "Hændelse"),
    "kind_stop": ("Stop", "Stop"),
    "kind_score": ("Headache score", "Hovedpinescore"),
    "kind_checklist": ("Checklist", "Tjekliste"),
    "kind_observation": ("Observation", "Observation"),
    "kind_follow_up": ("Follow-up", "Opfølgning"),
    "kind_bern": ("Bern score", "Bern-score"),
    "kind_session": ("Session", "Forløb"),
    # blank form only
    "form_identity_note": ("Patient label / sticker", "Patientlabel / etiket"),
    "other_specify": ("Other:", "Andet:"),
    "nrs_hint": ("NRS 0–10", "NRS 0–10"),
    "bp_every": (
        "Blood pressure every {minutes} minutes; SpO2 and 3-lead ECG continuously.",
        "Blodtryk hvert {minutes}. minut; SpO2 og 3-punkts EKG kontinuerligt.",
    ),
    "volume_max": (
        "Non-targeted: up to {max_ml} ml blood, typically {low}–{high} ml. Stop at increased "
        "headache, radicular pain or back pain.",
        "Non-targeted: op til {max_ml} ml blod, typisk {low}–{high} ml. Stop ved øget hovedpine, "
        "radikulære smerter eller rygsmerter.",
    ),
    "stop_time": ("Time of stop", "Tidspunkt for stop"),
    "end_time": ("Procedure ended at", "Procedure afsluttet kl."),
    "signature": ("Signature", "Underskrift"),
    "entered_by": (
        "Entered into EBP Logger on (date) / by",
        "Indtastet i EBP Logger den (dato) / af",
    ),
    "rest_section": ("Supine rest and discharge", "Hvile i vandret leje og udskrivelse"),
    "score_24h": ("Headache score {hours} h after", "Hovedpinescore {hours} timer efter"),
    "score_baseline": ("Headache score before the procedure", "Hovedpinescore før proceduren"),
    # the blank form's rest page (scores at the department's checkpoints, warning signs)
    "rest_scores": ("Headache scores during the rest", "Hovedpinescorer under hvilen"),
    "rest_note": (
        "The patient lies flat as much as possible for up to {hours} h after the procedure.",
        "Patienten ligger fladt så vidt muligt i op til {hours} timer efter proceduren.",
    ),
    "score_when": ("Due", "Tidspunkt"),
    "checkpoint_at": ("{hours} h after", "{hours} timer efter"),
    "h24_at": (
        "24 h score (counts {low}–{high} h after)",
        "24 t-score (tæller {low}–{high} timer efter)",
    ),
    "other_time": ("Other time", "Andet tidspunkt"),
    "discharge_section": ("Discharge", "Udskrivelse"),
    "warning_section": ("Warning signs during the rest", "Advarselstegn under hvilen"),
    "warning_note": (
        "Any of these: call the anaesthesiologist at once and write down the action taken.",
        "Ved et af disse: tilkald anæstesiologen straks, og skriv den iværksatte handling.",
    ),
    "signs_seen": ("Sign(s) seen", "Tegn set"),
    "action_taken": ("Doctor called / action taken", "Læge tilkaldt / handling"),
    "department_blank": (
        "Department: ______________________",
        "Afdeling: ______________________",
    ),
    "discharge_sheet_given": ("Discharge sheet given", "Udskrivelsesbrev udleveret"),
    "sheet_language_choice": ("Language: Danish / English", "Sprog: dansk / engelsk"),
}

TEXTS: dict[str, Label] = {key: Label(en=en, da=da) for key, (en, da) in _TEXTS.items()}


def tr(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in."""
    text = TEXTS[key].text(lang)
    return text.format(**values) if values else text


def enum_label(code: str | None, lang: str, *enums: type[LabelledEnum]) -> str:
    """The label of a stored code in the first enum that knows it; the code itself otherwise
    (a record must print even if a code was retired)."""
    if not code:
        return ""
    for cls in enums:
        try:
            return cls(code).label(lang)
        except ValueError:
            continue
    return str(code)
