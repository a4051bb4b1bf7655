package org.glutecheck.answers;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What a person reported, exactly as the assessment contract defines it. A missing field or an
 * empty list means "not reported", never "no"; lists are never null once constructed.
 *
 * @param noWarningSigns true when the person saw every warning sign and said none applies; null
 * when that was not asked (version 1 clients)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Answers(
		AgeBand ageBand,
		Sex sex,
		Side side,
		@NotEmpty(message = "{answers.locations.required}") List<@NotNull Location> locations,
		List<@NotNull Quality> qualities,
		@Min(value = 0, message = "{answers.severity.range}") @Max(value = 10, message = "{answers.severity.range}") Integer severity,
		PainDuration duration,
		Onset onset,
		Pattern pattern,
		Course course,
		List<@NotNull Aggravator> aggravators,
		List<@NotNull Reliever> relievers,
		List<@NotNull ContextFactor> context,
		List<@NotNull Symptom> symptoms,
		List<@NotNull RedFlag> redFlags,
		Boolean noWarningSigns) {

	/**
	 * The version of the assessment contract these answers follow (docs/assessment-api.md, "Version
	 * 2"); codes are only ever added, so answers of an earlier version are answers of this one too.
	 * Raise it when the contract gains a version.
	 */
	public static final String CONTRACT_VERSION = "2";

	public Answers {
		locations = distinct(locations);
		qualities = distinct(qualities);
		aggravators = distinct(aggravators);
		relievers = distinct(relievers);
		context = distinct(context);
		symptoms = distinct(symptoms);
		redFlags = distinct(redFlags);
	}

	/** Version 1 of the contract: the same answers, with no word on whether warning signs were asked. */
	public Answers(AgeBand ageBand, Sex sex, Side side, List<Location> locations, List<Quality> qualities,
			Integer severity, PainDuration duration, Onset onset, Pattern pattern, Course course,
			List<Aggravator> aggravators, List<Reliever> relievers, List<ContextFactor> context,
			List<Symptom> symptoms, List<RedFlag> redFlags) {
		this(ageBand, sex, side, locations, qualities, severity, duration, onset, pattern, course, aggravators,
				relievers, context, symptoms, redFlags, null);
	}

	/** "None of these" and a ticked warning sign contradict each other, so such answers are refused. */
	@JsonIgnore
	@AssertTrue(message = "{answers.noWarningSigns.contradicts}")
	public boolean isNoWarningSignsConsistent() {
		return !Boolean.TRUE.equals(noWarningSigns) || redFlags.isEmpty();
	}

	/** The codes once each, in the order given; null is no codes. Shared with {@link FollowUpAnswers}. */
	static <T> List<T> distinct(List<T> codes) {
		if (codes == null) {
			return List.of();
		}
		// A null element is kept so that validation can name it; everything else is de-duplicated.
		return codes.stream().anyMatch(Objects::isNull) ? codes : codes.stream().distinct().toList();
	}

}
