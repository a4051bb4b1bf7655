package org.glutecheck.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;

/** FHIR's JSON, written by HAPI's parser for R4 (its model is made once: it is slow to make). */
@Component
class FhirJson {

	static final String MEDIA_TYPE_VALUE = "application/fhir+json";

	/** As sent: FHIR's JSON is always UTF-8. */
	static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE + ";charset=UTF-8");

	private final FhirContext context = FhirContext.forR4Cached();

	FhirContext context() {
		return context;
	}

	String write(IBaseResource resource) {
		return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
	}

}
