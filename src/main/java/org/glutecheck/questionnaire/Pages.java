package org.glutecheck.questionnaire;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.VersionedAssessment;
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

	private final AssessmentService assessments;

	private final CauseTexts causeTexts;

	Pages(MessageSource messages, KioskProperties kiosk, ClinicTimeZone clinic, AssessmentService assessments,
			CauseTexts causeTexts) {
		this.messages = messages;
		this.kiosk = kiosk;
		this.zone = clinic.timeZone();
		this.assessments = assessments;
		this.causeTexts = causeTexts;
	}

	ModelAndView start(boolean ended, boolean cleared) {
		return new ModelAndView("start").addObject("ended", ended).addObject("cleared", cleared);
	}

	ModelAndView step(Step step, QuestionnaireForm form, boolean review, Map<String, String> problems, Locale locale) {
		return questions(answering("step", form), step.questions(), form, problems, locale)
			.addObject("step", step)
			.addObject("stepCount", Step.count())
			.addObject("review", review)
			.addObject("hidden", hidden(form, step.fields()))
			// The language switch shows this page again through its form, with every answer kept.
			.addObject("languageForm", "step-form")
			.addObject("languageAction", "/check/change?to=" + step.path());
	}

	/**
	 * A page of a check-in on the result with the form's reference: its questions with their
	 * problems, the answers of the other page hidden.
	 *
	 * @param updated whether the code the person typed was replaced by this newer result
	 */
	ModelAndView checkInStep(CheckInStep step, CheckInForm form, Map<String, String> problems, boolean updated,
			Locale locale) {
		return questions(answering("check-in", form), step.questions(), form, problems, locale)
			.addObject("step", step)
			.addObject("stepCount", CheckInStep.count())
			.addObject("updated", updated)
			.addObject("hidden", hidden(form, step.fields()))
			// The language switch sends this page's form, which keeps its answers and shows it again.
			.addObject("languageForm", "check-in-form")
			.addObject("languageAction", "/check-in/" + step.path() + "?go=stay");
	}

	/** The questions of a page with the answers chosen and the problems found: in a summary at the top and beside each. */
	private ModelAndView questions(ModelAndView page, List<Question> questions, PageAnswers form,
			Map<String, String> problems, Locale locale) {
		List<Problem> summary = new ArrayList<>();
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		for (Question question : questions) {
			String key = problems.get(question.field());
			if (key != null) {
				// A field without a message of its own for a refused value gets the general one.
				String text = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key, "error.invalid" }),
						locale);
				summary.add(new Problem(question.field(), question.firstInputId(), text));
				fieldErrors.put(question.field(), text);
			}
		}
		return page.addObject("selected", form.selected()).addObject("problems", summary).addObject("fieldErrors", fieldErrors);
	}

	/** The emergency page for the emergency assessment the warning signs made, with its reference. */
	ModelAndView emergency(QuestionnaireForm form, Assessment assessment) {
		Triage triage = assessment.triage();
		return answering("emergency", form).addObject("triage", triage)
			.addObject("reference", assessment.reference())
			.addObject("reasons", emergencyReasons(triage))
			.addObject("hidden", hidden(form, List.of()))
			// The language switch asks the warning signs again, which shows this page in the new language.
			.addObject("languageForm", "emergency-form")
			.addObject("languageAction", "/check/" + Step.WARNING_SIGNS.path());
	}

	/**
	 * The emergency page when a check-in's warning signs are an emergency, with the reference of the
	 * result it was saved on (or, when it could not be saved there, the reference it was meant for).
	 *
	 * @param triage what the rulebook says of it; null when it could not be saved and its warning
	 * signs are an emergency only with what was reported before, whose triage is the saved one's
	 */
	ModelAndView checkInEmergency(CheckInForm form, Triage triage, boolean saved) {
		return answering("emergency", form).addObject("triage", triage)
			.addObject("reference", form.reference())
			.addObject("reasons", triage == null ? List.of() : emergencyReasons(triage))
			.addObject("checkIn", true)
			.addObject("saved", saved);
	}

	/** "This result has had all the check-ins it takes", with the status of a request that cannot be done now. */
	ModelAndView checkInsFull(String reference) {
		ModelAndView page = new ModelAndView("check-in-full").addObject("reference", reference)
			.addObject("limit", AssessmentService.MAX_FOLLOW_UPS);
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/** A result with the earlier version it replaced, which the page names. */
	ModelAndView result(VersionedAssessment found, QuestionnaireForm form, boolean canChange, Locale locale) {
		Assessment assessment = found.assessment();
		String link = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/results/{reference}")
			.buildAndExpand(assessment.reference())
			.toUriString();
		Causes causes = Causes.of(assessment.conditions());
		boolean emergency = assessment.triage().level() == TriageLevel.EMERGENCY;
		List<ConditionResult> shown = causes.shown();
		Map<String, String> texts = causeTexts.ofTheTen(shown, emergency, locale);
		PageWords words = new PageWords(messages, locale);
		// A cause outside the ten that fits at least moderately is what a clinician should check first.
		boolean considerFirst = assessment.considerAlso().stream().anyMatch(c -> c.match().atLeast(Match.MODERATE));
		return answering("result", form).addObject("assessment", assessment)
			.addObject("likely", CauseCard.of(causes.likely(), 1, shown.size(), false, texts, words))
			.addObject("lessLikely",
					CauseCard.of(causes.lessLikely(), causes.likely().size() + 1, shown.size(), true, texts, words))
			.addObject("shownCount", shown.size())
			.addObject("traces", causes.traces().stream().map(ConditionResult::name).toList())
			.addObject("listedFrom", Causes.LISTED_FROM)
			.addObject("considerAlso", OtherCauseCard.of(assessment.considerAlso(),
					causeTexts.outsideTheTen(assessment.considerAlso(), emergency, locale), words))
			.addObject("considerBefore", !assessment.considerAlso().isEmpty() && considerFirst)
			.addObject("considerAfter", !assessment.considerAlso().isEmpty() && !considerFirst)
			.addObject("emergency", emergency)
			// Saved when the warning signs stopped the questionnaire: nothing was asked that ranks causes.
			.addObject("stoppedEarly", assessment.answers().locations().isEmpty())
			.addObject("createdOn", Times.dateTime(assessment.createdAt(), zone, locale))
			.addObject("link", link)
			// On the clinic tablet the person takes the link away on their own phone.
			.addObject("qr", kiosk.enabled() ? QrCodes.of(link) : null)
			.addObject("summary", AnswerLine.of(AnswerSummary.of(form), words))
			.addObject("canChange", canChange)
			.addObject("history", CheckInHistory.of(assessment, madeWith(assessment, locale), zone, locale))
			.addObject("checkInsFull", assessment.followUps().size() >= AssessmentService.MAX_FOLLOW_UPS)
			.addObject("checkInLimit", AssessmentService.MAX_FOLLOW_UPS)
			.addObject("replaced", found.replaced())
			// Only a result still being answered has the change form that carries them.
			.addObject("hidden", canChange ? hidden(form, List.of()) : List.of());
	}

	/** Why it is an emergency: the reasons at the emergency level. */
	private static List<String> emergencyReasons(Triage triage) {
		return triage.reasons().stream().filter(r -> r.level() == TriageLevel.EMERGENCY).map(TriageReason::text).toList();
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

	/** The triage the assessment was made with, before its check-ins; only asked for when it has some. */
	private Triage madeWith(Assessment assessment, Locale locale) {
		return assessment.followUps().isEmpty() ? assessment.triage()
				: assessments.firstTriage(assessment.reference(), locale).orElse(assessment.triage());
	}

	private static ModelAndView answering(String view, PageAnswers form) {
		// Pages that show answers or results: the clinic tablet clears them when left alone.
		return new ModelAndView(view).addObject("form", form).addObject("showsAnswers", true);
	}

	/** Every answer except the ones this page asks, as hidden fields; never a name twice. */
	private static List<Hidden> hidden(PageAnswers form, List<String> shownFields) {
		List<Hidden> hidden = new ArrayList<>();
		form.values().forEach((field, values) -> {
			if (!shownFields.contains(field)) {
				values.forEach(value -> hidden.add(new Hidden(field, value)));
			}
		});
		return hidden;
	}

}
