package org.glutecheck.answers;

/** Other symptoms that are not warning signs on their own. */
public enum Symptom {
	NUMBNESS, WEAKNESS, BLADDER_URGENCY, PAIN_WITH_INTERCOURSE_OR_BOWEL, VISIBLE_KNOT, TIGHT_HIP_FLEXORS, TENDER_OUTER_HIP_BONE, STIFFNESS
}
