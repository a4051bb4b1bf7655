package org.glutecheck.api;

import java.util.List;
import java.util.Locale;

import org.glutecheck.rulebook.ConditionDefinition;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookReleases;
import org.springframework.beans.factory.ObjectProvider;
import org.glutecheck.rulebook.Source;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The knowledge base. Every status the operation can answer is listed in its {@code @ApiResponse}s;
 * OpenApiDocumentTest checks the list against what the API really answers.
 */
@RestController
@Tag(name = "Conditions")
class ConditionApiController {

	private final Rulebook rulebook;

	/** Every language's texts; absent, English only. */
	private final ObjectProvider<RulebookReleases> releases;

	ConditionApiController(Rulebook rulebook, ObjectProvider<RulebookReleases> releases) {
		this.rulebook = rulebook;
		this.releases = releases;
	}

	@GetMapping(path = "/api/v1/conditions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listConditions",
			summary = "Every condition the rulebook knows, with explanation, self-care and sources, in the language of Accept-Language")
	@ApiResponse(responseCode = "200", description = "The conditions, in the rulebook's order.")
	@ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
	@ApiResponse(responseCode = "500", ref = "#/components/responses/ServerError")
	List<ConditionSummary> list(Locale locale) {
		RulebookReleases inLanguages = releases.getIfAvailable();
		Rulebook read = inLanguages == null ? rulebook : inLanguages.live(locale);
		return read.conditions().stream().map(ConditionSummary::of).toList();
	}

	record ConditionSummary(String id, String name, String explanation, List<String> selfCare,
			List<String> seeAClinicianIf, List<Source> sources) {

		static ConditionSummary of(ConditionDefinition condition) {
			return new ConditionSummary(condition.id(), condition.name(), condition.explanation(),
					condition.selfCare(), condition.seeAClinicianIf(), condition.sources());
		}

	}

}
