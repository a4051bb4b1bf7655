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
 * A saved assessment: what was asked (the answers) and decided (the {@link Outcome}), with the few
 * columns that lists and searches need; its texts come from its rulebook version when it is read.
 * A row saved whole by an earlier version keeps its document instead when V7 could not turn it into
 * an outcome that shows exactly the same. Never bound to a form or sent as it is; {@link Assessment} is what leaves. The
 * schema belongs to the Flyway migrations in {@code db/migration}, never to Hibernate.
 */
@Entity
@Table(name = "assessment")
class StoredAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 14, updatable = false)
	private String reference;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/** The level now: the one it was made with, raised by any later check-in; it never falls. */
	@Enumerated(EnumType.STRING)
	@Column(name = "triage_level", nullable = false, length = 16)
	private TriageLevel triageLevel;

	@Column(name = "leading_condition", length = 40, updatable = false)
	private String leadingCondition;

	@Column(name = "rulebook_version", nullable = false, length = 40, updatable = false)
	private String rulebookVersion;

	// TEXT columns on both H2 and PostgreSQL, read and written as plain JSON strings: @Lob would make
	// Hibernate use PostgreSQL large objects (an oid pointing elsewhere) instead of the text itself.
	@Column(updatable = false)
	private String answers;

	@Column(updatable = false)
	private String outcome;

	/** The whole document of a row saved before V7 that V7 could not turn into an outcome; null otherwise. */
	@Column(updatable = false)
	private String document;

	/** When clinic staff first opened it at the desk; null until then. */
	@Column(name = "seen_at")
	private Instant seenAt;

	/** The reference of the earlier version this one replaces; null for a first version. */
	@Column(length = 14)
	private String supersedes;

	/** The reference of the newer version that replaced this one; null while it is the newest. */
	@Column(name = "superseded_by", length = 14)
	private String supersededBy;

	protected StoredAssessment() {
	}

	StoredAssessment(Assessment assessment, String answers, String outcome) {
		this.reference = assessment.reference();
		this.createdAt = assessment.createdAt();
		this.triageLevel = assessment.triage().level();
		this.leadingCondition = assessment.leadingCondition().map(ConditionResult::id).orElse(null);
		this.rulebookVersion = assessment.rulebookVersion();
		this.answers = answers;
		this.outcome = outcome;
	}

	Long getId() {
		return id;
	}

	String getReference() {
		return reference;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	TriageLevel getTriageLevel() {
		return triageLevel;
	}

	String getRulebookVersion() {
		return rulebookVersion;
	}

	String getAnswers() {
		return answers;
	}

	String getOutcome() {
		return outcome;
	}

	String getDocument() {
		return document;
	}

	Instant getSeenAt() {
		return seenAt;
	}

	String getSupersedes() {
		return supersedes;
	}

	String getSupersededBy() {
		return supersededBy;
	}

	/** After a check-in: the level is never lowered, so a lower one leaves it as it is. */
	void raiseTriageTo(TriageLevel level) {
		triageLevel = triageLevel.atLeast(level);
	}

}
