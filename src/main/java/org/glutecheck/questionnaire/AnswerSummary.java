package org.glutecheck.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glutecheck.answers.Answers;

/**
 * The answers as a person reads them back: one row per question answered, in page order, with the
 * page where it can be changed. Texts are message keys. The clinic desk shows saved answers with
 * the same rows, so staff read them in the questionnaire's own order and words.
 *
 * @param questionKey the message key of the question
 * @param answerKeys the message keys of the chosen answers (for the scale, the number itself)
 * @param step the page that asks it
 */
public record AnswerSummary(String questionKey, List<String> answerKeys, String number, Step step) {

	/** The rows for saved answers. */
	public static List<AnswerSummary> of(Answers answers) {
		return of(QuestionnaireForm.of(answers));
	}

	static List<AnswerSummary> of(QuestionnaireForm form) {
		Map<String, List<String>> values = form.values();
		List<AnswerSummary> rows = new ArrayList<>();
		for (Step step : Step.values()) {
			for (Question question : step.questions()) {
				rows.add(row(form, values, step, question));
			}
		}
		return rows;
	}

	/** Whether the question was left unanswered, which the summary says in words. */
	public boolean unanswered() {
		return answerKeys.isEmpty() && number == null;
	}

	/** One question's row; {@code answered} is the form's {@link QuestionnaireForm#values()}, read once for all rows. */
	private static AnswerSummary row(QuestionnaireForm form, Map<String, List<String>> answered, Step step,
			Question question) {
		String field = question.field();
		String key = "q." + field + ".summary";
		List<String> values = answered.getOrDefault(field, List.of());
		if (question.kind() == Question.Kind.SCALE) {
			return new AnswerSummary(key, List.of(), values.isEmpty() ? null : values.get(0), step);
		}
		if (values.isEmpty() && question.kind() == Question.Kind.CHECKBOXES_OR_NONE && form.saidNoWarningSigns()) {
			return new AnswerSummary(key, List.of(question.noneKey() + ".summary"), null, step);
		}
		return new AnswerSummary(key, values.stream().map(question::answerKey).toList(), null, step);
	}

}
