package org.glutecheck.answers;

import java.util.List;

/** A conjunction of criteria: it matches when every one of them matches. */
public record Criteria(List<Criterion> all) {

	public static final Criteria NEVER = new Criteria(List.of());

	public Criteria {
		all = List.copyOf(all);
	}

	/** Empty criteria match nothing, so that an absent "unless" never vetoes a rule. */
	public boolean matches(Answers answers) {
		return !all.isEmpty() && all.stream().allMatch(c -> c.matches(answers));
	}

}
