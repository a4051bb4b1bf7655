package org.glutecheck.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Saved assessments read back as they were shown: the stored answers, outcome and check-ins turned
 * into an {@link Assessment} with the texts of the rulebook version that made each part
 * ({@link AssessmentRenderer}). Used by {@link AssessmentService} inside its transactions.
 */
@Component
class SavedAssessments {

	private final AssessmentRepository repository;

	private final AssessmentRenderer renderer;

	private final JsonMapper json;

	SavedAssessments(AssessmentRepository repository, AssessmentRenderer renderer, JsonMapper json) {
		this.repository = repository;
		this.renderer = renderer;
		this.json = json;
	}

	/**
	 * What {@code reader} makes of the saved assessment with this reference, typed in any of the
	 * forms a person may use, and its check-ins, oldest first, read in one query; empty when no
	 * assessment has this reference.
	 */
	<T> Optional<T> read(String reference, BiFunction<StoredAssessment, List<StoredFollowUp>, T> reader) {
		List<StoredRow> rows = Reference.normalize(reference).map(repository::findWithFollowUps).orElse(List.of());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<StoredFollowUp> checkIns = rows.stream().map(StoredRow::followUp).filter(Objects::nonNull).toList();
		return Optional.of(reader.apply(rows.get(0).assessment(), checkIns));
	}

	/** The assessment with its check-ins: each one's triage is the one before raised by what it decided. */
	Assessment assessment(StoredAssessment stored, List<StoredFollowUp> saved, Locale language) {
		Assessment first = firstVersion(stored, saved, language);
		Triage triage = first.triage();
		List<FollowUp> checkIns = new ArrayList<>();
		for (StoredFollowUp followUp : saved) {
			FollowUpAnswers answers = answersOf(followUp);
			FollowUpDecision decision = new FollowUpDecision(followUp.getDecidedLevel(),
					List.of(json.readValue(followUp.getReasons(), String[].class)), followUp.getLeadingCondition());
			triage = triage.raisedBy(renderer.render(followUp.getRulebookVersion(), decision, language));
			checkIns.add(new FollowUp(followUp.getMadeAt(), answers.course(), answers.severity(), answers.redFlags(),
					answers.symptoms(), triage));
		}
		return first.withFollowUps(checkIns);
	}

	/**
	 * The assessment as it was made, before any check-in, at the level it was made with: the level
	 * its first check-in found, as the stored level is the level now.
	 */
	Assessment firstVersion(StoredAssessment stored, List<StoredFollowUp> checkIns, Locale language) {
		TriageLevel level = checkIns.isEmpty() ? stored.getTriageLevel() : checkIns.get(0).getPreviousLevel();
		// Saved whole by an earlier version and not recoverable as an outcome (V7): shown as saved, in
		// English, the only language it was ever written in.
		if (stored.getDocument() != null) {
			return json.readValue(stored.getDocument(), Assessment.class);
		}
		return renderer.render(stored.getReference(), stored.getCreatedAt(), stored.getRulebookVersion(), level,
				json.readValue(stored.getAnswers(), Answers.class), json.readValue(stored.getOutcome(), Outcome.class),
				language);
	}

	/** The answers the assessment was made from. */
	Answers answersOf(StoredAssessment stored) {
		return stored.getDocument() != null ? json.readValue(stored.getDocument(), Assessment.class).answers()
				: json.readValue(stored.getAnswers(), Answers.class);
	}

	/** What a check-in answered. */
	FollowUpAnswers answersOf(StoredFollowUp followUp) {
		return json.readValue(followUp.getAnswers(), FollowUpAnswers.class);
	}

}
