package org.glutecheck.rulebook;

import java.util.List;

/** The rulebook file cannot be used; the message names every entry that is wrong. */
public class RulebookException extends RuntimeException {

	public RulebookException(String resource, List<String> problems) {
		super("The rulebook " + resource + " is not valid:\n - " + String.join("\n - ", problems));
	}

	public RulebookException(String resource, String where, Throwable cause) {
		super("The rulebook " + resource + " cannot be read at " + where + ": " + cause.getMessage(), cause);
	}

}
