package org.glutecheck.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glutecheck.assessment.ConditionResult;

/**
 * One of the ten causes as its card on the results page shows it: its rank among the causes shown,
 * its match, the evidence from the person's answers, and the rulebook's texts as {@link CauseTexts}
 * rendered them. Every test the card makes and every small piece of it is decided here rather than
 * in the template ({@link PageWords}): a template expression on a Java collection
 * ({@code list.empty}) makes Thymeleaf's member check copy the collection type's declared methods
 * each time, and an element per line of evidence, on a page of eight cards, added up.
 *
 * @param rankLine "Possible cause 2 of 5"
 * @param collapsed a less likely cause: its details fold away
 * @param matchHtml its match as a paragraph of bars, words and score
 * @param evidenceHtml what fits and what does not, as headed lists ({@link PageWords#evidenceHtml})
 * @param texts the card's rulebook texts as HTML (what it is, what to do, sources)
 */
record CauseCard(String id, String name, int rank, String rankLine, boolean collapsed, String matchHtml,
		String evidenceHtml, String texts) {

	/**
	 * The cards of these causes, ranked from {@code firstRank} on among {@code shown} causes in all,
	 * with their texts by cause id.
	 */
	static List<CauseCard> of(List<ConditionResult> causes, int firstRank, int shown, boolean collapsed,
			Map<String, String> texts, PageWords words) {
		List<CauseCard> cards = new ArrayList<>(causes.size());
		for (ConditionResult cause : causes) {
			int rank = firstRank + cards.size();
			cards.add(new CauseCard(cause.id(), cause.name(), rank, words.rank(rank, shown), collapsed,
					words.matchHtml(cause.match(), cause.score()),
					words.evidenceHtml(cause.evidenceFor(), cause.evidenceAgainst()), texts.get(cause.id())));
		}
		return cards;
	}

	/** The classes of its card: the leading cause stands out, a less likely one is quieter. */
	public String classes() {
		return rank == 1 ? "cause cause-first" : collapsed ? "cause cause-less" : "cause";
	}

	/** The id of its heading, which names the card. */
	public String headingId() {
		return "cause-" + id;
	}

}
