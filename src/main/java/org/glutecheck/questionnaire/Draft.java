package org.glutecheck.questionnaire;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One questionnaire in progress: the answers its last page sent and the newest assessment it made,
 * found by a hash of the sitting's run token. It lets every page be shown again by a plain GET, so
 * Back and Forward work as on any website, while the visitor still has no HTTP session.
 */
@Entity
@Table(name = "questionnaire_draft")
class Draft {

	@Id
	@Column(name = "run_key", length = 64)
	private String key;

	/** The answers as JSON, in the contract's own form. */
	@Column(nullable = false)
	private String answers;

	@Column(name = "latest_reference", length = 14)
	private String latestReference;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Draft() {
	}

	Draft(String key, String answers, Instant at) {
		this.key = key;
		this.answers = answers;
		this.updatedAt = at;
	}

	String answers() {
		return answers;
	}

	Optional<String> latestReference() {
		return Optional.ofNullable(latestReference);
	}

	void answered(String answers, Instant at) {
		this.answers = answers;
		this.updatedAt = at;
	}

	void resulted(String reference, Instant at) {
		this.latestReference = reference;
		this.updatedAt = at;
	}

}
