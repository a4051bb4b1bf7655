package org.glutecheck.assessment;

/**
 * A check-in on an assessment that the person has since replaced by changing their answers: the
 * check-in belongs on the newest version, which is what the person now reads.
 */
public class SupersededAssessmentException extends RuntimeException {

	private final String reference;

	private final String newestReference;

	public SupersededAssessmentException(String reference, String newestReference) {
		super("Assessment " + reference + " was replaced; its newest version is " + newestReference);
		this.reference = reference;
		this.newestReference = newestReference;
	}

	/** The replaced assessment's reference, in its canonical form. */
	public String reference() {
		return reference;
	}

	/** The reference of the newest version, on which to check in instead. */
	public String newestReference() {
		return newestReference;
	}

}
