package org.glutecheck.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date range of a CSV export as the export form sends it: two days, both included, written
 * yyyy-mm-dd with a four-digit year from 2000 (what a date input sends). Kept as typed, so a bad one can be shown again.
 */
record ExportForm(String from, String to) {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** No assessment is older than the application; year 0 and the like are typing slips. */
	private static final int FIRST_YEAR = 2000;

	static ExportForm of(LocalDate from, LocalDate to) {
		return new ExportForm(from.toString(), to.toString());
	}

	LocalDate first() {
		return date(from).orElseThrow();
	}

	LocalDate last() {
		return date(to).orElseThrow();
	}

	/** What is wrong with the range, by field, as message keys; empty when nothing is. */
	Map<String, String> problems(int maxDays) {
		Map<String, String> problems = new LinkedHashMap<>();
		check(problems, "from", from);
		check(problems, "to", to);
		if (problems.isEmpty() && first().isAfter(last())) {
			problems.put("to", "desk.export.error.order");
		}
		else if (problems.isEmpty() && ChronoUnit.DAYS.between(first(), last()) >= maxDays) {
			problems.put("to", "desk.export.error.too-long");
		}
		return problems;
	}

	private static void check(Map<String, String> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.put(field, "desk.export.error." + field + ".required");
		}
		else if (date(value).isEmpty()) {
			problems.put(field, "desk.export.error.date");
		}
	}

	private static Optional<LocalDate> date(String value) {
		// Four-digit years only, as a date input sends them: LocalDate would also read +999999999-12-31,
		// a day with no next day, which no range can end on.
		if (value == null || !DATE.matcher(value.strip()).matches()) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return date.getYear() < FIRST_YEAR ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

}
