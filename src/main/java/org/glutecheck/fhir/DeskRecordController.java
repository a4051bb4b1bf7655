package org.glutecheck.fhir;

import java.util.Locale;

import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.system.Languages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Download FHIR record" on the desk's page of one assessment: the same record as the API's, as a
 * file to save, in the desk's language. Under /desk, so only signed-in staff reach it (the desk's
 * security chain guards every address there); a link, so it works without JavaScript.
 */
@RestController
class DeskRecordController {

	private final AssessmentService assessments;

	private final AssessmentRecords records;

	private final FhirJson json;

	private final Languages languages;

	DeskRecordController(AssessmentService assessments, AssessmentRecords records, FhirJson json, Languages languages) {
		this.assessments = assessments;
		this.records = records;
		this.json = json;
		this.languages = languages;
	}

	@GetMapping("/desk/assessments/{reference}/fhir")
	ResponseEntity<String> download(@PathVariable String reference, Locale locale) {
		Locale language = Questionnaires.language(languages, locale);
		Assessment assessment = assessments.find(reference, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(FhirJson.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("glute-check-" + assessment.reference() + ".fhir.json")
				.build()
				.toString())
			.body(json.write(records.record(assessment, language)));
	}

}
