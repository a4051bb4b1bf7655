package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The cards of the results page as the page reads them: ranked on from where the list before them
 * stopped, in the reader's words, with their evidence escaped, their tests decided and their
 * rendered texts.
 */
class CauseCardTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final StaticMessageSource messages = new StaticMessageSource();

	private final PageWords words = new PageWords(messages, Locale.UK);

	CauseCardTest() {
		messages.addMessage("result.cause.rank", Locale.UK, "Possible cause {0} of {1}");
		messages.addMessage("result.cause.rank", SPANISH, "Posible causa {0} de {1}");
		messages.addMessage("result.match.MODERATE", Locale.UK, "Moderate match");
		messages.addMessage("result.match.score", Locale.UK, "Match score {0} out of 100");
		messages.addMessage("result.cause.for", Locale.UK, "What fits");
		messages.addMessage("result.cause.against", Locale.UK, "What does not fit");
	}

	@Test
	void cardsAreRankedOnFromTheirFirstRankWithTheirOwnTexts() {
		List<CauseCard> cards = CauseCard.of(List.of(cause("SCIATICA", List.of("Pain below the knee."), List.of()),
				cause("PIRIFORMIS", List.of(), List.of("No pain on sitting."))), 3, 12, true,
				Map.of("SCIATICA", "<p>Nerve</p>", "PIRIFORMIS", "<p>Muscle</p>"), words);

		assertThat(cards).extracting(CauseCard::id, CauseCard::rank, CauseCard::rankLine, CauseCard::texts)
			.containsExactly(tuple("SCIATICA", 3, "Possible cause 3 of 12", "<p>Nerve</p>"),
					tuple("PIRIFORMIS", 4, "Possible cause 4 of 12", "<p>Muscle</p>"));
		assertThat(cards.get(0).evidenceHtml()).isEqualTo("<div class=\"evidence\"><div><h5>What fits</h5>"
				+ "<ul class=\"list list-for\"><li>Pain below the knee.</li></ul></div></div>");
		assertThat(cards.get(1).evidenceHtml()).isEqualTo("<div class=\"evidence\"><div><h5>What does not fit</h5>"
				+ "<ul class=\"list list-against\"><li>No pain on sitting.</li></ul></div></div>");
		assertThat(cards).allSatisfy(card -> assertThat(card.classes()).isEqualTo("cause cause-less"));
		assertThat(cards.get(0).headingId()).isEqualTo("cause-SCIATICA");
	}

	@Test
	void theLeadingCardStandsOutAndTheLikelyOnesDoNotFold() {
		List<CauseCard> cards = CauseCard.of(List.of(cause("DOMS", List.of(), List.of()), cause("CRAMP", List.of(), List.of())),
				1, 2, false, Map.of(), words);

		assertThat(cards).extracting(CauseCard::classes, CauseCard::collapsed)
			.containsExactly(tuple("cause cause-first", false), tuple("cause", false));
	}

	@Test
	void theMatchIsItsBarsWordsAndScoreInTheReadersLanguage() {
		CauseCard card = CauseCard.of(List.of(cause("DOMS", List.of(), List.of())), 1, 1, false, Map.of(), words).get(0);

		assertThat(card.matchHtml()).startsWith("<p class=\"match match-MODERATE\">")
			.contains("<span class=\"match-bars\" aria-hidden=\"true\">", "<strong>Moderate match</strong>",
					"<span class=\"match-score\">Match score 50 out of 100</span>");
		assertThat(CauseCard.of(List.of(cause("DOMS", List.of(), List.of())), 1, 1, false, Map.of(),
				new PageWords(messages, SPANISH)).get(0).rankLine()).isEqualTo("Posible causa 1 de 1");
	}

	@Test
	void evidenceIsEscapedAsTextNeverReadAsMarkup() {
		CauseCard card = CauseCard.of(List.of(cause("DOMS", List.of("Pain <b>after</b> & \"before\""), List.of())), 1, 1,
				false, Map.of(), words).get(0);

		assertThat(card.evidenceHtml())
			.contains("<li>Pain &lt;b&gt;after&lt;/b&gt; &amp; &quot;before&quot;</li>");
	}

	@Test
	void aCauseOutsideTheTenKeepsItsMatchEvidenceAndTexts() {
		ConsiderAlsoResult hip = new ConsiderAlsoResult("HIP_JOINT", "Hip joint", 60, Match.MODERATE, TriageLevel.SOON,
				List.of("Groin pain."), "It can wear the joint.", "See a clinician this week.", List.of());

		OtherCauseCard card = OtherCauseCard.of(List.of(hip), Map.of("HIP_JOINT", "<p>Joint</p>"), words).get(0);

		assertThat(card).isEqualTo(new OtherCauseCard("HIP_JOINT", "Hip joint", words.matchHtml(Match.MODERATE, 60),
				"<li>Groin pain.</li>", "<p>Joint</p>"));
		assertThat(card.matchHtml()).contains("Match score 60 out of 100");
		assertThat(card.hasEvidenceFor()).isTrue();
		assertThat(card.headingId()).isEqualTo("consider-HIP_JOINT");
	}

	private static ConditionResult cause(String id, List<String> evidenceFor, List<String> evidenceAgainst) {
		return new ConditionResult(id, id, 50, Match.MODERATE, evidenceFor, evidenceAgainst, "What it is.", List.of(),
				List.of(), List.of());
	}

}
