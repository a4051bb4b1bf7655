package org.glutecheck.answers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A check-in on an earlier assessment ("how is it now?"), in the contract's codes: whether the pain
 * is better, the same or worse than when it was assessed ({@link Course}), the worst pain in the
 * last day (0–10, as {@link Answers#severity()}), the warning signs, answered one way or the other
 * as on the first page, and any symptoms that are new. Lists are never null once constructed.
 * <p>
 * The validation describes a complete check-in, as the API requires it. A check-in that stopped at
 * an emergency warning sign, before its other questions were asked, has only its warning signs:
 * {@code course} and {@code severity} are then null ("not reported").
 *
 * @param noWarningSigns true when the person saw every warning sign and said none applies
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FollowUpAnswers(
		@NotNull(message = "{followUp.course.required}") Course course,
		@NotNull(message = "{followUp.severity.required}") @Min(value = 0, message = "{answers.severity.range}") @Max(value = 10, message = "{answers.severity.range}") Integer severity,
		List<@NotNull RedFlag> redFlags,
		List<@NotNull Symptom> symptoms,
		Boolean noWarningSigns) {

	public FollowUpAnswers {
		redFlags = Answers.distinct(redFlags);
		symptoms = Answers.distinct(symptoms);
	}

	/** A check-in stopped at these warning signs, before its other questions were asked. */
	public static FollowUpAnswers stoppedAt(List<RedFlag> redFlags) {
		return new FollowUpAnswers(null, null, redFlags, List.of(), null);
	}

	/** "None of these" and a ticked warning sign contradict each other, as on the first page. */
	@JsonIgnore
	@AssertTrue(message = "{answers.noWarningSigns.contradicts}")
	public boolean isNoWarningSignsConsistent() {
		return !Boolean.TRUE.equals(noWarningSigns) || redFlags.isEmpty();
	}

	/**
	 * The warning signs were answered one way or the other: at least one ticked, or "None of these".
	 * Silence is never taken for "none".
	 */
	@JsonIgnore
	@AssertTrue(message = "{followUp.warningSigns.required}")
	public boolean isWarningSignsAnswered() {
		return !redFlags.isEmpty() || Boolean.TRUE.equals(noWarningSigns);
	}

}
