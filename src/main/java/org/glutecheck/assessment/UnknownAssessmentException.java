package org.glutecheck.assessment;

/**
 * No saved assessment has the reference given (never made, mistyped, deleted by its owner or by
 * retention). It names the reference only as it was typed.
 */
public class UnknownAssessmentException extends RuntimeException {

	public UnknownAssessmentException(String reference) {
		super("No assessment with reference " + reference);
	}

}
