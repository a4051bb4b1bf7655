package org.glutecheck.answers;

/**
 * Where it hurts; the meanings are defined in docs/assessment-api.md. Version 2 splits
 * {@link #GROIN_OR_PELVIC_FLOOR} into {@link #FRONT_OF_HIP_OR_GROIN} and
 * {@link #PELVIC_FLOOR_OR_TAILBONE}. The wide code stays valid but is not implied by either finer
 * one: a rule about the pelvic floor must not fire for pain at the front of the hip, so each rule
 * names the codes it means.
 */
public enum Location {

	CENTER_BUTTOCK, OUTER_HIP, SACRAL_DIMPLE, WHOLE_BUTTOCK, LOWER_BACK, BACK_OF_THIGH, BELOW_KNEE,
	GROIN_OR_PELVIC_FLOOR, FRONT_OF_HIP_OR_GROIN, PELVIC_FLOOR_OR_TAILBONE, SIT_BONE, FRONT_OF_THIGH

}
