package org.glutecheck.answers;

/** How long since the pain started (the contract's field 'duration'). */
public enum PainDuration {
	UNDER_A_DAY, DAYS_1_3, DAYS_4_7, WEEKS_1_6, OVER_6_WEEKS
}
