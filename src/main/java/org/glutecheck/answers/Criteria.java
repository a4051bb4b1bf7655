package org.glutecheck.answers;

import java.util.List;

/** A conjunction of criteria: it matches when every one of them matches. */
public record Criteria(List<Criterion> all) {

	public static final Criteria NEVER = new Criteria(List.of());

	public Criteria {
		all = List.copyOf(all);
	}

	/**
	 * Empty criteria match nothing, so that an absent "unless" never vetoes a rule. A plain loop: every
	 * assessment asks this of every rule, and a stream per question was most of the scoring's time.
	 */
	public boolean matches(Answers answers) {
		if (all.isEmpty()) {
			return false;
		}
		for (Criterion criterion : all) {
			if (!criterion.matches(answers)) {
				return false;
			}
		}
		return true;
	}

}
