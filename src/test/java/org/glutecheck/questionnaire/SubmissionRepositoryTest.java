package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;

/** The questionnaire's own table: one row per submission, never overwritten, swept when old. */
@DataJpaTest(showSql = false)
class SubmissionRepositoryTest {

	@Autowired
	private SubmissionRepository repository;

	@Test
	void aSubmissionIsRecordedOnceAndASecondOneWithTheSameKeyFails() {
		repository.saveAndFlush(new Submission("a".repeat(64), "K7QM-2XD9-4TRB", Instant.parse("2026-11-22T10:00:00Z")));
		assertThat(repository.findById("a".repeat(64))).map(Submission::reference).contains("K7QM-2XD9-4TRB");
		assertThatThrownBy(() -> repository
			.saveAndFlush(new Submission("a".repeat(64), "ZZZZ-ZZZZ-ZZZZ", Instant.parse("2026-11-22T10:01:00Z"))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void oldSubmissionsAreSweptAway() {
		repository.saveAndFlush(new Submission("b".repeat(64), "AAAA-AAAA-AAAA", Instant.parse("2026-11-22T07:00:00Z")));
		repository.saveAndFlush(new Submission("c".repeat(64), "BBBB-BBBB-BBBB", Instant.parse("2026-11-22T10:00:00Z")));
		assertThat(repository.deleteOlderThan(Instant.parse("2026-11-22T09:00:00Z"))).isEqualTo(1);
		assertThat(repository.findAll()).extracting(Submission::reference).containsExactly("BBBB-BBBB-BBBB");
	}

}
