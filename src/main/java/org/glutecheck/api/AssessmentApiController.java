package org.glutecheck.api;

import java.net.URI;

import jakarta.validation.Valid;
import org.glutecheck.answers.Answers;
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
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Answers in, an educational assessment out")
class AssessmentApiController {

	private final AssessmentService assessments;

	AssessmentApiController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assess a set of answers and save the result",
			description = "Returns 201 with the assessment and its reference; bad answers get a 400 problem document.")
	ResponseEntity<Assessment> create(@Valid @RequestBody Answers answers) {
		Assessment assessment = assessments.assess(answers);
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.reference())).body(assessment);
	}

	@GetMapping("/{reference}")
	@Operation(summary = "A saved assessment by its reference",
			description = "The reference may be typed in any case, with or without dashes; 404 when there is none.")
	Assessment find(@PathVariable String reference) {
		return assessments.find(reference).orElseThrow(() -> new AssessmentNotFoundException(reference));
	}

}
