package org.glutecheck.desk;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.glutecheck.assessment.AssessmentSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * The CSV export: a form for the date range, and the file. A range that cannot be exported (a bad
 * or missing date, the wrong way round, too long, too many rows) gets the form again, with 400 and
 * what to change.
 */
@Controller
class DeskExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/**
	 * The header's columns, each named in the desk's language by desk.csv.&lt;column&gt;. New columns go
	 * at the end, so a spreadsheet built on an earlier export still finds its columns.
	 */
	private static final List<String> HEADER = List.of("created_at", "reference", "triage_level", "leading_condition",
			"leading_condition_name", "rulebook_version", "seen_at", "supersedes", "superseded_by");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Desk desk;

	private final DeskProperties properties;

	private final MessageSource messages;

	DeskExportController(Desk desk, DeskProperties properties, MessageSource messages) {
		this.desk = desk;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/desk/export")
	ModelAndView form() {
		LocalDate today = desk.today();
		return page(ExportForm.of(today, today), Map.of(), HttpStatus.OK);
	}

	/** The file, or the form again with what to change: so the declared type is Object. */
	@GetMapping(path = "/desk/export.csv")
	Object export(@ModelAttribute("export") ExportForm form) {
		Map<String, String> problems = form.problems(properties.exportMaxDays());
		if (!problems.isEmpty()) {
			return page(form, problems, HttpStatus.BAD_REQUEST);
		}
		List<AssessmentSummary> rows = desk.between(form.first(), form.last(), Set.of(), properties.exportMaxRows() + 1);
		if (rows.size() > properties.exportMaxRows()) {
			return page(form, Map.of("to", "desk.export.error.too-many"), HttpStatus.BAD_REQUEST);
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("glutecheck-" + form.first() + "-to-" + form.last() + ".csv")
				.build()
				.toString())
			.body(csv(rows));
	}

	/**
	 * Oldest first, as a spreadsheet reads a period. Every version a person made is a row, each naming
	 * the version it replaced and the one that replaced it, so counting people means counting the rows
	 * with no {@code superseded_by}.
	 */
	private String csv(List<AssessmentSummary> newestFirst) {
		Locale language = LocaleContextHolder.getLocale();
		Csv csv = new Csv().row(HEADER.stream().map(column -> messages.getMessage("desk.csv." + column, null, column, language)).toList());
		List<AssessmentSummary> rows = new ArrayList<>(newestFirst);
		Collections.reverse(rows);
		for (AssessmentSummary a : rows) {
			csv.row(Arrays.asList(timestamp(a.createdAt()), a.reference(), a.triageLevel().name(),
					a.leadingCondition(), desk.conditionName(a.leadingCondition()), a.rulebookVersion(),
					timestamp(a.seenAt()), a.supersedes(), a.supersededBy()));
		}
		return csv.toString();
	}

	private String timestamp(Instant instant) {
		return instant == null ? null : TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(desk.zone()));
	}

	private ModelAndView page(ExportForm form, Map<String, String> problems, HttpStatus status) {
		ModelAndView page = new ModelAndView("desk/export").addObject("export", form)
			.addObject("problems", problems)
			.addObject("maxDays", properties.exportMaxDays())
			.addObject("maxRows", properties.exportMaxRows());
		page.setStatus(status);
		return page;
	}

}
