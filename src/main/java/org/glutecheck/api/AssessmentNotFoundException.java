package org.glutecheck.api;

/** No saved assessment has the reference asked for. */
class AssessmentNotFoundException extends RuntimeException {

	AssessmentNotFoundException(String reference) {
		super("No assessment with reference " + reference);
	}

}
