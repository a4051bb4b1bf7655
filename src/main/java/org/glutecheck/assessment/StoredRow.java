package org.glutecheck.assessment;

/**
 * One row of an assessment read together with its check-ins: the assessment, and one of its
 * check-ins, or null on the single row of an assessment without any.
 */
record StoredRow(StoredAssessment assessment, StoredFollowUp followUp) {
}
