package org.glutecheck.questionnaire;

import java.util.Locale;

import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.system.KioskProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A saved result by its reference, for the person's own later use on their own device. On a clinic
 * tablet there is no such address: a result is shown only in answer to the questionnaire's final
 * page, so nothing in the tablet's history can bring it back after "Start again".
 */
@Controller
class ResultController {

	private final AssessmentService assessments;

	private final KioskProperties kiosk;

	private final Pages pages;

	ResultController(AssessmentService assessments, KioskProperties kiosk, Pages pages) {
		this.assessments = assessments;
		this.kiosk = kiosk;
		this.pages = pages;
	}

	@GetMapping("/results/{reference}")
	ModelAndView result(@PathVariable String reference, Locale locale) {
		if (kiosk.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return assessments.find(reference)
			.map(assessment -> pages.result(assessment, QuestionnaireForm.of(assessment.answers()), false, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
