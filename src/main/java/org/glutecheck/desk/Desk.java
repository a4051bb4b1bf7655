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

	/** The levels that raise an alert at the desk until someone marks the assessment seen. */
	private static final Set<TriageLevel> ALERTING = Set.of(TriageLevel.EMERGENCY, TriageLevel.URGENT);

	/**
	 * Today's assessments at a glance (each person's newest version counted once), a version that
	 * changes whenever the list does, and the alerts: every assessment at an alerting level that
	 * nobody has marked seen, newest first, also when a later version replaced it.
	 */
	record Day(LocalDate date, int total, int unseen, int emergencies, String version, List<Alert> alerts) {
	}

	/** An emergency or urgent assessment that nobody has marked seen yet. */
	record Alert(String reference, TriageLevel level, String time) {
	}

	/** One saved assessment opened at the desk, with when staff first marked it seen. */
	record Opened(Assessment assessment, Optional<Instant> seenAt) {
	}

	private final AssessmentService assessments;

	private final Rulebook rulebook;

	private final DeskProperties properties;

	private final ClinicTimeZone clinic;

	private final Clock clock;

	private final RulebookReleases releases;

	Desk(AssessmentService assessments, Rulebook rulebook, RulebookReleases releases, DeskProperties properties,
			ClinicTimeZone clinic, Clock clock) {
		this.releases = releases;
		this.assessments = assessments;
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
		return new Day(today, newest.size(), unseen, emergencies, version(today, all), alerts(all));
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
		Instant from = first.atStartOfDay(zone()).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(zone()).toInstant();
		return assessments.list(from, to, levels, limit);
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
		return assessments.find(reference).map(assessment -> new Opened(assessment, seenAt(assessment)));
	}

	boolean markSeen(String reference) {
		return assessments.markSeen(reference);
	}

	/** The live rulebook's name for a cause, in the language of the request being answered. */
	String conditionName(String id) {
		return id == null ? null
				: releases.live(LocaleContextHolder.getLocale()).condition(id).map(ConditionDefinition::name).orElse(id);
	}

	private Optional<Instant> seenAt(Assessment assessment) {
		return assessments.summary(assessment.reference()).map(AssessmentSummary::seenAt);
	}

	private List<Alert> alerts(List<AssessmentSummary> all) {
		return all.stream()
			.filter(a -> a.seenAt() == null && ALERTING.contains(a.triageLevel()))
			.map(a -> new Alert(a.reference(), a.triageLevel(), Times.time(a.createdAt(), zone())))
			.toList();
	}

	/** Deterministic on every instance, so that desks served by different instances agree. */
	private static String version(LocalDate day, List<AssessmentSummary> all) {
		CRC32 crc = new CRC32();
		crc.update(day.toString().getBytes(StandardCharsets.US_ASCII));
		for (AssessmentSummary a : all) {
			crc.update((a.reference() + a.seenAt()).getBytes(StandardCharsets.US_ASCII));
		}
		return Long.toHexString(crc.getValue()) + "-" + all.size();
	}

}
