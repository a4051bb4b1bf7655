package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.Test;

/**
 * The cards of the results page as the page reads them: ranked on from where the list before them
 * stopped, with their evidence, their tests decided and their rendered texts.
 */
class CauseCardTest {

	@Test
	void cardsAreRankedOnFromTheirFirstRankWithTheirOwnTexts() {
		List<CauseCard> cards = CauseCard.of(List.of(cause("SCIATICA", List.of("Pain below the knee."), List.of()),
				cause("PIRIFORMIS", List.of(), List.of("No pain on sitting."))), 3,
				Map.of("SCIATICA", "<p>Nerve</p>", "PIRIFORMIS", "<p>Muscle</p>"));

		assertThat(cards).extracting(CauseCard::id, CauseCard::rank, CauseCard::texts)
			.containsExactly(tuple("SCIATICA", 3, "<p>Nerve</p>"),
					tuple("PIRIFORMIS", 4, "<p>Muscle</p>"));
		assertThat(cards.get(0).hasEvidenceFor()).isTrue();
		assertThat(cards.get(0).hasEvidenceAgainst()).isFalse();
		assertThat(cards.get(1).hasEvidenceFor()).isFalse();
		assertThat(cards.get(1).hasEvidenceAgainst()).isTrue();
	}

	@Test
	void aCauseOutsideTheTenKeepsItsMatchEvidenceAndTexts() {
		ConsiderAlsoResult hip = new ConsiderAlsoResult("HIP_JOINT", "Hip joint", 60, Match.MODERATE, TriageLevel.SOON,
				List.of("Groin pain."), "It can wear the joint.", "See a clinician this week.", List.of());

		OtherCauseCard card = OtherCauseCard.of(List.of(hip), Map.of("HIP_JOINT", "<p>Joint</p>")).get(0);

		assertThat(card).isEqualTo(
				new OtherCauseCard("HIP_JOINT", "Hip joint", Match.MODERATE, 60, List.of("Groin pain."), "<p>Joint</p>"));
		assertThat(card.hasEvidenceFor()).isTrue();
	}

	private static ConditionResult cause(String id, List<String> evidenceFor, List<String> evidenceAgainst) {
		return new ConditionResult(id, id, 50, Match.MODERATE, evidenceFor, evidenceAgainst, "What it is.", List.of(),
				List.of(), List.of());
	}

}
