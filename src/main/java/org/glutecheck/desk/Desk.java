package org.glutecheck.desk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.AssessmentSummary;
import org.glutecheck.assessment.Reference;
import org.glutecheck.questionnaire.Times;
import org.glutecheck.rulebook.ConditionDefinition;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookReleases;
import org.glutecheck.rulebook.TriageLevel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.glutecheck.system.ClinicTimeZone;
import org.springframework.stereotype.Component;

/** What the desk shows, in the clinic's time zone: today's list, one assessment, a date range. */
@Component
class Desk {

	/**
	 * Today's assessments at a glance (each person's newest version counted once), a version that
	 * changes whenever the list or its alerts do, and the alerts raised today that nobody has marked
	 * seen, newest first (also those of an assessment a later version replaced).
	 */
	record Day(LocalDate date, int total, int unseen, int emergencies, String version, List<Alert> alerts) {
	}

	/**
	 * An alert nobody has marked seen yet: an emergency or urgent assessment saved, or a check-in that
	 * raised one to that level ({@code afterCheckIn}), at {@code time}.
	 */
	record Alert(String reference, TriageLevel level, String time, boolean afterCheckIn) {
	}

	/**
	 * One saved assessment opened at the desk, with when staff first marked it seen, and whether it
	 * has an alert nobody has seen (a check-in may raise one after it was marked seen).
	 */
	record Opened(Assessment assessment, Optional<Instant> seenAt, boolean alerting) {
	}

	private final AssessmentService assessments;

	private final DeskAlerts alerts;

	private final Rulebook rulebook;

	private final DeskProperties properties;

	private final ClinicTimeZone clinic;

	private final Clock clock;

	private final RulebookReleases releases;

	Desk(AssessmentService assessments, DeskAlerts alerts, Rulebook rulebook, RulebookReleases releases,
			DeskProperties properties, ClinicTimeZone clinic, Clock clock) {
		this.releases = releases;
		this.assessments = assessments;
		this.alerts = alerts;
		this.rulebook = rulebook;
		this.properties = properties;
		this.clinic = clinic;
		this.clock = clock;
	}

	ZoneId zone() {
		return clinic.timeZone();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone()));
	}

	Day day() {
		LocalDate today = today();
		List<AssessmentSummary> all = between(today, today, Set.of(), properties.listLimit());
		List<AssessmentSummary> newest = all.stream().filter(a -> !a.superseded()).toList();
		int unseen = (int) newest.stream().filter(a -> a.seenAt() == null).count();
		int emergencies = (int) newest.stream().filter(a -> a.triageLevel() == TriageLevel.EMERGENCY).count();
		List<DeskAlerts.Unseen> raised = alerts.unseen(start(today), start(today.plusDays(1)), properties.listLimit());
		return new Day(today, newest.size(), unseen, emergencies, version(today, all, raised),
				raised.stream().map(this::alert).toList());
	}

	/** Today's assessments, newest first, at the filter's level and matching its reference, if given. */
	List<AssessmentSummary> today(DeskFilter filter) {
		LocalDate today = today();
		Set<TriageLevel> levels = filter.level() == null ? Set.of() : Set.of(filter.level());
		return between(today, today, levels, properties.listLimit()).stream()
			.filter(a -> !a.superseded() && filter.matches(a.reference()))
			.toList();
	}

	/** Assessments made on the days from {@code first} to {@code last} inclusive, newest first. */
	List<AssessmentSummary> between(LocalDate first, LocalDate last, Set<TriageLevel> levels, int limit) {
		return assessments.list(start(first), start(last.plusDays(1)), levels, limit);
	}

	/** The earlier versions of an assessment, newest first: what the person answered before they changed it. */
	List<AssessmentSummary> history(String reference) {
		return assessments.history(reference);
	}

	/** The newest version of an assessment that the person changed later. */
	Optional<String> newestVersion(String reference) {
		return assessments.newestVersion(reference);
	}

	Optional<Opened> open(String reference) {
		return assessments.find(reference)
			.map(assessment -> new Opened(assessment, seenAt(assessment), alerts.alerting(assessment.reference())));
	}

	/** Marks the assessment seen (the first time is kept) and clears its alerts; false when there is none. */
	boolean markSeen(String reference) {
		if (!assessments.markSeen(reference)) {
			return false;
		}
		alerts.markSeen(Reference.normalize(reference).orElseThrow(), clock.instant());
		return true;
	}

	/** The live rulebook's name for a cause, in the language of the request being answered. */
	String conditionName(String id) {
		return id == null ? null
				: releases.live(LocaleContextHolder.getLocale()).condition(id).map(ConditionDefinition::name).orElse(id);
	}

	private Optional<Instant> seenAt(Assessment assessment) {
		return assessments.summary(assessment.reference()).map(AssessmentSummary::seenAt);
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(zone()).toInstant();
	}

	private Alert alert(DeskAlerts.Unseen unseen) {
		return new Alert(unseen.reference(), unseen.level(), Times.time(unseen.raisedAt(), zone()),
				unseen.reason() == DeskAlerts.Reason.CHECK_IN);
	}

	/**
	 * Deterministic on every instance, so that desks served by different instances agree. The alerts
	 * count too: one is raised just after its assessment is saved, or later by a check-in.
	 */
	private static String version(LocalDate day, List<AssessmentSummary> all, List<DeskAlerts.Unseen> alerts) {
		CRC32 crc = new CRC32();
		crc.update(day.toString().getBytes(StandardCharsets.US_ASCII));
		for (AssessmentSummary a : all) {
			crc.update((a.reference() + a.seenAt()).getBytes(StandardCharsets.US_ASCII));
		}
		for (DeskAlerts.Unseen alert : alerts) {
			crc.update((alert.reference() + alert.level() + alert.raisedAt() + alert.reason())
				.getBytes(StandardCharsets.US_ASCII));
		}
		return Long.toHexString(crc.getValue()) + "-" + all.size();
	}

}
