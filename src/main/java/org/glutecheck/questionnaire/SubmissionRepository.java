package org.glutecheck.questionnaire;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface SubmissionRepository extends JpaRepository<Submission, String> {

	/** Forgets which submission made this assessment, once its owner has deleted it. */
	@Transactional
	@Modifying
	@Query("delete from Submission s where s.reference = :reference")
	int deleteByReference(@Param("reference") String reference);

	/** Forgets submissions from sittings that can no longer post anything. */
	@Transactional
	@Modifying
	@Query("delete from Submission s where s.createdAt < :cutoff")
	int deleteOlderThan(@Param("cutoff") Instant cutoff);

	/** Gives a claimed submission the reference of the assessment it produced, in the claim's transaction. */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update questionnaire_submission set reference = :reference where submission_key = :key",
			nativeQuery = true)
	int recordReference(@Param("key") String key, @Param("reference") String reference);

}
