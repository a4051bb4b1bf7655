package org.glutecheck.assessment;

import java.util.List;

import org.glutecheck.rulebook.EvidenceModel;
import org.glutecheck.rulebook.EvidenceRule;
import org.glutecheck.rulebook.ScoredCondition;
import org.glutecheck.rulebook.ScoredConsideration;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;

/**
 * What was decided about one set of answers, without a word of rendered text: the codes of the
 * triage reasons, and each cause by id with its score and the evidence rules that fired. An evidence
 * rule's id is its cause's id, a dot and a name; the cause is saved once, so only the names are.
 * It is what is saved; {@link AssessmentRenderer} turns it back into the {@link Assessment} a person
 * reads, with the texts of the rulebook version that made it.
 *
 * @param reasons the triage reasons' codes, most urgent first
 * @param considerAlso null only for an assessment made before causes outside the ten were
 * considered, which was shown without that list
 */
record Outcome(List<String> reasons, List<Cause> conditions, List<Consideration> considerAlso) {

	/**
	 * One of the ten causes as it was ranked.
	 *
	 * @param evidenceFor the names of the rules for it that fired, in the rulebook's order
	 */
	record Cause(String id, int score, List<String> evidenceFor, List<String> evidenceAgainst) {
	}

	/** A cause outside the ten as it was listed; only the evidence for it is ever shown. */
	record Consideration(String id, int score, List<String> evidenceFor) {
	}

	/** The full id of the evidence rule with this name under this cause. */
	static String evidenceId(String causeId, String name) {
		return causeId + "." + name;
	}

	/** The name under its cause of the evidence rule with this full id. */
	static String evidenceName(String causeId, String evidenceId) {
		return evidenceId.substring(causeId.length() + 1);
	}

	static Outcome of(List<ScoredCondition> ranked, List<ScoredConsideration> considered, Triage triage) {
		return new Outcome(triage.reasons().stream().map(TriageReason::code).toList(),
				ranked.stream()
					.map(scored -> new Cause(scored.condition().id(), scored.score(),
							names(scored.condition(), scored.applied(true)), names(scored.condition(), scored.applied(false))))
					.toList(),
				considered.stream()
					.map(scored -> new Consideration(scored.definition().id(), scored.score(),
							names(scored.definition(), scored.rulesFor())))
					.toList());
	}

	/** The names under their cause of the rules the scorer found applied, in the rulebook's order. */
	private static List<String> names(EvidenceModel model, List<EvidenceRule> applied) {
		return applied.stream().map(rule -> evidenceName(model.id(), rule.id())).toList();
	}

}
