package org.glutecheck.fhir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every URL the FHIR resources name, made from the configured canonical base and nothing else:
 * never from the request, so a forged Host header cannot appear in any of them.
 */
@Component
@EnableConfigurationProperties(FhirProperties.class)
class Canonical {

	/** The id of the one Questionnaire. */
	static final String QUESTIONNAIRE_ID = "glute-check";

	private final String base;

	Canonical(FhirProperties properties) {
		this.base = properties.canonicalBase().toString();
	}

	String base() {
		return base;
	}

	String questionnaire() {
		return base + "/Questionnaire/" + QUESTIONNAIRE_ID;
	}

	String codeSystem(String id) {
		return base + "/CodeSystem/" + id;
	}

	String extension(String id) {
		return base + "/StructureDefinition/" + id;
	}

	/** The identifier system of an assessment's reference code (a name, not a place to fetch). */
	String referenceSystem() {
		return base + "/assessment-reference";
	}

}
