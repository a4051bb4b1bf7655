package org.glutecheck.rulebook;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Criteria;

/**
 * One piece of evidence for or against a cause: when it applies, it adds its points (log-odds;
 * negative points count against) and the person reads {@code says}.
 *
 * @param id stable across rulebook versions, so translations and saved assessments can key on it
 */
public record EvidenceRule(String id, Criteria when, Criteria unless, double points, String says) {

	public boolean appliesTo(Answers answers) {
		return when.matches(answers) && !unless.matches(answers);
	}

	public boolean isFor() {
		return points > 0;
	}

	/** Whether it speaks of the pain itself, the only kind of evidence that can put a cause on the list. */
	public boolean isAboutThePain() {
		return when.all().stream().anyMatch(criterion -> criterion.field().aboutThePain());
	}

}
