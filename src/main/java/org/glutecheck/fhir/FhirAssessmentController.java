package org.glutecheck.fhir;

import java.util.List;
import java.util.Locale;

import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.system.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * A saved assessment as a FHIR record, for a client whose Accept header asks for
 * {@code application/fhir+json}: the same address as the JSON document, told apart by the Accept
 * header alone, so a client asking for JSON (or anything, or nothing) still gets the JSON. The
 * lookup is throttled like the JSON one (the throttle watches the address), and a reference that
 * finds nothing gets the same problem document. Documented as the JSON lookup's operation
 * ({@link FhirOpenApi}).
 *
 * <p>It is mapped to {@code application/*+json}, which is less specific than the JSON controller's
 * {@code application/json}: so {@code *}{@code /*}, {@code application/*} and no Accept header at all
 * still reach the JSON, as before (mapped to {@code application/fhir+json}, Spring would prefer
 * this mapping for them). What this mapping then receives, it answers only when the Accept header
 * takes FHIR's JSON; anything else ({@code application/ld+json}, say) gets 406 as before.
 */
@RestController
class FhirAssessmentController {

	private final AssessmentService assessments;

	private final AssessmentRecords records;

	private final FhirJson json;

	private final Languages languages;

	private final MessageSource messages;

	FhirAssessmentController(AssessmentService assessments, AssessmentRecords records, FhirJson json, Languages languages,
			MessageSource messages) {
		this.assessments = assessments;
		this.records = records;
		this.json = json;
		this.languages = languages;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/assessments/{reference}", produces = "application/*+json")
	@Hidden
	ResponseEntity<?> find(@PathVariable String reference,
			@RequestHeader(HttpHeaders.ACCEPT) String accept, Locale locale) throws HttpMediaTypeNotAcceptableException {
		if (!takesFhir(accept)) {
			throw new HttpMediaTypeNotAcceptableException(List.of(FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON));
		}
		Locale language = Questionnaires.language(languages, locale);
		return assessments.find(reference, language)
			.<ResponseEntity<?>>map(assessment -> ResponseEntity.ok()
				.contentType(FhirJson.MEDIA_TYPE)
				.body(json.write(records.record(assessment, language))))
			.orElseGet(() -> notFound(locale));
	}

	/** Whether any type the Accept header takes (with a quality above zero) covers FHIR's JSON. */
	private static boolean takesFhir(String accept) {
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> type.getQualityValue() > 0 && type.includes(FhirJson.MEDIA_TYPE));
		}
		catch (InvalidMediaTypeException malformed) {
			return false;
		}
	}

	/** The JSON lookup's problem document, word for word. */
	private ResponseEntity<ProblemDetail> notFound(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("api.problem.not-found.detail", null, locale));
		problem.setTitle(messages.getMessage("api.problem.not-found.title", null, locale));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
