package org.glutecheck.answers;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The answer fields that rules may test, by their contract name. Each field knows the codes it
 * accepts and how to read its reported codes from {@link Answers}.
 */
public enum AnswerField {

	AGE_BAND("ageBand", AgeBand.class, false, a -> withBroader(single(a.ageBand()), AgeBand::broader)),
	SEX("sex", Sex.class, false, a -> single(a.sex())),
	SIDE("side", Side.class, true, a -> single(a.side())),
	LOCATIONS("locations", Location.class, true, Answers::locations),
	QUALITIES("qualities", Quality.class, true, Answers::qualities),
	SEVERITY("severity", null, false, a -> List.of()),
	DURATION("duration", PainDuration.class, true, a -> single(a.duration())),
	ONSET("onset", Onset.class, true, a -> single(a.onset())),
	PATTERN("pattern", Pattern.class, true, a -> single(a.pattern())),
	COURSE("course", Course.class, true, a -> single(a.course())),
	AGGRAVATORS("aggravators", Aggravator.class, true, Answers::aggravators),
	RELIEVERS("relievers", Reliever.class, true, Answers::relievers),
	CONTEXT("context", ContextFactor.class, false, Answers::context),
	SYMPTOMS("symptoms", Symptom.class, true, Answers::symptoms),
	RED_FLAGS("redFlags", RedFlag.class, false, Answers::redFlags);

	private final String contractName;

	private final Class<? extends Enum<?>> codeType;

	private final boolean aboutThePain;

	private final Function<Answers, Collection<? extends Enum<?>>> reported;

	AnswerField(String contractName, Class<? extends Enum<?>> codeType, boolean aboutThePain,
			Function<Answers, Collection<? extends Enum<?>>> reported) {
		this.contractName = contractName;
		this.codeType = codeType;
		this.aboutThePain = aboutThePain;
		this.reported = reported;
	}

	/**
	 * Whether this field describes the pain itself (where, what it feels like, its timing, what
	 * changes it, what comes with it) rather than the person (age, sex, background) or a warning sign.
	 * Only evidence about the pain can put a cause on the list; how bad it is says nothing about which
	 * cause it is.
	 */
	public boolean aboutThePain() {
		return aboutThePain;
	}

	public String contractName() {
		return contractName;
	}

	/** Whether this field holds a number rather than codes. */
	public boolean isNumeric() {
		return codeType == null;
	}

	/** Whether this field holds one answer (a code or a number) rather than a list. */
	public boolean isSingleAnswer() {
		return Arrays.stream(Answers.class.getRecordComponents())
			.filter(component -> component.getName().equals(contractName))
			.noneMatch(component -> Collection.class.isAssignableFrom(component.getType()));
	}

	/** The codes this field accepts, in contract order; empty for a numeric field. */
	public List<String> codes() {
		return isNumeric() ? List.of()
				: Arrays.stream(codeType.getEnumConstants()).map(Enum::name).toList();
	}

	/** The code of this field with that name, if there is one. */
	public Optional<Enum<?>> code(String name) {
		return isNumeric() ? Optional.empty()
				: Arrays.stream(codeType.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().map(c -> c);
	}

	/** The codes reported for this field; empty when it was not reported. */
	public Collection<? extends Enum<?>> reportedCodes(Answers answers) {
		return reported.apply(answers);
	}

	public static Optional<AnswerField> byContractName(String name) {
		return Arrays.stream(values()).filter(f -> f.contractName.equals(name)).findFirst();
	}

	private static <T> List<T> single(T code) {
		return code == null ? List.of() : List.of(code);
	}

	/** The reported codes plus the version 1 codes they refine, so rules on the wide codes still hold. */
	private static <T extends Enum<T>> Collection<T> withBroader(List<T> codes, Function<T, Optional<T>> broader) {
		Set<T> expanded = new LinkedHashSet<>(codes);
		codes.forEach(code -> broader.apply(code).ifPresent(expanded::add));
		return expanded;
	}

}
