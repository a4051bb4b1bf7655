package org.glutecheck.rulebook;

/** How soon to see a clinician, from least to most urgent; the order is the urgency order. */
public enum TriageLevel {

	SELF_CARE, SOON, URGENT, EMERGENCY;

	public TriageLevel atLeast(TriageLevel other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
