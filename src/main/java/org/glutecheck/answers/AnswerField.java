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

	AGE_BAND("ageBand", AgeBand.class, a -> withBroader(single(a.ageBand()), AgeBand::broader)),
	SEX("sex", Sex.class, a -> single(a.sex())),
	SIDE("side", Side.class, a -> single(a.side())),
	LOCATIONS("locations", Location.class, a -> withBroader(a.locations(), Location::broader)),
	QUALITIES("qualities", Quality.class, Answers::qualities),
	SEVERITY("severity", null, a -> List.of()),
	DURATION("duration", PainDuration.class, a -> single(a.duration())),
	ONSET("onset", Onset.class, a -> single(a.onset())),
	PATTERN("pattern", Pattern.class, a -> single(a.pattern())),
	COURSE("course", Course.class, a -> single(a.course())),
	AGGRAVATORS("aggravators", Aggravator.class, Answers::aggravators),
	RELIEVERS("relievers", Reliever.class, Answers::relievers),
	CONTEXT("context", ContextFactor.class, Answers::context),
	SYMPTOMS("symptoms", Symptom.class, Answers::symptoms),
	RED_FLAGS("redFlags", RedFlag.class, Answers::redFlags);

	private final String contractName;

	private final Class<? extends Enum<?>> codeType;

	private final Function<Answers, Collection<? extends Enum<?>>> reported;

	AnswerField(String contractName, Class<? extends Enum<?>> codeType,
			Function<Answers, Collection<? extends Enum<?>>> reported) {
		this.contractName = contractName;
		this.codeType = codeType;
		this.reported = reported;
	}

	public String contractName() {
		return contractName;
	}

	/** Whether this field holds a number rather than codes. */
	public boolean isNumeric() {
		return codeType == null;
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
