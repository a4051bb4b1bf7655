package org.glutecheck.answers;

import java.util.ArrayList;
import java.util.List;

/** Builds answers for tests, field by field, in the contract's words. */
public final class TestAnswers {

	private AgeBand ageBand;

	private Sex sex;

	private Side side;

	private final List<Location> locations = new ArrayList<>();

	private final List<Quality> qualities = new ArrayList<>();

	private Integer severity;

	private PainDuration duration;

	private Onset onset;

	private Pattern pattern;

	private Course course;

	private final List<Aggravator> aggravators = new ArrayList<>();

	private final List<Reliever> relievers = new ArrayList<>();

	private final List<ContextFactor> context = new ArrayList<>();

	private final List<Symptom> symptoms = new ArrayList<>();

	private final List<RedFlag> redFlags = new ArrayList<>();

	private TestAnswers() {
	}

	public static TestAnswers at(Location... where) {
		TestAnswers answers = new TestAnswers();
		answers.locations.addAll(List.of(where));
		return answers;
	}

	public TestAnswers age(AgeBand value) {
		this.ageBand = value;
		return this;
	}

	public TestAnswers sex(Sex value) {
		this.sex = value;
		return this;
	}

	public TestAnswers side(Side value) {
		this.side = value;
		return this;
	}

	public TestAnswers feels(Quality... values) {
		qualities.addAll(List.of(values));
		return this;
	}

	public TestAnswers severity(int value) {
		this.severity = value;
		return this;
	}

	public TestAnswers lasted(PainDuration value) {
		this.duration = value;
		return this;
	}

	public TestAnswers began(Onset value) {
		this.onset = value;
		return this;
	}

	public TestAnswers pattern(Pattern value) {
		this.pattern = value;
		return this;
	}

	public TestAnswers course(Course value) {
		this.course = value;
		return this;
	}

	public TestAnswers worseWith(Aggravator... values) {
		aggravators.addAll(List.of(values));
		return this;
	}

	public TestAnswers betterWith(Reliever... values) {
		relievers.addAll(List.of(values));
		return this;
	}

	public TestAnswers context(ContextFactor... values) {
		context.addAll(List.of(values));
		return this;
	}

	public TestAnswers symptoms(Symptom... values) {
		symptoms.addAll(List.of(values));
		return this;
	}

	public TestAnswers redFlags(RedFlag... values) {
		redFlags.addAll(List.of(values));
		return this;
	}

	/** A new builder with the same answers, so that a variation never changes the base case. */
	public TestAnswers copy() {
		Answers answers = build();
		TestAnswers copy = new TestAnswers();
		copy.ageBand = answers.ageBand();
		copy.sex = answers.sex();
		copy.side = answers.side();
		copy.locations.addAll(answers.locations());
		copy.qualities.addAll(answers.qualities());
		copy.severity = answers.severity();
		copy.duration = answers.duration();
		copy.onset = answers.onset();
		copy.pattern = answers.pattern();
		copy.course = answers.course();
		copy.aggravators.addAll(answers.aggravators());
		copy.relievers.addAll(answers.relievers());
		copy.context.addAll(answers.context());
		copy.symptoms.addAll(answers.symptoms());
		copy.redFlags.addAll(answers.redFlags());
		return copy;
	}

	public Answers build() {
		return new Answers(ageBand, sex, side, locations, qualities, severity, duration, onset, pattern, course,
				aggravators, relievers, context, symptoms, redFlags);
	}

}
