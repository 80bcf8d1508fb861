"""HL7 v2 (IHE PCD-01) as plain code: parse a monitor's ORU^R01, build its ACK. No database, no
network: the write service (store.services.devices) and the listener (devices) both use it."""
