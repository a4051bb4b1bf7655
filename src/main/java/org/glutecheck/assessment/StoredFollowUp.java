package org.glutecheck.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.glutecheck.rulebook.TriageLevel;

/**
 * A saved check-in: what the person answered (the {@link org.glutecheck.answers.FollowUpAnswers} as
 * JSON) and what the triage rules decided from it (a {@link FollowUpDecision}: codes, not texts),
 * with the level the assessment had before it. Never changed once saved; deleted with its assessment
 * by the database (V11). Read as a {@link FollowUp}.
 */
@Entity
@Table(name = "follow_up")
class StoredFollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assessment_id", nullable = false, updatable = false)
	private Long assessmentId;

	@Column(name = "made_at", nullable = false, updatable = false)
	private Instant madeAt;

	@Column(nullable = false, updatable = false)
	private String answers;

	@Column(name = "rulebook_version", nullable = false, length = 40, updatable = false)
	private String rulebookVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "previous_level", nullable = false, length = 16, updatable = false)
	private TriageLevel previousLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "decided_level", nullable = false, length = 16, updatable = false)
	private TriageLevel decidedLevel;

	/** The codes of the reasons decided, as a JSON list, most urgent first. */
	@Column(nullable = false, updatable = false)
	private String reasons;

	@Column(name = "leading_condition", length = 40, updatable = false)
	private String leadingCondition;

	protected StoredFollowUp() {
	}

	StoredFollowUp(Long assessmentId, Instant madeAt, String answers, String rulebookVersion, TriageLevel previousLevel,
			TriageLevel decidedLevel, String reasons, String leadingCondition) {
		this.assessmentId = assessmentId;
		this.madeAt = madeAt;
		this.answers = answers;
		this.rulebookVersion = rulebookVersion;
		this.previousLevel = previousLevel;
		this.decidedLevel = decidedLevel;
		this.reasons = reasons;
		this.leadingCondition = leadingCondition;
	}

	Instant getMadeAt() {
		return madeAt;
	}

	String getAnswers() {
		return answers;
	}

	String getRulebookVersion() {
		return rulebookVersion;
	}

	TriageLevel getPreviousLevel() {
		return previousLevel;
	}

	TriageLevel getDecidedLevel() {
		return decidedLevel;
	}

	String getReasons() {
		return reasons;
	}

	String getLeadingCondition() {
		return leadingCondition;
	}

}
