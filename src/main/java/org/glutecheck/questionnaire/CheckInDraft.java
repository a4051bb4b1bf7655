package org.glutecheck.questionnaire;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One check-in in progress: the assessment it is on, the answers its last page sent, and the check-in
 * it saved last, found by a hash of its run token. As a questionnaire's {@link Draft} does, it lets
 * every page of the check-in be shown again by a plain GET without an HTTP session.
 */
@Entity
@Table(name = "check_in_draft")
class CheckInDraft {

	@Id
	@Column(name = "run_key", length = 64)
	private String key;

	@Column(nullable = false, length = 14)
	private String reference;

	/** The answers as JSON, in the contract's own form. */
	@Column(nullable = false)
	private String answers;

	/** The check-in this sitting saved last, as JSON; null until it saved one. */
	@Column(name = "saved_answers")
	private String savedAnswers;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CheckInDraft() {
	}

	CheckInDraft(String key, String reference, String answers, Instant at) {
		this.key = key;
		this.reference = reference;
		this.answers = answers;
		this.updatedAt = at;
	}

	String reference() {
		return reference;
	}

	String answers() {
		return answers;
	}

	Optional<String> savedAnswers() {
		return Optional.ofNullable(savedAnswers);
	}

	void answered(String answers, Instant at) {
		this.answers = answers;
		this.updatedAt = at;
	}

	void saved(String answers, Instant at) {
		this.savedAnswers = answers;
		this.updatedAt = at;
	}

	/** The person replaced the result while checking in: the check-in goes on the newest version. */
	void movedTo(String newestReference, Instant at) {
		this.reference = newestReference;
		this.updatedAt = at;
	}

}
