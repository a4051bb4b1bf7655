package org.glutecheck.answers;

/** Which side hurts. */
public enum Side {
	LEFT, RIGHT, BOTH
}
