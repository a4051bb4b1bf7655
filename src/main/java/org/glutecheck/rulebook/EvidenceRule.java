package org.glutecheck.rulebook;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Criteria;

/**
 * One piece of evidence for or against a condition: when it applies, it adds its points (log-odds;
 * negative points count against) and the person reads {@code says}.
 */
public record EvidenceRule(Criteria when, Criteria unless, double points, String says) {

	public boolean appliesTo(Answers answers) {
		return when.matches(answers) && !unless.matches(answers);
	}

	public boolean isFor() {
		return points > 0;
	}

}
