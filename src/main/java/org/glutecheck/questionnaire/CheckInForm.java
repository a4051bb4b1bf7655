package org.glutecheck.questionnaire;

import org.glutecheck.answers.FollowUpAnswers;

/**
 * A check-in ("how is it now?") as it travels between its pages: its run token, the result it is
 * on, and the contract's own {@link FollowUpAnswers}, bound straight from the posted fields (the
 * page's inputs plus the other page's answers in hidden fields), never in an HTTP session and never
 * in the address.
 *
 * @param run the signed run token that ties the pages of one check-in together
 * @param reference the result checked in on
 * @param answers what the person has answered so far
 */
record CheckInForm(String run, String reference, FollowUpAnswers answers) implements PageAnswers {

	CheckInForm {
		answers = answers == null ? nothingAnswered() : answers;
	}

	static FollowUpAnswers nothingAnswered() {
		return new FollowUpAnswers(null, null, null, null, null);
	}

}
