package org.glutecheck.api;

import java.net.URI;

import jakarta.validation.Valid;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Assesses answers and reads saved assessments. Every status each operation can answer is listed
 * in its {@code @ApiResponse}s (the problem documents are in openapi.yaml); OpenApiDocumentTest
 * checks the list against what the API really answers.
 */
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments")
class AssessmentApiController {

	private static final String EXAMPLE_ASSESSMENT = "#/components/examples/OuterHipAssessment";

	private static final String REFERENCE = "The reference, in any case, with or without dashes or spaces; "
			+ "`I`, `L` and `O` are read as `1`, `1` and `0`.";

	private final AssessmentService assessments;

	AssessmentApiController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "assess", summary = "Assess a set of answers and save the result",
			description = "Only `locations` is required. The assessment is saved before the `201` is sent, so its "
					+ "reference can be read at once. Unknown fields, unknown codes and values of the wrong type "
					+ "are refused, never converted.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The answers, as the assessment contract writes them.",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = Answers.class),
							examples = @ExampleObject(name = "outerHip", ref = "#/components/examples/OuterHipAnswers"))))
	@ApiResponse(responseCode = "201", description = "Assessed and saved.",
			headers = @Header(name = "Location", required = true,
					description = "The path of the saved assessment, where `GET` reads it back.",
					schema = @Schema(type = "string", format = "uri-reference", example = "/api/v1/assessments/XZ8P-VZX6-JB7P")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Assessment.class),
					examples = @ExampleObject(name = "outerHip", ref = EXAMPLE_ASSESSMENT)))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/InvalidAnswers")
	@ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
	@ApiResponse(responseCode = "413", ref = "#/components/responses/TooLarge")
	@ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
	@ApiResponse(responseCode = "500", ref = "#/components/responses/ServerError")
	ResponseEntity<Assessment> create(@Valid @RequestBody Answers answers) {
		Assessment assessment = assessments.assess(answers);
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.reference())).body(assessment);
	}

	@GetMapping("/{reference}")
	@Operation(operationId = "findAssessment", summary = "A saved assessment by its reference",
			description = "Returns the same document as the `201` did. Lookups that find nothing are counted per "
					+ "client address; too many within a while get `429` for every lookup.")
	@ApiResponse(responseCode = "200", description = "The saved assessment.",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Assessment.class),
					examples = @ExampleObject(name = "outerHip", ref = EXAMPLE_ASSESSMENT)))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/UnreadableAddress")
	@ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
	@ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
	@ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyLookups")
	@ApiResponse(responseCode = "500", ref = "#/components/responses/ServerError")
	Assessment find(@Parameter(description = REFERENCE, example = "XZ8P-VZX6-JB7P") @PathVariable String reference) {
		return assessments.find(reference).orElseThrow(() -> new AssessmentNotFoundException(reference));
	}

	@PostMapping(path = "/{reference}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "checkIn", summary = "Check in on a saved assessment: how is it now?",
			description = "Better, the same or worse than when it was assessed (`course`), the worst pain in the last "
					+ "day (`severity`, 0–10), the warning signs answered one way or the other (`redFlags`, or "
					+ "`noWarningSigns: true`) and any new `symptoms`. The triage is decided again by the same rules "
					+ "on the answers as they are now, with the time since the assessment; it never falls. The "
					+ "check-in is saved before the `201` is sent, and the answer is the whole assessment with its "
					+ "check-ins (`followUps`, oldest first). Counted and throttled like lookups by reference.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The check-in, in the contract's codes.",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = FollowUpAnswers.class),
							examples = @ExampleObject(name = "fever", ref = "#/components/examples/FeverCheckIn"))))
	@ApiResponse(responseCode = "201", description = "Checked in and saved: the assessment as it reads from now on.",
			headers = @Header(name = "Location", required = true,
					description = "The path of the assessment, where `GET` reads it with its check-ins.",
					schema = @Schema(type = "string", format = "uri-reference", example = "/api/v1/assessments/XZ8P-VZX6-JB7P")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Assessment.class),
					examples = @ExampleObject(name = "fever", ref = "#/components/examples/FeverCheckInAssessment")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/InvalidCheckIn")
	@ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
	@ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
	@ApiResponse(responseCode = "409", ref = "#/components/responses/CheckInRefused")
	@ApiResponse(responseCode = "413", ref = "#/components/responses/TooLarge")
	@ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
	@ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyLookups")
	@ApiResponse(responseCode = "500", ref = "#/components/responses/ServerError")
	ResponseEntity<Assessment> checkIn(@Parameter(description = REFERENCE, example = "XZ8P-VZX6-JB7P") @PathVariable String reference,
			@Valid @RequestBody FollowUpAnswers checkIn) {
		Assessment assessment = assessments.addFollowUp(reference, checkIn);
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.reference())).body(assessment);
	}

}
