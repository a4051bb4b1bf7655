package org.glutecheck.rulebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Criteria;
import org.glutecheck.answers.Criterion;

/**
 * Reads the rulebook's small test language. A test maps a contract field name to either a list of
 * codes (any of them), or one of {@code anyOf}, {@code allOf}, {@code noneOf} with a list of codes,
 * or, for {@code severity}, {@code atLeast} / {@code atMost} with a number.
 */
final class CriteriaParser {

	private CriteriaParser() {
	}

	static Criteria parse(Map<String, Object> raw, String where, Consumer<String> problems) {
		if (raw == null || raw.isEmpty()) {
			return Criteria.NEVER;
		}
		List<Criterion> criteria = new ArrayList<>();
		raw.forEach((name, test) -> AnswerField.byContractName(name).ifPresentOrElse(
				field -> criteria.addAll(parseTests(field, test, where + " field '" + name + "'", problems)),
				() -> problems.accept(where + ": unknown answer field '" + name + "'")));
		return new Criteria(criteria);
	}

	private static List<Criterion> parseTests(AnswerField field, Object test, String where,
			Consumer<String> problems) {
		if (test instanceof Collection<?> codes) {
			return List.of(new Criterion.AnyOf(field, codes(field, codes, where, problems)));
		}
		if (!(test instanceof Map<?, ?> tests) || tests.isEmpty()) {
			problems.accept(where + ": expected a list of codes or anyOf/allOf/noneOf/atLeast/atMost");
			return List.of();
		}
		List<Criterion> criteria = new ArrayList<>();
		tests.forEach((kind, value) -> {
			Criterion criterion = parseTest(field, String.valueOf(kind), value, where, problems);
			if (criterion != null) {
				criteria.add(criterion);
			}
		});
		return criteria;
	}

	private static Criterion parseTest(AnswerField field, String kind, Object value, String where,
			Consumer<String> problems) {
		boolean numericTest = kind.equals("atLeast") || kind.equals("atMost");
		if (numericTest != field.isNumeric()) {
			problems.accept(where + ": '" + kind + "' cannot test this field");
			return null;
		}
		if (numericTest) {
			if (!(value instanceof Integer number)) {
				problems.accept(where + ": '" + kind + "' needs a whole number");
				return null;
			}
			return kind.equals("atLeast") ? new Criterion.AtLeast(field, number) : new Criterion.AtMost(field, number);
		}
		if (!(value instanceof Collection<?> codes)) {
			problems.accept(where + ": '" + kind + "' needs a list of codes");
			return null;
		}
		Set<Enum<?>> parsed = codes(field, codes, where, problems);
		return switch (kind) {
			case "anyOf" -> new Criterion.AnyOf(field, parsed);
			case "allOf" -> new Criterion.AllOf(field, parsed);
			case "noneOf" -> new Criterion.NoneOf(field, parsed);
			default -> {
				problems.accept(where + ": unknown test '" + kind + "'");
				yield null;
			}
		};
	}

	private static Set<Enum<?>> codes(AnswerField field, Collection<?> codes, String where, Consumer<String> problems) {
		Set<Enum<?>> parsed = new LinkedHashSet<>();
		if (codes.isEmpty()) {
			problems.accept(where + ": the list of codes is empty");
		}
		for (Object code : codes) {
			field.code(String.valueOf(code)).ifPresentOrElse(parsed::add,
					() -> problems.accept(where + ": unknown code '" + code + "'"));
		}
		return parsed;
	}

	/** Criteria that must be given: a missing or empty set of tests is a problem. */
	static Criteria required(Map<String, Object> raw, String where, Consumer<String> problems) {
		if (raw == null || raw.isEmpty()) {
			problems.accept(where + ": needs a 'when'");
		}
		return parse(raw, where, problems);
	}

	/** A rule that no answers can make fire is a mistake in the data, never a safe default. */
	static void requireCanFire(List<Criteria> whenAny, Criteria unless, String where, Consumer<String> problems) {
		if (whenAny.stream().noneMatch(when -> when.all().isEmpty()) && !Satisfiability.canFire(whenAny, unless)) {
			problems.accept(where + ": can never fire (no answers make its 'when' hold and its 'unless' not)");
		}
	}

}
