package org.glutecheck.assessment;

import java.time.Instant;
import java.util.List;

import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;

/** Stored assessments for storage tests, made at a given time and triage level. */
final class TestAssessments {

	private TestAssessments() {
	}

	static StoredAssessment stored(Instant createdAt, TriageLevel level) {
		return stored(Reference.random(), createdAt, level);
	}

	static StoredAssessment stored(String reference, Instant createdAt, TriageLevel level) {
		return stored(reference, createdAt, level, "{\"reasons\":[],\"conditions\":[],\"considerAlso\":[]}");
	}

	static StoredAssessment stored(String reference, Instant createdAt, TriageLevel level, String outcome) {
		Assessment assessment = new Assessment(reference, createdAt, "test", new Triage(level, "headline", "advice",
				List.of()), List.of(), List.of(), "disclaimer", TestAnswers.at(Location.OUTER_HIP).build());
		return new StoredAssessment(assessment, "{\"locations\":[\"OUTER_HIP\"]}", outcome);
	}

}
