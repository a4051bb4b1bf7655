package org.glutecheck.rulebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Criteria;
import org.glutecheck.answers.Criterion;
import org.glutecheck.answers.RedFlag;

/**
 * Reads and checks the rulebook's triage rules: each needs a unique code, a level above self-care,
 * a reason, and tests that some answers can make hold; every warning sign needs a rule of its own.
 */
final class TriageRuleParser {

	private TriageRuleParser() {
	}

	static List<TriageRule> parse(List<RawTriageRule> raw, Set<String> causeIds,
			Consumer<String> problems) {
		List<TriageRule> rules = new ArrayList<>();
		Set<String> codes = new HashSet<>(causeIds);
		for (RawTriageRule rule : raw) {
			String where = "triage rule " + rule.code();
			if (rule.code() == null || !RulebookLoader.ID.matcher(rule.code()).matches() || !codes.add(rule.code())) {
				problems.accept(where + ": needs a unique UPPER_SNAKE_CASE code");
			}
			if (rule.level() == null || rule.level() == TriageLevel.SELF_CARE) {
				problems.accept(where + ": needs a level above SELF_CARE");
			}
			if (rule.reason() == null || rule.reason().isBlank()) {
				problems.accept(where + " reason: is missing");
			}
			List<Criteria> whenAny = alternatives(rule.when(), where, problems);
			Criteria unless = CriteriaParser.parse(rule.unless(), where + " unless", problems);
			CriteriaParser.requireCanFire(whenAny, unless, where, problems);
			rules.add(new TriageRule(rule.code(), rule.level(), whenAny, unless, rule.reason(),
					Boolean.TRUE.equals(rule.checkInOnly())));
		}
		return List.copyOf(rules);
	}

	/** A triage rule's 'when' is one set of tests, or a list of sets of which any one may hold. */
	@SuppressWarnings("unchecked")
	private static List<Criteria> alternatives(Object raw, String where, Consumer<String> problems) {
		if (raw instanceof List<?> list && !list.isEmpty()) {
			List<Criteria> alternatives = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				Object alternative = list.get(i);
				alternatives.add(alternative instanceof Map<?, ?> map
						? CriteriaParser.required((Map<String, Object>) map, where + " alternative #" + (i + 1), problems)
						: Criteria.NEVER);
				if (!(alternative instanceof Map<?, ?>)) {
					problems.accept(where + " alternative #" + (i + 1) + ": expected a set of tests");
				}
			}
			return alternatives;
		}
		if (raw instanceof Map<?, ?> map) {
			return List.of(CriteriaParser.required((Map<String, Object>) map, where, problems));
		}
		problems.accept(where + ": needs a 'when'");
		return List.of(Criteria.NEVER);
	}

	/**
	 * A warning sign must never be left to the scores: each needs a rule that only it triggers, and
	 * that applies to every assessment, not only at check-ins.
	 */
	static void everyWarningSignRaisesTriage(List<TriageRule> rules, Consumer<String> problems) {
		for (RedFlag flag : RedFlag.values()) {
			boolean covered = rules.stream()
				.anyMatch(rule -> !rule.checkInOnly() && rule.unless().all().isEmpty() && rule.whenAny().size() == 1
						&& rule.whenAny().get(0).all().size() == 1
						&& rule.whenAny().get(0).all().get(0) instanceof Criterion.AnyOf anyOf
						&& anyOf.field() == AnswerField.RED_FLAGS && anyOf.codes().contains(flag));
			if (!covered) {
				problems.accept("triage: the warning sign " + flag + " has no rule of its own");
			}
		}
	}

	/**
	 * A triage rule as the file writes it, before its tests are read.
	 *
	 * @param checkInOnly true for a rule that applies only at a check-in; left out, false
	 */
	record RawTriageRule(String code, TriageLevel level, Boolean checkInOnly, Object when,
			Map<String, Object> unless, String reason) {
	}

}
