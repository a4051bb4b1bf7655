package org.glutecheck.answers;

/** What eases the pain. */
public enum Reliever {
	REST, STRETCHING, STANDING_STILL, SITTING_OR_BENDING_FORWARD, GENTLE_MOVEMENT, FLUIDS_OR_SALT
}
