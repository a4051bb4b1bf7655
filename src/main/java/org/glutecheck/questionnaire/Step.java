package org.glutecheck.questionnaire;

import static org.glutecheck.questionnaire.Question.Kind.BODY_MAP;
import static org.glutecheck.questionnaire.Question.Kind.CHECKBOXES;
import static org.glutecheck.questionnaire.Question.Kind.CHECKBOXES_OR_NONE;
import static org.glutecheck.questionnaire.Question.Kind.RADIOS;
import static org.glutecheck.questionnaire.Question.Kind.RADIOS_OR_UNSURE;
import static org.glutecheck.questionnaire.Question.Kind.SCALE;
import static org.glutecheck.questionnaire.Question.optional;
import static org.glutecheck.questionnaire.Question.required;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

/**
 * The pages of the questionnaire in the order a person meets them: warning signs first, so that
 * anyone who needs an emergency department is told so before anything else is asked. Public so
 * that other modules can read the questions from the one place the pages are made from (the FHIR
 * Questionnaire is); only reading: what a page does with a form stays here.
 */
public enum Step {

	WARNING_SIGNS("warning-signs", required("redFlags", CHECKBOXES_OR_NONE)),
	WHERE("where", required("locations", BODY_MAP), required("side", RADIOS)),
	FEELING("feeling", optional("qualities", CHECKBOXES), required("severity", SCALE)),
	STARTED("started", required("duration", RADIOS), required("onset", RADIOS), optional("pattern", RADIOS_OR_UNSURE),
			optional("course", RADIOS_OR_UNSURE)),
	WORSE_OR_BETTER("worse-or-better", optional("aggravators", CHECKBOXES), optional("relievers", CHECKBOXES)),
	BACKGROUND("background", optional("context", CHECKBOXES), optional("symptoms", CHECKBOXES)),
	ABOUT_YOU("about-you", optional("ageBand", RADIOS_OR_UNSURE), optional("sex", RADIOS_OR_UNSURE));

	private final String path;

	private final List<Question> questions;

	Step(String path, Question... questions) {
		this.path = path;
		this.questions = List.of(questions);
	}

	/** The last part of the address the page posts to, and the prefix of its message keys. */
	public String path() {
		return path;
	}

	public List<Question> questions() {
		return questions;
	}

	/** The message key of the page's title. */
	public String titleKey() {
		return "step." + path + ".title";
	}

	public int number() {
		return ordinal() + 1;
	}

	static int count() {
		return values().length;
	}

	public Optional<Step> next() {
		return this == last() ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	Optional<Step> previous() {
		return this == first() ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	static Step first() {
		return values()[0];
	}

	static Step last() {
		return values()[values().length - 1];
	}

	static Optional<Step> byPath(String path) {
		return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
	}

	/** The form fields this page shows as inputs; every other answer rides along hidden. */
	List<String> fields() {
		return questions.stream().flatMap(question -> question.fields().stream()).toList();
	}

	/**
	 * What is missing, out of range or contradictory on this page, field by field in page order, as
	 * message keys; empty when the person may go on.
	 */
	Map<String, String> problems(PageAnswers form, Validator validator) {
		return Question.problems(questions, form, validator);
	}

}
