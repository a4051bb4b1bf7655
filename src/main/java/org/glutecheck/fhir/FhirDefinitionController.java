package org.glutecheck.fhir;

import java.util.Locale;

import org.glutecheck.system.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The definitions the FHIR records name by their canonical URLs: the Questionnaire, in the
 * reader's language, and the code systems and extensions, in English with the other languages'
 * words as designations. Served as FHIR's JSON (also to a client that asks for plain JSON). Every
 * status each operation can answer is listed in its {@code @ApiResponse}s; OpenApiDocumentTest
 * checks the list against what the app really answers.
 */
@RestController
@RequestMapping(path = "/fhir", produces = { FhirJson.MEDIA_TYPE_VALUE, MediaType.APPLICATION_JSON_VALUE })
@Tag(name = "FHIR")
class FhirDefinitionController {

	private final Questionnaires questionnaires;

	private final Definitions definitions;

	private final FhirJson json;

	private final Languages languages;

	private final MessageSource messages;

	FhirDefinitionController(Questionnaires questionnaires, Definitions definitions, FhirJson json, Languages languages,
			MessageSource messages) {
		this.questionnaires = questionnaires;
		this.definitions = definitions;
		this.json = json;
		this.languages = languages;
		this.messages = messages;
	}

	@GetMapping("/Questionnaire/" + Canonical.QUESTIONNAIRE_ID)
	@Operation(operationId = "questionnaire", summary = "The questionnaire as a FHIR R4 Questionnaire",
			description = "The same pages, questions and answers as the site, in the language of Accept-Language "
					+ "(English unless it asks for another the site speaks). Saved assessments name it by its "
					+ "canonical URL and version.")
	@ApiResponse(responseCode = "200", description = "The Questionnaire.", content = @Content(
			mediaType = FhirJson.MEDIA_TYPE_VALUE, schema = @Schema(ref = "#/components/schemas/FhirResource"),
			examples = @ExampleObject(name = "questionnaire", ref = "#/components/examples/FhirQuestionnaire")))
	@ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
	@ApiResponse(responseCode = "500", ref = "#/components/responses/ServerError")
	ResponseEntity<String> questionnaire(Locale locale) {
		return fhir(json.write(questionnaires.questionnaire(Questionnaires.language(languages, locale))));
	}

	@GetMapping("/{type}/{id}")
	@Operation(operationId = "fhirDefinition", summary = "A code system or extension the FHIR records use",
			description = "By the last two parts of its canonical URL: `CodeSystem/conditions`, `CodeSystem/red-flags`, "
					+ "`StructureDefinition/triage-level` and so on (docs/fhir.md lists them).")
	@ApiResponse(responseCode = "200", description = "The CodeSystem or StructureDefinition.", content = @Content(
			mediaType = FhirJson.MEDIA_TYPE_VALUE, schema = @Schema(ref = "#/components/schemas/FhirResource")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/UnreadableAddress")
	@ApiResponse(responseCode = "404", ref = "#/components/responses/NoSuchDefinition")
	@ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
	@ApiResponse(responseCode = "500", ref = "#/components/responses/ServerError")
	ResponseEntity<?> definition(@Parameter(description = "`CodeSystem` or `StructureDefinition`.", example = "CodeSystem")
			@PathVariable String type, @Parameter(description = "Its id.", example = "conditions") @PathVariable String id,
			Locale locale) {
		return definitions.find(type, id).<ResponseEntity<?>>map(found -> fhir(json.write(found))).orElseGet(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					messages.getMessage("fhir.problem.not-found.detail", null, locale));
			problem.setTitle(messages.getMessage("fhir.problem.not-found.title", null, locale));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		});
	}

	private static ResponseEntity<String> fhir(String body) {
		return ResponseEntity.ok().contentType(FhirJson.MEDIA_TYPE).body(body);
	}

}
