package org.glutecheck.questionnaire;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface DraftRepository extends JpaRepository<Draft, String> {

	/** The draft, locked until the transaction ends, so one sitting makes one assessment at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Draft d where d.key = :key")
	Optional<Draft> findForUpdate(String key);

	/** Forgets sittings that can no longer post anything. */
	@Transactional
	@Modifying
	@Query("delete from Draft d where d.updatedAt < :cutoff")
	int deleteOlderThan(Instant cutoff);

	/** Forgets the sitting whose newest result its owner deleted. */
	@Transactional
	@Modifying
	@Query("delete from Draft d where d.latestReference = :reference")
	int deleteByLatestReference(String reference);

}
