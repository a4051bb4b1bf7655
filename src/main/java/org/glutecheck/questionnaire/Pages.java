package org.glutecheck.questionnaire;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

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

	Pages(MessageSource messages) {
		this.messages = messages;
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
			.addObject("fieldErrors", fieldErrors);
	}

	ModelAndView emergency(QuestionnaireForm form, Triage triage) {
		List<String> why = triage.reasons()
			.stream()
			.filter(r -> r.level() == TriageLevel.EMERGENCY)
			.map(TriageReason::text)
			.toList();
		return answering("emergency", form).addObject("triage", triage)
			.addObject("reasons", why)
			.addObject("hidden", hidden(form, List.of()));
	}

	ModelAndView result(Assessment assessment, QuestionnaireForm form, boolean canChange, Locale locale) {
		String createdOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(assessment.createdAt());
		Causes causes = Causes.of(assessment.conditions());
		return answering("result", form).addObject("assessment", assessment)
			.addObject("likely", causes.likely())
			.addObject("lessLikely", causes.lessLikely())
			.addObject("shownCount", causes.likely().size() + causes.lessLikely().size())
			.addObject("traces", causes.traces().stream().map(ConditionResult::name).toList())
			.addObject("listedFrom", Causes.LISTED_FROM)
			.addObject("considerAlso", assessment.considerAlso())
			.addObject("emergency", assessment.triage().level() == TriageLevel.EMERGENCY)
			.addObject("createdOn", createdOn)
			.addObject("summary", AnswerSummary.of(form))
			.addObject("canChange", canChange)
			.addObject("hidden", hidden(form, List.of()));
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
