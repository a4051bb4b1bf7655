package org.glutecheck.questionnaire;

import java.util.List;
import java.util.Map;

import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.rulebook.Match;

/**
 * A cause outside the ten as its card on the results page shows it, decided here as a
 * {@link CauseCard} is.
 *
 * @param texts the card's rulebook texts as HTML (why it matters, what to do, sources)
 */
record OtherCauseCard(String id, String name, Match match, int score, List<String> evidenceFor, String texts) {

	/** The cards of these causes, with their texts by cause id. */
	static List<OtherCauseCard> of(List<ConsiderAlsoResult> causes, Map<String, String> texts) {
		return causes.stream()
			.map(cause -> new OtherCauseCard(cause.id(), cause.name(), cause.match(), cause.score(), cause.evidenceFor(),
					texts.get(cause.id())))
			.toList();
	}

	public boolean hasEvidenceFor() {
		return !evidenceFor.isEmpty();
	}

}
