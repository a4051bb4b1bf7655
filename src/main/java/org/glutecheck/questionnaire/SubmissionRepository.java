package org.glutecheck.questionnaire;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, String> {

}
