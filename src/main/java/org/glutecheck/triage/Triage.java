package org.glutecheck.triage;

import java.util.List;

import org.glutecheck.rulebook.TriageLevel;

/**
 * How urgently to see a clinician, and why.
 *
 * @param reasons every rule that raised the level, most urgent first; empty only for self-care
 */
public record Triage(TriageLevel level, String headline, String advice, List<TriageReason> reasons) {
}
