package org.glutecheck.triage;

import org.glutecheck.rulebook.Rulebook;

/** The triage service on a given rulebook, in English, for the tests of other modules that decide triage. */
public final class TestTriage {

	private TestTriage() {
	}

	public static TriageService of(Rulebook rulebook) {
		return new TriageService(rulebook);
	}

}
