package org.glutecheck.triage;

import org.glutecheck.rulebook.TriageLevel;

/** One rule that raised the triage level, in words the person can read. */
public record TriageReason(String code, TriageLevel level, String text) {
}
