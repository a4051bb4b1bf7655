package org.glutecheck.answers;

/** Sex as the person reports it. */
public enum Sex {
	FEMALE, MALE, OTHER
}
