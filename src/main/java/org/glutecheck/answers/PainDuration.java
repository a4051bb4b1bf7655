package org.glutecheck.answers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long since the pain started (the contract's field 'duration'). The bands meet end to end: up
 * to a day, up to 3 days, up to 7 days, over a week up to 6 weeks, over 6 weeks.
 */
public enum PainDuration {

	UNDER_A_DAY(Duration.ofDays(1)), DAYS_1_3(Duration.ofDays(3)), DAYS_4_7(Duration.ofDays(7)),
	WEEKS_1_6(Duration.ofDays(42)), OVER_6_WEEKS(null);

	/** The longest a pain in this band has lasted; null for the last band, which has no end. */
	private final Duration longest;

	PainDuration(Duration longest) {
		this.longest = longest;
	}

	/** The band of a pain that has lasted this long. */
	public static PainDuration of(Duration lasted) {
		return Arrays.stream(values())
			.filter(band -> band.longest == null || lasted.compareTo(band.longest) <= 0)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Every band the pain can be in {@code since} after it was reported in {@code reported}, shortest
	 * first: from just past the shortest it can have lasted then, to the longest (the band's end plus
	 * the time since). A pain not reported (null) has lasted at least that long and may have lasted
	 * any time longer, so every band from there on can hold, and so can "not reported" itself (null,
	 * first): whatever the rules make of silence still counts. A negative {@code since} (clocks of
	 * two servers that disagree) counts as none: time never runs back.
	 */
	public static List<PainDuration> possibleAfter(PainDuration reported, Duration since) {
		Duration elapsed = since.isNegative() ? Duration.ZERO : since;
		Duration shortest = reported == null || reported.ordinal() == 0 ? Duration.ZERO
				: values()[reported.ordinal() - 1].longest;
		PainDuration first = Arrays.stream(values())
			.filter(band -> band.longest == null || shortest.plus(elapsed).compareTo(band.longest) < 0)
			.findFirst()
			.orElseThrow();
		PainDuration last = reported == null || reported.longest == null ? OVER_6_WEEKS
				: of(reported.longest.plus(elapsed));
		List<PainDuration> possible = new ArrayList<>();
		if (reported == null) {
			possible.add(null);
		}
		possible.addAll(Arrays.asList(values()).subList(first.ordinal(), last.ordinal() + 1));
		return possible;
	}

}
