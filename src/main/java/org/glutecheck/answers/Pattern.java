package org.glutecheck.answers;

/** How the pain behaves over a day. */
public enum Pattern {
	CONSTANT, COMES_AND_GOES, BRIEF_SPASMS, WITH_WALKING
}
