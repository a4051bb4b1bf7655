package org.glutecheck.questionnaire;

import static org.glutecheck.questionnaire.Question.Kind.CHECKBOXES;
import static org.glutecheck.questionnaire.Question.Kind.RADIOS;
import static org.glutecheck.questionnaire.Question.Kind.SCALE;
import static org.glutecheck.questionnaire.Question.optional;
import static org.glutecheck.questionnaire.Question.required;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

/**
 * The pages of a check-in ("how is it now?"), in order: the warning signs first, the very question
 * of the questionnaire's first page, so that an emergency is found before anything else is asked;
 * then whether the pain is better, the same or worse than when the person first answered, the worst
 * pain now (the questionnaire's 0 to 10 scale), and any new symptoms.
 */
enum CheckInStep {

	WARNING_SIGNS("warning-signs", Step.WARNING_SIGNS.questions()),
	NOW("now", List.of(required("course", RADIOS).wordedAs("checkIn.q.course"), required("severity", SCALE),
			optional("symptoms", CHECKBOXES).wordedAs("checkIn.q.symptoms")));

	private final String path;

	private final List<Question> questions;

	CheckInStep(String path, List<Question> questions) {
		this.path = path;
		this.questions = questions;
	}

	/** The last part of the address the page posts to, and the middle of its message keys. */
	public String path() {
		return path;
	}

	public List<Question> questions() {
		return questions;
	}

	public int number() {
		return ordinal() + 1;
	}

	static int count() {
		return values().length;
	}

	public Optional<CheckInStep> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	Optional<CheckInStep> previous() {
		return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	static Optional<CheckInStep> byPath(String path) {
		return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
	}

	/** The step that asks this form field. */
	static Optional<CheckInStep> asking(String field) {
		return Arrays.stream(values()).filter(step -> step.fields().contains(field)).findFirst();
	}

	/** The form fields this page shows as inputs; every other answer rides along hidden. */
	List<String> fields() {
		return questions.stream().flatMap(question -> question.fields().stream()).toList();
	}

	/** What is missing, out of range or contradictory on this page, as message keys by field, in page order. */
	Map<String, String> problems(PageAnswers form, Validator validator) {
		return Question.problems(questions, form, validator);
	}

}
