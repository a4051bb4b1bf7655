package org.glutecheck.questionnaire;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.system.ClinicTimeZone;
import org.glutecheck.system.KioskProperties;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds the model of each kind of page the questionnaire shows. */
@Component
class Pages {

	/** One answer riding along in a hidden field. */
	record Hidden(String name, String value) {
	}

	/** One entry of the error summary: the message, and the input its link jumps to. */
	record Problem(String field, String target, String text) {
	}

	private final MessageSource messages;

	private final KioskProperties kiosk;

	/** The clinic's zone, as at the desk, so a result and the desk give the same time. */
	private final ZoneId zone;

	Pages(MessageSource messages, KioskProperties kiosk, ClinicTimeZone clinic) {
		this.messages = messages;
		this.kiosk = kiosk;
		this.zone = clinic.timeZone();
	}

	ModelAndView start(boolean ended, boolean cleared) {
		return new ModelAndView("start").addObject("ended", ended).addObject("cleared", cleared);
	}

	ModelAndView step(Step step, QuestionnaireForm form, boolean review, Map<String, String> problems, Locale locale) {
		List<Problem> summary = new ArrayList<>();
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		for (Question question : step.questions()) {
			String key = problems.get(question.field());
			if (key != null) {
				// A field without a message of its own for a refused value gets the general one.
				String text = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key, "error.invalid" }),
						locale);
				summary.add(new Problem(question.field(), question.firstInputId(), text));
				fieldErrors.put(question.field(), text);
			}
		}
		return answering("step", form)
			.addObject("step", step)
			.addObject("stepCount", Step.count())
			.addObject("review", review)
			.addObject("hidden", hidden(form, step.fields()))
			.addObject("selected", form.selected())
			.addObject("problems", summary)
			.addObject("fieldErrors", fieldErrors)
			// The language switch shows this page again through its form, with every answer kept.
			.addObject("languageForm", "step-form")
			.addObject("languageAction", "/check/change?to=" + step.path());
	}

	/** The emergency page for the emergency assessment the warning signs made, with its reference. */
	ModelAndView emergency(QuestionnaireForm form, Assessment assessment) {
		Triage triage = assessment.triage();
		List<String> why = triage.reasons()
			.stream()
			.filter(r -> r.level() == TriageLevel.EMERGENCY)
			.map(TriageReason::text)
			.toList();
		return answering("emergency", form).addObject("triage", triage)
			.addObject("reference", assessment.reference())
			.addObject("reasons", why)
			.addObject("hidden", hidden(form, List.of()))
			// The language switch asks the warning signs again, which shows this page in the new language.
			.addObject("languageForm", "emergency-form")
			.addObject("languageAction", "/check/" + Step.WARNING_SIGNS.path());
	}

	ModelAndView result(Assessment assessment, QuestionnaireForm form, boolean canChange, Locale locale) {
		String link = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/results/{reference}")
			.buildAndExpand(assessment.reference())
			.toUriString();
		Causes causes = Causes.of(assessment.conditions());
		return answering("result", form).addObject("assessment", assessment)
			.addObject("likely", causes.likely())
			.addObject("lessLikely", causes.lessLikely())
			.addObject("shownCount", causes.likely().size() + causes.lessLikely().size())
			.addObject("traces", causes.traces().stream().map(ConditionResult::name).toList())
			.addObject("listedFrom", Causes.LISTED_FROM)
			.addObject("considerAlso", assessment.considerAlso())
			.addObject("considerFirst", assessment.considerAlso().stream().anyMatch(c -> c.match().atLeast(Match.MODERATE)))
			.addObject("emergency", assessment.triage().level() == TriageLevel.EMERGENCY)
			// Saved when the warning signs stopped the questionnaire: nothing was asked that ranks causes.
			.addObject("stoppedEarly", assessment.answers().locations().isEmpty())
			.addObject("createdOn", Times.dateTime(assessment.createdAt(), zone, locale))
			.addObject("link", link)
			// On the clinic tablet the person takes the link away on their own phone.
			.addObject("qr", kiosk.enabled() ? QrCodes.of(link) : null)
			.addObject("summary", AnswerSummary.of(form))
			.addObject("canChange", canChange)
			.addObject("hidden", hidden(form, List.of()));
	}

	/** "Delete this result?", for the result with this reference. */
	ModelAndView confirmDelete(String reference) {
		return new ModelAndView("delete").addObject("reference", reference).addObject("showsAnswers", true);
	}

	/** "No result has that code", with the status that tells the lookup throttle it was a miss. */
	ModelAndView noSuchResult(String typed) {
		ModelAndView page = new ModelAndView("no-result").addObject("typed", typed);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	private static ModelAndView answering(String view, QuestionnaireForm form) {
		// Pages that show answers or results: the clinic tablet clears them when left alone.
		return new ModelAndView(view).addObject("form", form).addObject("showsAnswers", true);
	}

	/** Every answer except the ones this page asks, as hidden fields; never a name twice. */
	private static List<Hidden> hidden(QuestionnaireForm form, List<String> shownFields) {
		List<Hidden> hidden = new ArrayList<>();
		form.values().forEach((field, values) -> {
			if (!shownFields.contains(field)) {
				values.forEach(value -> hidden.add(new Hidden(field, value)));
			}
		});
		return hidden;
	}

}
