package org.glutecheck.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assessments saved whole, as the versions before migration V7 saved them, in a database migrated
 * up to V5. The documents in {@code legacy/} were saved by the application itself: those of rulebook
 * 2026.11.2 by the build before answer model version 2, those of 2026.12.1 by the build just before
 * V7, each from answers of the public vignettes.
 */
final class LegacyRows {

	/** One saved row as the application wrote it. */
	record Row(String vignette, String reference, Instant createdAt, String triageLevel, String leadingCondition,
			String rulebookVersion, String document) {

		/**
		 * The document as first shown, as it reads now: every field the same, with the one field the
		 * assessment gained since at its end, {@code followUps}, empty as no check-in was ever made.
		 */
		String documentNow() {
			return document.substring(0, document.length() - 1) + ",\"followUps\":[]}";
		}

	}

	static final List<Row> NOVEMBER = read("legacy/2026.11.2.json");

	static final List<Row> DECEMBER = read("legacy/2026.12.1.json");

	/** A row of a rulebook version this build does not have. */
	static final Row UNKNOWN_RELEASE = withDocument(DECEMBER.get(2), "K7QM-2XD9-4TRB",
			DECEMBER.get(2).document().replace("\"rulebookVersion\":\"2026.12.1\"", "\"rulebookVersion\":\"2025.01.1\""),
			"2025.01.1");

	/** A row whose leading cause shows a sentence that no rule of its release says. */
	static final Row UNKNOWN_SENTENCE = withDocument(DECEMBER.get(3), "0123-4567-89AB", edited(DECEMBER.get(3).document()),
			DECEMBER.get(3).rulebookVersion());

	/** An emergency that clinic staff had marked seen before the upgrade; every other row is unseen. */
	static final Row SEEN = NOVEMBER.stream().filter(row -> row.triageLevel().equals("EMERGENCY")).findFirst().orElseThrow();

	private LegacyRows() {
	}

	static List<Row> all() {
		List<Row> all = new ArrayList<>(NOVEMBER);
		all.addAll(DECEMBER);
		all.add(UNKNOWN_RELEASE);
		all.add(UNKNOWN_SENTENCE);
		return all;
	}

	/**
	 * Migrates the database up to V5, then saves every row there, as the application did before V7,
	 * and marks {@link #SEEN} seen.
	 */
	static void saveBeforeV7(String url, String user, String password) {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("5").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PreparedStatement insert = connection.prepareStatement("INSERT INTO assessment (reference, created_at,"
						+ " triage_level, leading_condition, rulebook_version, document) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (Row row : all()) {
				insert.setString(1, row.reference());
				insert.setTimestamp(2, Timestamp.from(row.createdAt()));
				insert.setString(3, row.triageLevel());
				insert.setString(4, row.leadingCondition());
				insert.setString(5, row.rulebookVersion());
				insert.setString(6, row.document());
				insert.addBatch();
			}
			insert.executeBatch();
			try (PreparedStatement seen = connection
				.prepareStatement("UPDATE assessment SET seen_at = created_at WHERE reference = ?")) {
				seen.setString(1, SEEN.reference());
				seen.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not save the legacy rows", ex);
		}
	}

	private static List<Row> read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return JsonMapper.shared().readValue(in, new TypeReference<List<Row>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Row withDocument(Row row, String reference, String document, String rulebookVersion) {
		return new Row(row.vignette(), reference, row.createdAt(), row.triageLevel(), row.leadingCondition(),
				rulebookVersion, document.replace(row.reference(), reference));
	}

	private static String edited(String document) {
		ObjectNode tree = (ObjectNode) JsonMapper.shared().readTree(document);
		ObjectNode leading = (ObjectNode) tree.get("conditions").get(0);
		String sentence = leading.get("evidenceFor").get(0).asString();
		return document.replace(sentence, sentence + " (edited by hand)");
	}

}
