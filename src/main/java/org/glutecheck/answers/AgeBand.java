package org.glutecheck.answers;

import java.util.Optional;

/**
 * Age band of the person answering. Version 2 of the contract splits 40 to 59 in two; the wide band
 * stays valid, and a finer band also counts as the wide one, so a rule written for 40 to 59 still
 * holds for someone who answered 40 to 49.
 */
public enum AgeBand {

	UNDER_18, AGE_18_39, AGE_40_59, AGE_40_49, AGE_50_59, AGE_60_PLUS;

	/** The version 1 band this finer band lies in, if it is a finer one. */
	public Optional<AgeBand> broader() {
		return this == AGE_40_49 || this == AGE_50_59 ? Optional.of(AGE_40_59) : Optional.empty();
	}

}
