package org.glutecheck.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A saved assessment: the document exactly as it was shown, plus the few columns that lists and
 * searches need. Never bound to a form or sent as it is; {@link Assessment} is what leaves.
 */
@Entity
@Table(name = "assessment")
class StoredAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 14)
	private String reference;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "triage_level", nullable = false, length = 16)
	private String triageLevel;

	@Column(name = "leading_condition", length = 40)
	private String leadingCondition;

	@Column(name = "rulebook_version", nullable = false, length = 40)
	private String rulebookVersion;

	@Lob
	@Column(nullable = false)
	private String document;

	protected StoredAssessment() {
	}

	StoredAssessment(Assessment assessment, String document) {
		this.reference = assessment.reference();
		this.createdAt = assessment.createdAt();
		this.triageLevel = assessment.triage().level().name();
		this.leadingCondition = assessment.leadingCondition().map(ConditionResult::id).orElse(null);
		this.rulebookVersion = assessment.rulebookVersion();
		this.document = document;
	}

	String getReference() {
		return reference;
	}

	String getDocument() {
		return document;
	}

}
