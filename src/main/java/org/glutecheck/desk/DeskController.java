package org.glutecheck.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.glutecheck.assessment.Reference;
import org.glutecheck.questionnaire.AnswerSummary;
import org.glutecheck.questionnaire.Times;
import org.glutecheck.rulebook.TriageLevel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The desk list (today, newest first), one assessment opened, and marking it seen. */
@Controller
@RequestMapping("/desk")
class DeskController {

	/** The levels in the filter, most urgent first. */
	private static final List<TriageLevel> LEVELS = List.of(TriageLevel.EMERGENCY, TriageLevel.URGENT,
			TriageLevel.SOON, TriageLevel.SELF_CARE);

	private final Desk desk;

	private final DeskProperties properties;

	DeskController(Desk desk, DeskProperties properties) {
		this.desk = desk;
		this.properties = properties;
	}

	@GetMapping
	ModelAndView list(@ModelAttribute("filter") DeskFilter filter) {
		Optional<String> exact = Reference.normalize(filter.reference()).filter(r -> desk.open(r).isPresent());
		if (exact.isPresent()) {
			return new ModelAndView("redirect:/desk/assessments/" + exact.get());
		}
		List<DeskRow> rows = desk.today(filter).stream().map(a -> DeskRow.of(a, desk)).toList();
		return new ModelAndView("desk/list").addObject("rows", rows)
			.addObject("day", desk.day())
			.addObject("today", Times.day(desk.today()))
			// A filtered list says how many of today's it shows, so the counts agree with the rows.
			.addObject("filtered", filter.level() != null || filter.searching())
			.addObject("levels", LEVELS)
			.addObject("full", rows.size() >= properties.listLimit())
			.addObject("pollSeconds", properties.pollSeconds())
			.addObject("refreshSeconds", properties.refreshSeconds());
	}

	@GetMapping("/assessments/{reference}")
	ModelAndView detail(@PathVariable String reference) {
		Desk.Opened opened = desk.open(reference).orElseThrow(DeskController::notFound);
		var assessment = opened.assessment();
		return new ModelAndView("desk/detail").addObject("assessment", assessment)
			.addObject("madeAt", dateTime(assessment.createdAt()))
			.addObject("seenAt", opened.seenAt().map(this::dateTime).orElse(null))
			.addObject("alerting", opened.alerting())
			.addObject("answers", AnswerSummary.of(assessment.answers()))
			.addObject("stoppedEarly", assessment.answers().locations().isEmpty())
			.addObject("newer", desk.newestVersion(assessment.reference()).orElse(null))
			.addObject("history", desk.history(assessment.reference()).stream().map(a -> DeskRow.of(a, desk)).toList())
			.addObject("checkIns", assessment.followUps().stream().map(f -> DeskCheckIn.of(f, desk.zone())).toList());
	}

	@PostMapping("/assessments/{reference}/seen")
	String markSeen(@PathVariable String reference) {
		if (!desk.markSeen(reference)) {
			throw notFound();
		}
		return "redirect:/desk/assessments/" + Reference.normalize(reference).orElseThrow();
	}

	private String dateTime(Instant instant) {
		return Times.dateTime(instant, desk.zone());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
