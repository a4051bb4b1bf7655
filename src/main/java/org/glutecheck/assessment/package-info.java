/**
 * Assessments: answers in, a saved assessment out, found by its reference, shown with the texts of
 * the rulebook version that made it, and deleted by its owner or by retention. Publishes
 * {@link org.glutecheck.assessment.AssessmentSaved} for every saved assessment (and
 * {@link org.glutecheck.assessment.FollowUpAdded} for a check-in) in the saving transaction; other
 * modules react by listening, without this module knowing them.
 */
package org.glutecheck.assessment;
