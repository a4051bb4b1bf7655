package org.glutecheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical base is a plain http or https address, or the app does not start. */
class FhirPropertiesTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://glutecheck.org/fhir", "https://clinic.example/fhir", "http://localhost:8080/fhir",
			"https://clinic.example" })
	void aPlainAddressIsTheStartOfEveryCanonicalUrl(String base) {
		Canonical canonical = new Canonical(new FhirProperties(URI.create(base)));
		assertThat(canonical.questionnaire()).isEqualTo(base + "/Questionnaire/glute-check");
		assertThat(canonical.codeSystem("conditions")).isEqualTo(base + "/CodeSystem/conditions");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fhir", "fhir", "urn:uuid:6f1c0000-0000-0000-0000-000000000000", "ftp://clinic.example/fhir",
			"https://clinic.example/fhir/", "https://clinic.example/fhir?x=1", "https://clinic.example/fhir#top",
			"https://user:pass@clinic.example/fhir", "javascript:alert(1)" })
	void anythingElseStopsTheStart(String base) {
		assertThatIllegalArgumentException().isThrownBy(() -> new FhirProperties(URI.create(base)))
			.withMessageContaining("glutecheck.fhir.canonical-base");
	}

}
