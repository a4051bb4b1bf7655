package org.glutecheck.answers;

/** What makes the pain worse. */
public enum Aggravator {
	SITTING, STAIRS, LYING_ON_SIDE, SINGLE_LEG_STANCE, WALKING, BENDING_COUGH_SNEEZE, ROLLING_OR_RISING, PRESSING, EXERCISE
}
