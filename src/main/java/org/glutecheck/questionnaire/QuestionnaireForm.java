package org.glutecheck.questionnaire;

import java.util.List;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.RedFlag;

/**
 * Everything the questionnaire has gathered so far, as it travels from page to page: the run token
 * and the contract's own {@link Answers}, bound straight from the posted fields (the current page's
 * inputs plus every earlier answer in hidden fields), never in a server session and never in the
 * address. The answers are the one definition of the fields ({@link PageAnswers}): a new answer
 * field or code needs no change here.
 *
 * @param run the signed run token that ties the pages of one sitting together
 * @param answers what the person has answered so far
 */
record QuestionnaireForm(String run, Answers answers) implements PageAnswers {

	QuestionnaireForm {
		answers = answers == null ? noAnswers() : answers;
	}

	static QuestionnaireForm empty(String run) {
		return new QuestionnaireForm(run, noAnswers());
	}

	/** The answers as they were saved, so a saved result can show what it was made from. */
	static QuestionnaireForm of(Answers answers) {
		return new QuestionnaireForm(null, answers);
	}

	List<RedFlag> redFlags() {
		return answers.redFlags();
	}

	/** Only the warning signs: what the emergency check may look at before anything else is asked. */
	Answers warningSignsOnly() {
		return warningSignsOnly(answers.redFlags());
	}

	/** Answers that are only these warning signs. */
	static Answers warningSignsOnly(List<RedFlag> signs) {
		return new Answers(null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null,
				signs);
	}

	private static Answers noAnswers() {
		return new Answers(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
