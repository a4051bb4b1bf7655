package org.glutecheck.answers;

/** Age band of the person answering. */
public enum AgeBand {
	UNDER_18, AGE_18_39, AGE_40_59, AGE_60_PLUS
}
