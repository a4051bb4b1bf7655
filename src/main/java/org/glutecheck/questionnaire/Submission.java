package org.glutecheck.questionnaire;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** The assessment that one final submission produced, found again by the submission's hash. */
@Entity
@Table(name = "questionnaire_submission")
class Submission implements Persistable<String> {

	@Id
	@Column(name = "submission_key", length = 64)
	private String key;

	@Column(nullable = false, length = 14)
	private String reference;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Always inserted, never merged: a second save of the same key must fail, not overwrite. */
	@Transient
	private boolean fresh = true;

	protected Submission() {
	}

	Submission(String key, String reference, Instant createdAt) {
		this.key = key;
		this.reference = reference;
		this.createdAt = createdAt;
	}

	String reference() {
		return reference;
	}

	@Override
	public String getId() {
		return key;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	void loaded() {
		fresh = false;
	}

}
