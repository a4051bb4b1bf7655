package org.glutecheck.questionnaire;

import java.util.Locale;

import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.Reference;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A saved result by its reference, for the person's own later use on their own device (on a
 * clinic tablet they reach it by the QR code on their phone; the tablet itself never opens this
 * address, so its history cannot bring a result back after "Start again"). Also deleting a result
 * at its owner's request. Every request here that finds nothing answers 404, which the lookup
 * throttle counts, so neither the address nor the delete form can be used to guess references.
 */
@Controller
class ResultController {

	private final AssessmentService assessments;

	private final Sittings sittings;

	private final Pages pages;

	private final CheckIns checkIns;

	ResultController(AssessmentService assessments, Sittings sittings, Pages pages, CheckIns checkIns) {
		this.assessments = assessments;
		this.sittings = sittings;
		this.pages = pages;
		this.checkIns = checkIns;
	}

	/** A result that was changed later says so at the top, and leads to its newest version. */
	@GetMapping("/results/{reference}")
	ModelAndView result(@PathVariable String reference, Locale locale) {
		return assessments.findVersioned(reference)
			.map(found -> pages.result(found, QuestionnaireForm.of(found.assessment().answers()), false, locale)
				.addObject("updatedTo", found.newest()))
			.orElseGet(() -> pages.noSuchResult(reference));
	}

	/** The start page's "open a result" box: on to the result's own address, which the throttle watches. */
	@GetMapping("/results")
	ModelAndView open(@RequestParam(defaultValue = "") String code) {
		return Reference.normalize(code)
			.map(canonical -> new ModelAndView("redirect:/results/" + canonical))
			.orElseGet(() -> pages.noSuchResult(code));
	}

	/** "Delete my result": first a page that asks, then the deletion; a POST both times, so it works without script. */
	@PostMapping(path = "/results/{reference}", params = "delete")
	ModelAndView delete(@PathVariable String reference, @RequestParam String delete) {
		if (!"yes".equals(delete)) {
			return assessments.find(reference)
				.map(assessment -> pages.confirmDelete(assessment.reference()))
				.orElseGet(() -> pages.noSuchResult(reference));
		}
		if (!sittings.delete(reference)) {
			return pages.noSuchResult(reference);
		}
		Reference.normalize(reference).ifPresent(checkIns::forget);
		return new ModelAndView("redirect:/deleted");
	}

	@GetMapping("/deleted")
	String deleted() {
		return "deleted";
	}

}
