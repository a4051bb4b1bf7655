package org.glutecheck.answers;

/** Where it hurts; the meanings are defined in docs/assessment-api.md. */
public enum Location {
	CENTER_BUTTOCK, OUTER_HIP, SACRAL_DIMPLE, WHOLE_BUTTOCK, LOWER_BACK, BACK_OF_THIGH, BELOW_KNEE, GROIN_OR_PELVIC_FLOOR
}
