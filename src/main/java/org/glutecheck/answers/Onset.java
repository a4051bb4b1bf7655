package org.glutecheck.answers;

/** How the pain began. */
public enum Onset {
	AFTER_WORKOUT, DURING_EXERCISE, AFTER_SITTING, GRADUAL, AFTER_INJURY, NO_CLEAR_TRIGGER
}
