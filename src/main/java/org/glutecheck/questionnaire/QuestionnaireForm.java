package org.glutecheck.questionnaire;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.RedFlag;

/**
 * Everything the questionnaire has gathered so far, as it travels from page to page: the run token
 * and the contract's own {@link Answers}, bound straight from the posted fields (the current page's
 * inputs plus every earlier answer in hidden fields), never in a server session and never in the
 * address. The answers are the one definition of the fields: a new answer field or code needs no
 * change here.
 *
 * @param run the signed run token that ties the pages of one sitting together
 * @param answers what the person has answered so far
 */
record QuestionnaireForm(String run, Answers answers) {

	QuestionnaireForm {
		answers = answers == null ? noAnswers() : answers;
	}

	static QuestionnaireForm empty(String run) {
		return new QuestionnaireForm(run, noAnswers());
	}

	/** The answers as they were saved, so a saved result can show what it was made from. */
	static QuestionnaireForm of(Answers answers) {
		return new QuestionnaireForm(null, answers);
	}

	List<RedFlag> redFlags() {
		return answers.redFlags();
	}

	/** Only the warning signs: what the emergency check may look at before anything else is asked. */
	Answers warningSignsOnly() {
		return new Answers(null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null,
				answers.redFlags());
	}

	/** The person saw every warning sign and ticked "None of these". */
	public boolean saidNoWarningSigns() {
		return Boolean.TRUE.equals(answers.noWarningSigns());
	}

	/**
	 * Every answer by its contract name, as the codes or values a form sends back: what the hidden
	 * fields carry and what the inputs show as already chosen. Fields not yet answered are absent.
	 */
	Map<String, List<String>> values() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (RecordComponent component : Answers.class.getRecordComponents()) {
			List<String> chosen = asStrings(read(component));
			if (!chosen.isEmpty()) {
				values.put(component.getName(), chosen);
			}
		}
		return values;
	}

	/** The chosen values of every field as a set (empty when unanswered), for ticking the right boxes. */
	Map<String, Set<String>> selected() {
		Map<String, List<String>> values = values();
		Map<String, Set<String>> selected = new LinkedHashMap<>();
		for (RecordComponent component : Answers.class.getRecordComponents()) {
			selected.put(component.getName(), Set.copyOf(values.getOrDefault(component.getName(), List.of())));
		}
		return selected;
	}

	private Object read(RecordComponent component) {
		try {
			return component.getAccessor().invoke(answers);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read the answer " + component.getName(), ex);
		}
	}

	private static List<String> asStrings(Object value) {
		Collection<?> chosen = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
		// An input left empty (a radio button's "Not sure", say) arrives as null: it is no answer.
		return chosen.stream().filter(Objects::nonNull).map(String::valueOf).toList();
	}

	private static Answers noAnswers() {
		return new Answers(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
