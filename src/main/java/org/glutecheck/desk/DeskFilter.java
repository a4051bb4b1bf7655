package org.glutecheck.desk;

import org.glutecheck.assessment.Reference;
import org.glutecheck.rulebook.TriageLevel;

/**
 * The desk list's filter, as the list page's form sends it.
 *
 * @param level only this triage level, or every level when null
 * @param reference a reference or any part of one, typed as people type them (any case, with or
 * without dashes, I or L for 1, O for 0); blank for all
 */
record DeskFilter(TriageLevel level, String reference) {

	static final int MAX_REFERENCE_LENGTH = 40;

	DeskFilter {
		reference = reference == null ? "" : reference.strip();
		if (reference.length() > MAX_REFERENCE_LENGTH) {
			reference = reference.substring(0, MAX_REFERENCE_LENGTH);
		}
	}

	/** Whether a reference was typed; public, as the list page asks it. */
	public boolean searching() {
		return !compact(reference).isEmpty();
	}

	boolean matches(String canonicalReference) {
		return compact(canonicalReference).contains(compact(reference));
	}

	private static String compact(String typed) {
		return Reference.compact(typed);
	}

}
