package org.glutecheck.answers;

/** Whether the pain is getting better or worse. */
public enum Course {
	IMPROVING, SAME, WORSENING
}
