package org.glutecheck.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<StoredAssessment, Long> {

	Optional<StoredAssessment> findByReference(String reference);

}
