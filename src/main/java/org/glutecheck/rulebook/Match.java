package org.glutecheck.rulebook;

/**
 * How well the answers fit a cause, in words, so that a number is never the only signal. A cause
 * outside the ten raises the triage level only from {@link #MODERATE} up.
 */
public enum Match {

	STRONG, MODERATE, WEAK;

	public static Match of(int score) {
		return score >= 70 ? STRONG : score >= 40 ? MODERATE : WEAK;
	}

	public boolean atLeast(Match other) {
		return compareTo(other) <= 0;
	}

}
