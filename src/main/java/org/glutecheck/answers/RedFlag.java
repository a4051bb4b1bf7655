package org.glutecheck.answers;

/** Warning signs; each reaches at least the triage level the rulebook gives it. */
public enum RedFlag {
	BLADDER_BOWEL_LOSS, SADDLE_NUMBNESS, PROGRESSIVE_WEAKNESS, BOTH_LEGS, COLD_PALE_LEG, FEVER, CANCER_OR_WEIGHT_LOSS, SIGNIFICANT_INJURY, NIGHT_PAIN, DARK_URINE
}
