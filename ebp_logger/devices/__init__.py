"""Monitor integration: HL7 v2 ORU^R01 (IHE PCD-01) over MLLP, and a monitor simulator."""
