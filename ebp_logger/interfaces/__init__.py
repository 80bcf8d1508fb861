"""Hospital interfaces: patients in (HL7 v2 ADT), records out (HL7 v2 MDM), FHIR R4 export.

python-hl7 reads what the hospital sends; hl7apy builds what we send and checks it strictly
against the HL7 message structure; fhir.resources builds the FHIR resources."""
