package org.glutecheck.desk;

import java.util.ArrayList;
import java.util.List;

import org.glutecheck.answers.Answers;

/**
 * One answer as staff read it, in the questionnaire's own order and words (its message keys).
 *
 * @param questionKey the message key of the question
 * @param answerKeys the message keys of the answers given; empty when nothing was reported
 * @param number the 0 to 10 score, for the one question that has one; otherwise null
 */
record AnswerRow(String questionKey, List<String> answerKeys, Integer number) {

	static List<AnswerRow> of(Answers answers) {
		List<AnswerRow> rows = new ArrayList<>();
		rows.add(codes("redFlags", answers.redFlags()));
		rows.add(codes("locations", answers.locations()));
		rows.add(codes("side", one(answers.side())));
		rows.add(codes("qualities", answers.qualities()));
		rows.add(new AnswerRow("q.severity.summary", List.of(), answers.severity()));
		rows.add(codes("duration", one(answers.duration())));
		rows.add(codes("onset", one(answers.onset())));
		rows.add(codes("pattern", one(answers.pattern())));
		rows.add(codes("course", one(answers.course())));
		rows.add(codes("aggravators", answers.aggravators()));
		rows.add(codes("relievers", answers.relievers()));
		rows.add(codes("context", answers.context()));
		rows.add(codes("symptoms", answers.symptoms()));
		rows.add(codes("ageBand", one(answers.ageBand())));
		rows.add(codes("sex", one(answers.sex())));
		return rows;
	}

	/** Public, as the detail page asks it. */
	public boolean unanswered() {
		return answerKeys.isEmpty() && number == null;
	}

	private static AnswerRow codes(String field, List<? extends Enum<?>> codes) {
		return new AnswerRow("q." + field + ".summary", codes.stream().map(c -> "q." + field + "." + c.name()).toList(),
				null);
	}

	private static List<? extends Enum<?>> one(Enum<?> code) {
		return code == null ? List.of() : List.of(code);
	}

}
