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
 * A saved assessment: the document exactly as it was shown, plus the few columns that lists and
 * searches need. Never bound to a form or sent as it is; {@link Assessment} is what leaves. The
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

	@Enumerated(EnumType.STRING)
	@Column(name = "triage_level", nullable = false, length = 16, updatable = false)
	private TriageLevel triageLevel;

	@Column(name = "leading_condition", length = 40, updatable = false)
	private String leadingCondition;

	@Column(name = "rulebook_version", nullable = false, length = 40, updatable = false)
	private String rulebookVersion;

	// A TEXT column on both H2 and PostgreSQL, read and written as a plain string: @Lob would make
	// Hibernate use PostgreSQL large objects (an oid pointing elsewhere) instead of the text itself.
	@Column(nullable = false, updatable = false)
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

	StoredAssessment(Assessment assessment, String document) {
		this.reference = assessment.reference();
		this.createdAt = assessment.createdAt();
		this.triageLevel = assessment.triage().level();
		this.leadingCondition = assessment.leadingCondition().map(ConditionResult::id).orElse(null);
		this.rulebookVersion = assessment.rulebookVersion();
		this.document = document;
	}

	String getReference() {
		return reference;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getDocument() {
		return document;
	}

	Instant getSeenAt() {
		return seenAt;
	}

}
