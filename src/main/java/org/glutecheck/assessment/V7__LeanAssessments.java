package org.glutecheck.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Flyway migration 7: a saved assessment keeps its answers and {@link Outcome} instead of its whole
 * rendered document (about 14 KB of texts the rulebook already holds). Each old document is read as
 * the application reads it, its evidence sentences are matched back to rule ids in the release that
 * made it, and it is converted only when that release renders the outcome back into exactly the same
 * assessment. Any other row (a version no longer shipped, a sentence no rule says, a document the
 * application could not read) keeps its document and is read as before: nothing saved is ever lost.
 * <p>
 * A Spring bean rather than a class Flyway finds by itself, so that it reads and writes JSON with the
 * application's own mapper and renders with the same releases as the application. It logs counts
 * only, never a reference or an answer.
 */
@Component
class V7__LeanAssessments extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V7__LeanAssessments.class);

	/** Rows read and updated at a time, so that memory stays flat however many there are. */
	private static final int PAGE = 200;

	private final AssessmentRenderer renderer;

	private final JsonMapper json;

	V7__LeanAssessments(AssessmentRenderer renderer, JsonMapper json) {
		this.renderer = renderer;
		this.json = json;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE assessment ADD COLUMN answers TEXT");
			ddl.execute("ALTER TABLE assessment ADD COLUMN outcome TEXT");
			ddl.execute("ALTER TABLE assessment ALTER COLUMN document DROP NOT NULL");
		}
		int converted = 0;
		int kept = 0;
		long after = Long.MIN_VALUE;
		while (true) {
			Map<Long, String> documents = page(connection, after);
			if (documents.isEmpty()) {
				break;
			}
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE assessment SET answers = ?, outcome = ?, document = NULL WHERE id = ?")) {
				for (Map.Entry<Long, String> row : documents.entrySet()) {
					Optional<Converted> lean = convert(row.getValue());
					if (lean.isPresent()) {
						update.setString(1, lean.get().answers());
						update.setString(2, lean.get().outcome());
						update.setLong(3, row.getKey());
						update.addBatch();
						converted++;
					}
					else {
						kept++;
					}
					after = row.getKey();
				}
				update.executeBatch();
			}
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE assessment ADD CONSTRAINT ck_assessment_saved"
					+ " CHECK (document IS NOT NULL OR (answers IS NOT NULL AND outcome IS NOT NULL))");
		}
		log.info("V7: {} saved assessment(s) now keep their answers and outcome; {} keep their whole document",
				converted, kept);
	}

	private static Map<Long, String> page(Connection connection, long after) throws SQLException {
		Map<Long, String> documents = new LinkedHashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT id, document FROM assessment WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
			select.setLong(1, after);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					documents.put(rows.getLong(1), rows.getString(2));
				}
			}
		}
		return documents;
	}

	/** The row's answers and outcome as JSON, when its document converts without changing a word. */
	private Optional<Converted> convert(String document) {
		try {
			Assessment shown = json.readValue(document, Assessment.class);
			return renderer.recover(shown)
				.map(outcome -> new Converted(json.writeValueAsString(shown.answers()), json.writeValueAsString(outcome)));
		}
		// Whatever is wrong with one old row, it keeps its document and the others still convert.
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private record Converted(String answers, String outcome) {
	}

}
