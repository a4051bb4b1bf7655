package org.glutecheck.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.glutecheck.rulebook.TriageLevel;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface AssessmentRepository extends JpaRepository<StoredAssessment, Long> {

	String SUMMARY = "select new org.glutecheck.assessment.AssessmentSummary(a.reference, a.createdAt, a.triageLevel,"
			+ " a.leadingCondition, a.rulebookVersion, a.seenAt, a.supersedes, a.supersededBy) from StoredAssessment a";

	Optional<StoredAssessment> findByReference(String reference);

	/**
	 * The assessment with this reference and its check-ins, oldest first, in one query, as a results
	 * page reads them: a row per check-in, or one row when it has none; no row when no assessment has
	 * this reference.
	 */
	@Query("select new org.glutecheck.assessment.StoredRow(a, f) from StoredAssessment a"
			+ " left join StoredFollowUp f on f.assessmentId = a.id where a.reference = :reference order by f.id")
	List<StoredRow> findWithFollowUps(String reference);

	/**
	 * The assessment with this reference, locked until the transaction ends, so that check-ins on it
	 * are made one after another: each sees the level and the check-ins the one before it left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from StoredAssessment a where a.reference = :reference")
	Optional<StoredAssessment> findForUpdate(String reference);

	boolean existsByReference(String reference);

	/** The list line of one assessment, without its document. */
	@Query(SUMMARY + " where a.reference = :reference")
	Optional<AssessmentSummary> findSummary(String reference);

	/** Assessments made at or after {@code from} and before {@code to}, newest first, without their documents. */
	@Query(SUMMARY + " where a.createdAt >= :from and a.createdAt < :to order by a.createdAt desc, a.id desc")
	List<AssessmentSummary> findCreatedBetween(Instant from, Instant to, Limit limit);

	/** As {@link #findCreatedBetween}, only those at one of the given triage levels. */
	@Query(SUMMARY + " where a.createdAt >= :from and a.createdAt < :to and a.triageLevel in :levels"
			+ " order by a.createdAt desc, a.id desc")
	List<AssessmentSummary> findCreatedBetween(Instant from, Instant to, Collection<TriageLevel> levels, Limit limit);

	/**
	 * Marks the assessment seen by clinic staff at {@code at}, unless it already was: the first time
	 * is kept, also when two desks mark it at once. Returns how many rows changed (0 or 1).
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StoredAssessment a set a.seenAt = :at where a.reference = :reference and a.seenAt is null")
	int markSeen(String reference, Instant at);

	/** Records that {@code later} replaces {@code earlier}, on both rows; returns how many rows changed. */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StoredAssessment a set a.supersedes = :earlier where a.reference = :later")
	int markSupersedes(String later, String earlier);

	/** The other half of {@link #markSupersedes}: the earlier version points to its replacement. */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StoredAssessment a set a.supersededBy = :later where a.reference = :earlier")
	int markSupersededBy(String earlier, String later);

	/** Deletes the assessment with this reference; returns how many (0 or 1). */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from StoredAssessment a where a.reference = :reference")
	int deleteByReference(String reference);

	/** Deletes every assessment made before {@code cutoff}; returns how many. */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from StoredAssessment a where a.createdAt < :cutoff")
	int deleteCreatedBefore(Instant cutoff);

}
