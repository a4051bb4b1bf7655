package org.glutecheck.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.rulebook.Match;

/**
 * One of the ten causes as its card on the results page shows it: its rank among the causes shown,
 * its match, the evidence from the person's answers, and the rulebook's texts as {@link CauseTexts}
 * rendered them. Every test the card makes is decided here rather than in the template: a template
 * expression on a Java collection ({@code list.empty}) makes Thymeleaf's member check copy the
 * collection type's declared methods each time, which on a page of eight cards added up.
 *
 * @param rank 1 for the leading cause, counting on through the less likely ones
 * @param texts the card's rulebook texts as HTML (what it is, what to do, sources)
 */
record CauseCard(String id, String name, int rank, Match match, int score, List<String> evidenceFor,
		List<String> evidenceAgainst, String texts) {

	/** The cards of these causes, ranked from {@code firstRank} on, with their texts by cause id. */
	static List<CauseCard> of(List<ConditionResult> causes, int firstRank, Map<String, String> texts) {
		List<CauseCard> cards = new ArrayList<>(causes.size());
		for (ConditionResult cause : causes) {
			cards.add(new CauseCard(cause.id(), cause.name(), firstRank + cards.size(), cause.match(), cause.score(),
					cause.evidenceFor(), cause.evidenceAgainst(), texts.get(cause.id())));
		}
		return cards;
	}

	public boolean hasEvidenceFor() {
		return !evidenceFor.isEmpty();
	}

	public boolean hasEvidenceAgainst() {
		return !evidenceAgainst.isEmpty();
	}

}
