package org.glutecheck.assessment;

/**
 * The assessment already has the most check-ins one takes ({@link #limit()}): a person whose pain
 * goes on that long answers the questionnaire again, for a new assessment of the pain as it is now.
 */
public class TooManyFollowUpsException extends RuntimeException {

	private final String reference;

	private final int limit;

	public TooManyFollowUpsException(String reference, int limit) {
		super("Assessment " + reference + " already has " + limit + " check-ins, the most it takes");
		this.reference = reference;
		this.limit = limit;
	}

	/** The assessment's reference, in its canonical form. */
	public String reference() {
		return reference;
	}

	/** The most check-ins one assessment takes. */
	public int limit() {
		return limit;
	}

}
