package org.glutecheck.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.glutecheck.rulebook.TriageLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The desk's alerts, its own data (table {@code desk_alert}, migration V10): raised by
 * {@link DeskAlertListener} from what the assessment module publishes, shown by {@link Desk} until
 * staff mark the assessment seen, and deleted by the database together with their assessment.
 */
@Component
class DeskAlerts {

	/** Why an alert was raised. */
	enum Reason {

		/** An emergency or urgent assessment was saved. */
		SAVED,

		/** A check-in raised an assessment to emergency or urgent. */
		CHECK_IN

	}

	/** An alert nobody has marked seen yet. */
	record Unseen(String reference, TriageLevel level, Instant raisedAt, Reason reason) {
	}

	private final JdbcClient jdbc;

	DeskAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Raises an alert once: the same event handled again (handed over again after a crash) raises
	 * nothing more. The time is kept to the microsecond, as both databases keep it, so that the
	 * second time finds the first.
	 */
	void raise(String reference, TriageLevel level, Instant raisedAt, Reason reason) {
		jdbc.sql("""
				insert into desk_alert (reference, triage_level, raised_at, reason)
				select cast(:reference as varchar(14)), cast(:level as varchar(16)),
				       cast(:raisedAt as timestamp with time zone), cast(:reason as varchar(16))
				where not exists (select 1 from desk_alert where reference = :reference and reason = :reason
				                  and triage_level = :level and raised_at = :raisedAt)""")
			.param("reference", reference)
			.param("level", level.name())
			.param("raisedAt", time(raisedAt.truncatedTo(ChronoUnit.MICROS)))
			.param("reason", reason.name())
			.update();
	}

	/** The alerts raised at or after {@code from} and before {@code to} that nobody has seen, newest first. */
	List<Unseen> unseen(Instant from, Instant to, int limit) {
		return jdbc.sql("""
				select reference, triage_level, raised_at, reason from desk_alert
				where seen_at is null and raised_at >= :from and raised_at < :to
				order by raised_at desc, id desc limit :limit""")
			.param("from", time(from))
			.param("to", time(to))
			.param("limit", limit)
			.query((row, n) -> new Unseen(row.getString(1), TriageLevel.valueOf(row.getString(2)),
					row.getObject(3, OffsetDateTime.class).toInstant(), Reason.valueOf(row.getString(4))))
			.list();
	}

	/** Whether the assessment with this (canonical) reference has an alert nobody has seen, of any day. */
	boolean alerting(String reference) {
		return jdbc.sql("select count(*) from desk_alert where reference = :reference and seen_at is null")
			.param("reference", reference)
			.query(Long.class)
			.single() > 0;
	}

	/** Clears every alert of the assessment with this (canonical) reference; returns how many. */
	int markSeen(String reference, Instant at) {
		return jdbc.sql("update desk_alert set seen_at = :at where reference = :reference and seen_at is null")
			.param("at", time(at))
			.param("reference", reference)
			.update();
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
