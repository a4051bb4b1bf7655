package org.glutecheck.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.glutecheck.rulebook.TriageLevel;

/**
 * How urgently to see a clinician, and why.
 *
 * @param reasons every rule that raised the level, most urgent first; empty only for self-care
 */
public record Triage(TriageLevel level, String headline, String advice, List<TriageReason> reasons) {

	/**
	 * This triage after a later one about the same pain (a check-in's): the level never falls. A later
	 * triage at a lower level changes nothing, so this one stands with its reasons. Otherwise the
	 * later one's level, headline and advice hold, with its reasons and then every earlier reason it
	 * does not repeat, most urgent first.
	 */
	public Triage raisedBy(Triage later) {
		TriageLevel raised = level.atLeast(later.level());
		if (raised != later.level()) {
			return this;
		}
		List<TriageReason> merged = new ArrayList<>(later.reasons());
		reasons.stream()
			.filter(earlier -> merged.stream().noneMatch(reason -> reason.code().equals(earlier.code())))
			.forEach(merged::add);
		merged.sort(Comparator.comparing(TriageReason::level).reversed());
		return new Triage(raised, later.headline(), later.advice(), List.copyOf(merged));
	}

}
