package org.glutecheck.answers;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What a person reported, exactly as the assessment contract defines it. A missing field or an
 * empty list means "not reported", never "no"; lists are never null once constructed.
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
		List<@NotNull RedFlag> redFlags) {

	public Answers {
		locations = distinct(locations);
		qualities = distinct(qualities);
		aggravators = distinct(aggravators);
		relievers = distinct(relievers);
		context = distinct(context);
		symptoms = distinct(symptoms);
		redFlags = distinct(redFlags);
	}

	private static <T> List<T> distinct(List<T> codes) {
		if (codes == null) {
			return List.of();
		}
		// A null element is kept so that validation can name it; everything else is de-duplicated.
		return codes.stream().anyMatch(Objects::isNull) ? codes : codes.stream().distinct().toList();
	}

}
