package org.glutecheck.rulebook;

import java.util.List;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Criteria;

/**
 * A rule that raises the triage level to at least {@code level} when any one of its alternatives
 * holds and its {@code unless} does not.
 *
 * @param whenAny the alternatives; each is a set of tests that must all hold
 * @param checkInOnly whether it applies only when a person checks in on an earlier assessment ("how
 * is it now?"), where {@code course} says how the pain has changed since it was assessed
 */
public record TriageRule(String code, TriageLevel level, List<Criteria> whenAny, Criteria unless, String reason,
		boolean checkInOnly) {

	public TriageRule {
		whenAny = List.copyOf(whenAny);
	}

	public boolean appliesTo(Answers answers) {
		return whenAny.stream().anyMatch(when -> when.matches(answers)) && !unless.matches(answers);
	}

}
