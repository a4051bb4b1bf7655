package org.glutecheck.fhir;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The lookup's FHIR answer in the OpenAPI description: the same operation as the JSON one (one
 * address, told apart by Accept), so its {@code 200} gains {@code application/fhir+json} beside
 * {@code application/json}, with the schema and the example written in openapi.yaml. The FHIR
 * method itself is left out of springdoc's scan, which would make a second operation of it.
 */
@Configuration(proxyBeanMethods = false)
class FhirOpenApi {

	static final String LOOKUP = "/api/v1/assessments/{reference}";

	@Bean
	OpenApiCustomizer fhirRecordOfALookup() {
		return openApi -> {
			PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(LOOKUP);
			Operation lookup = path == null ? null : path.getGet();
			ApiResponse found = lookup == null || lookup.getResponses() == null ? null : lookup.getResponses().get("200");
			if (found == null || found.getContent() == null) {
				return;
			}
			found.setDescription(found.getDescription() + " With `Accept: application/fhir+json`, as a FHIR R4 Bundle "
					+ "(docs/fhir.md): a client that takes plain JSON at all gets the JSON.");
			found.getContent()
				.addMediaType(FhirJson.MEDIA_TYPE_VALUE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/FhirBundle"))
					.addExamples("outerHipFhir", new Example().$ref("#/components/examples/OuterHipFhirRecord")));
		};
	}

}
