package org.glutecheck.answers;

import java.util.Optional;

/**
 * Where it hurts; the meanings are defined in docs/assessment-api.md. Version 2 splits
 * {@link #GROIN_OR_PELVIC_FLOOR} into the front of the hip and the pelvic floor; the wide code stays
 * valid, and each finer code also counts as the wide one.
 */
public enum Location {

	CENTER_BUTTOCK, OUTER_HIP, SACRAL_DIMPLE, WHOLE_BUTTOCK, LOWER_BACK, BACK_OF_THIGH, BELOW_KNEE,
	GROIN_OR_PELVIC_FLOOR, FRONT_OF_HIP_OR_GROIN, PELVIC_FLOOR_OR_TAILBONE, SIT_BONE, FRONT_OF_THIGH;

	/** The version 1 location this finer one lies in, if it is a finer one. */
	public Optional<Location> broader() {
		return this == FRONT_OF_HIP_OR_GROIN || this == PELVIC_FLOOR_OR_TAILBONE ? Optional.of(GROIN_OR_PELVIC_FLOOR)
				: Optional.empty();
	}

}
