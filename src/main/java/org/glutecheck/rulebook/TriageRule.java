package org.glutecheck.rulebook;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Criteria;

/** A rule that raises the triage level to at least {@code level} when it applies. */
public record TriageRule(String code, TriageLevel level, Criteria when, Criteria unless, String reason) {

	public boolean appliesTo(Answers answers) {
		return when.matches(answers) && !unless.matches(answers);
	}

}
