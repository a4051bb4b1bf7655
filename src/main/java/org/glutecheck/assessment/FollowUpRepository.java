package org.glutecheck.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<StoredFollowUp, Long> {

	/** The check-ins on one assessment, oldest first. */
	List<StoredFollowUp> findByAssessmentIdOrderByIdAsc(Long assessmentId);

}
