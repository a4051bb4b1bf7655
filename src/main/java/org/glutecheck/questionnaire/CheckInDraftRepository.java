package org.glutecheck.questionnaire;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface CheckInDraftRepository extends JpaRepository<CheckInDraft, String> {

	/** The draft, locked until the transaction ends, so one check-in is saved once however often it is sent. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from CheckInDraft d where d.key = :key")
	Optional<CheckInDraft> findForUpdate(String key);

	/** Forgets check-ins that can no longer post anything. */
	@Transactional
	@Modifying
	@Query("delete from CheckInDraft d where d.updatedAt < :cutoff")
	int deleteOlderThan(Instant cutoff);

	/** Forgets the check-ins on a result its owner deleted. */
	@Transactional
	@Modifying
	@Query("delete from CheckInDraft d where d.reference = :reference")
	int deleteByReference(String reference);

}
