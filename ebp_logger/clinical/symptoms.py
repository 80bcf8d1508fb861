"""An optional symptom checklist: docs/clinical-rules.md "Diagnostic facts"
(Table 1 of the reference programme: headache features, accompanying symptoms, triggers)."""

from __future__ import annotations

from ebp_logger.clinical.labels import LabelledEnum


class HeadacheFeature(LabelledEnum):
    """Table 1, headache features."""

    ORTHOSTATIC_AT_ONSET = (
        "orthostatic_at_onset",
        "Orthostatic at onset (worse within 30 min upright, better within 30 min lying)",
        "Stillingsafhængig ved debut (forværres inden for 30 min i oprejst stilling, bedres "
        "inden for 30 min i liggende stilling)",
    )
    ACUTE_OR_SUBACUTE_ONSET = (
        "acute_or_subacute_onset",
        "Acute or subacute onset",
        "Akut eller subakut debut",
    )
    WORSE_AS_DAY_GOES_ON = (
        "worse_as_day_goes_on",
        "Worse as the day goes on",
        "Forværres i løbet af dagen",
    )
    WORSE_ON_BENDING_VALSALVA_ACTIVITY = (
        "worse_on_bending_valsalva_activity",
        "Worse on bending forward, Valsalva or physical activity",
        "Forværres ved foroverbøjning, Valsalva-manøvre eller fysisk aktivitet",
    )


class AccompanyingSymptom(LabelledEnum):
    """Table 1, possible accompanying symptoms."""

    NECK_STIFFNESS = ("neck_stiffness", "Neck stiffness", "Nakkestivhed")
    DIZZINESS = ("dizziness", "Dizziness", "Svimmelhed")
    EAR_FULLNESS = ("ear_fullness", "Ear fullness", "Propfornemmelse i øret")
    TINNITUS = ("tinnitus", "Tinnitus", "Tinnitus")
    NAUSEA = ("nausea", "Nausea", "Kvalme")
    INTERSCAPULAR_PAIN = (
        "interscapular_pain",
        "Pain between the shoulder blades",
        "Smerter mellem skulderbladene",
    )
    COGNITIVE_IMPAIRMENT = ("cognitive_impairment", "Cognitive impairment", "Kognitiv påvirkning")
    RADICULAR_SYMPTOMS = ("radicular_symptoms", "Radicular symptoms", "Radikulære symptomer")
    RHINORRHOEA = ("rhinorrhoea", "Runny nose (rhinorrhoea)", "Næseflåd")


class Trigger(LabelledEnum):
    """Table 1, possible triggers."""

    SPONTANEOUS = ("spontaneous", "Spontaneous", "Spontant")
    UNACCUSTOMED_BACK_MOVEMENT = (
        "unaccustomed_back_movement",
        "Unaccustomed back movement (exercise, manipulation, back trauma)",
        "Uvant bevægelse i ryggen (gymnastik/motion, manipulation, rygtraume)",
    )
    AIR_TRAVEL = ("air_travel", "Air travel", "Flyrejse")
    LUMBAR_PUNCTURE = ("lumbar_puncture", "Lumbar puncture", "Lumbalpunktur")
    SURGERY = ("surgery", "Surgery", "Kirurgisk indgreb")
    SPINAL_OR_EPIDURAL_ANAESTHESIA = (
        "spinal_or_epidural_anaesthesia",
        "Spinal or epidural anaesthesia",
        "Spinal- eller epiduralanæstesi",
    )


class LeakType(LabelledEnum):
    """Leak types of the classification in docs/clinical-rules.md "Diagnostic facts"."""

    TYPE_1A = ("1a", "1a – ventral dural tear", "1a – ventral durarift")
    TYPE_1B = ("1b", "1b – lateral dural tear", "1b – lateral durarift")
    TYPE_2A = ("2a", "2a – simple meningeal diverticulum", "2a – simpelt meningealt divertikel")
    TYPE_2B = (
        "2b",
        "2b – complex diverticulum / dural ectasia",
        "2b – komplekst divertikel / dural ektasi",
    )
    TYPE_3 = ("3", "3 – CSF-venous fistula", "3 – CSF-venøs fistel")
    TYPE_4 = (
        "4",
        "4 – distal nerve-root sleeve leak / indeterminate",
        "4 – lækage distalt for nerveroden / uafklaret",
    )
