package org.glutecheck.answers;

/** Activity and health background (the contract's field 'context'). */
public enum ContextFactor {
	NEW_OR_HARDER_WORKOUT, TRAINS_MOST_DAYS, NEVER_RECOVERED, UNSURE_OF_FORM, SITS_MOST_OF_DAY, HEAVY_SWEATING, SMOKER, DIABETES_OR_HEART_DISEASE, PREGNANCY_OR_POSTPARTUM, BACK_PROBLEMS
}
