package org.glutecheck.rulebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.Criteria;
import org.glutecheck.answers.Criterion;
import org.glutecheck.answers.Onset;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.Pattern;
import org.glutecheck.answers.Sex;
import org.glutecheck.answers.Side;

/**
 * Looks for a set of answers that makes a rule fire, so that the loader can refuse a rule that never
 * can (a contradiction such as two different onsets at once, or an "unless" that always vetoes). It
 * tries, for each field the rule names, "not reported", every single code, and the smallest sets that
 * satisfy the rule's own tests, with one more code added; severity is tried at every value.
 */
final class Satisfiability {

	/** Beyond this many combinations the search gives up and assumes the rule can fire. */
	private static final int MAX_COMBINATIONS = 200_000;

	private Satisfiability() {
	}

	static boolean canFire(List<Criteria> whenAny, Criteria unless) {
		return whenAny.stream().anyMatch(when -> canFire(when, unless));
	}

	private static boolean canFire(Criteria when, Criteria unless) {
		Map<AnswerField, List<List<Object>>> options = new EnumMap<>(AnswerField.class);
		Stream.concat(when.all().stream(), unless.all().stream())
			.map(Criterion::field)
			.distinct()
			.forEach(field -> options.put(field, options(field, when)));
		long combinations = options.values().stream().mapToLong(List::size).reduce(1, Math::multiplyExact);
		if (combinations > MAX_COMBINATIONS) {
			return true;
		}
		return search(new ArrayList<>(options.entrySet()), 0, new EnumMap<>(AnswerField.class), when, unless);
	}

	private static boolean search(List<Map.Entry<AnswerField, List<List<Object>>>> fields, int index,
			Map<AnswerField, List<Object>> chosen, Criteria when, Criteria unless) {
		if (index == fields.size()) {
			return witness(chosen).filter(answers -> when.matches(answers) && !unless.matches(answers)).isPresent();
		}
		Map.Entry<AnswerField, List<List<Object>>> field = fields.get(index);
		for (List<Object> option : field.getValue()) {
			chosen.put(field.getKey(), option);
			if (search(fields, index + 1, chosen, when, unless)) {
				return true;
			}
		}
		chosen.remove(field.getKey());
		return false;
	}

	private static List<List<Object>> options(AnswerField field, Criteria when) {
		Set<List<Object>> options = new LinkedHashSet<>();
		options.add(List.of());
		if (field.isNumeric()) {
			for (int severity = 0; severity <= 10; severity++) {
				options.add(List.of(severity));
			}
			return List.copyOf(options);
		}
		List<Object> codes = List.copyOf(field.codes().stream().map(code -> (Object) field.code(code).orElseThrow()).toList());
		codes.forEach(code -> options.add(List.of(code)));
		for (Set<Object> needed : smallestSatisfyingSets(field, when)) {
			options.add(List.copyOf(needed));
			for (Object extra : codes) {
				Set<Object> more = new LinkedHashSet<>(needed);
				more.add(extra);
				options.add(List.copyOf(more));
			}
		}
		return List.copyOf(options);
	}

	/** Every code an "all of" test needs, with one code from each "any of" test. */
	private static List<Set<Object>> smallestSatisfyingSets(AnswerField field, Criteria when) {
		List<Set<Object>> sets = List.of(new LinkedHashSet<>());
		for (Criterion criterion : when.all()) {
			if (criterion.field() != field) {
				continue;
			}
			if (criterion instanceof Criterion.AllOf allOf) {
				sets.forEach(set -> set.addAll(allOf.codes()));
			}
			else if (criterion instanceof Criterion.AnyOf anyOf) {
				List<Set<Object>> grown = new ArrayList<>();
				for (Set<Object> set : sets) {
					for (Object code : anyOf.codes()) {
						Set<Object> next = new LinkedHashSet<>(set);
						next.add(code);
						grown.add(next);
					}
				}
				sets = grown;
			}
		}
		return sets;
	}

	/** The answers these choices describe; empty when a one-answer field was given two codes. */
	private static Optional<Answers> witness(Map<AnswerField, List<Object>> chosen) {
		boolean twoAnswersToOneQuestion = chosen.entrySet()
			.stream()
			.anyMatch(entry -> entry.getKey().isSingleAnswer() && entry.getValue().size() > 1);
		if (twoAnswersToOneQuestion) {
			return Optional.empty();
		}
		return Optional.of(new Answers(one(chosen, AnswerField.AGE_BAND, AgeBand.class),
				one(chosen, AnswerField.SEX, Sex.class), one(chosen, AnswerField.SIDE, Side.class),
				list(chosen, AnswerField.LOCATIONS), list(chosen, AnswerField.QUALITIES),
				one(chosen, AnswerField.SEVERITY, Integer.class), one(chosen, AnswerField.DURATION, PainDuration.class),
				one(chosen, AnswerField.ONSET, Onset.class), one(chosen, AnswerField.PATTERN, Pattern.class),
				one(chosen, AnswerField.COURSE, Course.class), list(chosen, AnswerField.AGGRAVATORS),
				list(chosen, AnswerField.RELIEVERS), list(chosen, AnswerField.CONTEXT),
				list(chosen, AnswerField.SYMPTOMS), list(chosen, AnswerField.RED_FLAGS)));
	}

	private static <T> T one(Map<AnswerField, List<Object>> chosen, AnswerField field, Class<T> type) {
		return chosen.getOrDefault(field, List.of()).stream().findFirst().map(type::cast).orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<AnswerField, List<Object>> chosen, AnswerField field) {
		return (List<T>) (Collection<?>) chosen.getOrDefault(field, List.of());
	}

}
