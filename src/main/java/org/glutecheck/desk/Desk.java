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

	/** Today's assessments at a glance, and a version that changes whenever the list does. */
	record Day(LocalDate date, int total, int unseen, int emergencies, String version) {
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
		int unseen = (int) all.stream().filter(a -> a.seenAt() == null).count();
		int emergencies = (int) all.stream().filter(a -> a.triageLevel() == TriageLevel.EMERGENCY).count();
		return new Day(today, all.size(), unseen, emergencies, version(today, all));
	}

	/** Today's assessments, newest first, at the filter's level and matching its reference, if given. */
	List<AssessmentSummary> today(DeskFilter filter) {
		LocalDate today = today();
		Set<TriageLevel> levels = filter.level() == null ? Set.of() : Set.of(filter.level());
		return between(today, today, levels, properties.listLimit()).stream()
			.filter(a -> filter.matches(a.reference()))
			.toList();
	}

	/** Assessments made on the days from {@code first} to {@code last} inclusive, newest first. */
	List<AssessmentSummary> between(LocalDate first, LocalDate last, Set<TriageLevel> levels, int limit) {
		Instant from = first.atStartOfDay(zone()).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(zone()).toInstant();
		return assessments.list(from, to, levels, limit);
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
