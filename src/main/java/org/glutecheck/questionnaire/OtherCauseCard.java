package org.glutecheck.questionnaire;

import java.util.List;
import java.util.Map;

import org.glutecheck.assessment.ConsiderAlsoResult;

/**
 * A cause outside the ten as its card on the results page shows it, decided here as a
 * {@link CauseCard} is.
 *
 * @param matchHtml its match as a paragraph of bars, words and score
 * @param evidenceForHtml the evidence that fits, as list items; empty when none
 * @param texts the card's rulebook texts as HTML (why it matters, what to do, sources)
 */
record OtherCauseCard(String id, String name, String matchHtml, String evidenceForHtml, String texts) {

	/** The cards of these causes, with their texts by cause id. */
	static List<OtherCauseCard> of(List<ConsiderAlsoResult> causes, Map<String, String> texts, PageWords words) {
		return causes.stream()
			.map(cause -> new OtherCauseCard(cause.id(), cause.name(), words.matchHtml(cause.match(), cause.score()),
					PageWords.items(cause.evidenceFor()), texts.get(cause.id())))
			.toList();
	}

	/** The id of its heading, which names the card. */
	public String headingId() {
		return "consider-" + id;
	}

	public boolean hasEvidenceFor() {
		return !evidenceForHtml.isEmpty();
	}

}
