package org.glutecheck.answers;

import java.util.Collection;
import java.util.Set;

/**
 * One test on one answer field, as the rulebook writes it. A field that was not reported never
 * matches a code test: silence is not evidence.
 */
public sealed interface Criterion {

	AnswerField field();

	/** The codes this test looks for; empty for a number test. */
	Set<? extends Enum<?>> codes();

	boolean matches(Answers answers);

	/** Whether any reported code is one of these; a loop, as it runs for every rule of every assessment. */
	private static boolean reportsAny(Collection<? extends Enum<?>> reported, Set<? extends Enum<?>> codes) {
		for (Enum<?> code : reported) {
			if (codes.contains(code)) {
				return true;
			}
		}
		return false;
	}

	/** The field was reported with at least one of these codes. */
	record AnyOf(AnswerField field, Set<? extends Enum<?>> codes) implements Criterion {
		@Override
		public boolean matches(Answers answers) {
			return reportsAny(field.reportedCodes(answers), codes);
		}
	}

	/** The field was reported with every one of these codes. */
	record AllOf(AnswerField field, Set<? extends Enum<?>> codes) implements Criterion {
		@Override
		public boolean matches(Answers answers) {
			return field.reportedCodes(answers).containsAll(codes);
		}
	}

	/** The field was reported, and with none of these codes. */
	record NoneOf(AnswerField field, Set<? extends Enum<?>> codes) implements Criterion {
		@Override
		public boolean matches(Answers answers) {
			Collection<? extends Enum<?>> reported = field.reportedCodes(answers);
			return !reported.isEmpty() && !reportsAny(reported, codes);
		}
	}

	/** The severity was reported and is at least this value. */
	record AtLeast(AnswerField field, int value) implements Criterion {
		@Override
		public Set<? extends Enum<?>> codes() {
			return Set.of();
		}

		@Override
		public boolean matches(Answers answers) {
			return answers.severity() != null && answers.severity() >= value;
		}
	}

	/** The severity was reported and is at most this value. */
	record AtMost(AnswerField field, int value) implements Criterion {
		@Override
		public Set<? extends Enum<?>> codes() {
			return Set.of();
		}

		@Override
		public boolean matches(Answers answers) {
			return answers.severity() != null && answers.severity() <= value;
		}
	}

}
