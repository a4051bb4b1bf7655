package org.glutecheck.assessment;

import java.util.List;

import org.glutecheck.rulebook.TriageLevel;

/**
 * What the triage rules decided at a check-in, as codes: its level, its reasons' codes most urgent
 * first, and the cause whose confirmation reason is among them. Saved with the check-in; rendered
 * with the texts of the rulebook version that decided it.
 *
 * @param leadingCondition the id of the leading cause whose "needs a clinician to confirm it" reason
 * is among the reasons; null when that reason is not
 */
record FollowUpDecision(TriageLevel level, List<String> reasons, String leadingCondition) {
}
