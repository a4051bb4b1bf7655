package org.glutecheck.answers;

/** What the pain feels like. */
public enum Quality {
	SHARP, DULL, ACHING, BURNING, TINGLING, CRAMPING
}
