package org.glutecheck.questionnaire;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The answers a page of questions shows and checks, bound straight from its posted fields into one
 * of the contract's own records: the questionnaire's {@link org.glutecheck.answers.Answers}, or a
 * check-in's {@link org.glutecheck.answers.FollowUpAnswers}. The record is the one definition of
 * the fields: the pages read its components by their contract names.
 */
interface PageAnswers {

	/** The answers so far, in the contract's record. */
	Record answers();

	/** The person saw every warning sign and ticked "None of these". */
	default boolean saidNoWarningSigns() {
		return values().getOrDefault("noWarningSigns", List.of()).contains("true");
	}

	/**
	 * Every answer by its contract name, as the codes or values a form sends back: what the hidden
	 * fields carry and what the inputs show as already chosen. Fields not yet answered are absent.
	 */
	default Map<String, List<String>> values() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (RecordComponent component : Fields.OF.get(answers().getClass())) {
			List<String> chosen = asStrings(read(answers(), component));
			if (!chosen.isEmpty()) {
				values.put(component.getName(), chosen);
			}
		}
		return values;
	}

	/** The chosen values of every field as a set (empty when unanswered), for ticking the right boxes. */
	default Map<String, Set<String>> selected() {
		Map<String, List<String>> values = values();
		Map<String, Set<String>> selected = new LinkedHashMap<>();
		for (RecordComponent component : Fields.OF.get(answers().getClass())) {
			selected.put(component.getName(), Set.copyOf(values.getOrDefault(component.getName(), List.of())));
		}
		return selected;
	}

	/**
	 * Each answers record's components, looked up once per class: {@link Class#getRecordComponents()}
	 * builds them anew on every call, and a results page asks several times.
	 */
	final class Fields {

		static final ClassValue<RecordComponent[]> OF = new ClassValue<>() {
			@Override
			protected RecordComponent[] computeValue(Class<?> type) {
				return type.getRecordComponents();
			}
		};

		private Fields() {
		}

	}

	private static Object read(Record answers, RecordComponent component) {
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

}
