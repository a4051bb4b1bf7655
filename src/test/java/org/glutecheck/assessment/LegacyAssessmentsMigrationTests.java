package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.glutecheck.answers.Answers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Migration V7 on assessments saved whole by earlier versions: every one still reads exactly as
 * before, those that convert keep only their answers and outcome, and the others keep their
 * document. And V10: the alerts the desk worked out from those assessments become its own rows. Run on H2 by {@link H2LegacyMigrationTest} and on PostgreSQL by
 * {@link PostgresLegacyMigrationTest}, each on a database of its own migrated up to V5 with the old
 * rows saved in it before the application starts.
 */
@SpringBootTest
@TestPropertySource(properties = "glutecheck.retention.cron=-")
abstract class LegacyAssessmentsMigrationTests {

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySavedAssessmentReadsExactlyAsBefore() {
		for (LegacyRows.Row row : LegacyRows.all()) {
			String before = json.writeValueAsString(json.readValue(row.document(), Assessment.class));
			assertThat(json.writeValueAsString(assessments.find(row.reference()).orElseThrow()))
				.as(row.vignette() + " of " + row.rulebookVersion())
				.isEqualTo(before);
		}
		for (LegacyRows.Row row : LegacyRows.DECEMBER) {
			assertThat(json.writeValueAsString(assessments.find(row.reference()).orElseThrow()))
				.as("%s reads byte for byte as it was first shown", row.vignette())
				.isEqualTo(row.documentNow());
		}
	}

	@Test
	void rowsThatRenderTheSameKeepOnlyTheirAnswersAndOutcome() {
		for (LegacyRows.Row row : LegacyRows.DECEMBER) {
			assertLean(row);
		}
		// Rulebook 2026.11.2 showed self-care even at an emergency, which rendering no longer does,
		// and it was shown before causes outside the ten were listed (no considerAlso at all).
		LegacyRows.NOVEMBER.stream().filter(row -> !row.triageLevel().equals("EMERGENCY")).forEach(this::assertLean);
		LegacyRows.NOVEMBER.stream().filter(row -> row.triageLevel().equals("EMERGENCY")).forEach(this::assertKept);
		assertKept(LegacyRows.UNKNOWN_RELEASE);
		assertKept(LegacyRows.UNKNOWN_SENTENCE);
	}

	@Test
	void theSameAnswersGiveTheSameDocumentAsBeforeByteForByte() {
		for (LegacyRows.Row row : LegacyRows.DECEMBER) {
			Assessment shown = json.readValue(row.document(), Assessment.class);
			Answers answers = shown.answers();
			Assessment made = assessments.assess(answers);
			// Under the version that made it: later versions (2026.12.2 added a rule for check-ins only)
			// changed none of these answers' words.
			Assessment asIfThen = new Assessment(row.reference(), row.createdAt(), row.rulebookVersion(), made.triage(),
					made.conditions(), made.considerAlso(), made.disclaimer(), made.answers());
			assertThat(json.writeValueAsString(asIfThen)).as(row.vignette()).isEqualTo(row.documentNow());
		}
	}

	@Test
	void everyUnseenEmergencyOrUrgentAssessmentKeepsItsDeskAlertThroughTheUpgrade() {
		List<String> alerting = LegacyRows.all()
			.stream()
			.filter(row -> Set.of("EMERGENCY", "URGENT").contains(row.triageLevel()) && row != LegacyRows.SEEN)
			.map(LegacyRows.Row::reference)
			.toList();
		assertThat(alerting).as("the rows hold some to alert").isNotEmpty();

		Set<String> legacy = LegacyRows.all().stream().map(LegacyRows.Row::reference).collect(Collectors.toSet());
		// Other tests here save new assessments, whose alerts come from the desk's listener.
		assertThat(jdbc.sql("select reference from desk_alert where reason = 'SAVED' and seen_at is null")
			.query(String.class)
			.list()
			.stream()
			.filter(legacy::contains)).containsExactlyInAnyOrderElementsOf(alerting);
		assertThat(jdbc.sql("select count(*) from desk_alert where reference = ?")
			.param(LegacyRows.SEEN.reference())
			.query(Long.class)
			.single()).as("one seen before the upgrade").isZero();
	}

	private void assertLean(LegacyRows.Row row) {
		StoredAssessment stored = repository.findByReference(row.reference()).orElseThrow();
		assertThat(stored.getDocument()).as(row.vignette()).isNull();
		assertThat(stored.getAnswers()).as(row.vignette()).isNotBlank();
		assertThat(stored.getOutcome()).as(row.vignette()).doesNotContain("says").hasSizeLessThan(2_000);
	}

	private void assertKept(LegacyRows.Row row) {
		StoredAssessment stored = repository.findByReference(row.reference()).orElseThrow();
		assertThat(stored.getDocument()).as(row.vignette()).isEqualTo(row.document());
		assertThat(stored.getOutcome()).as(row.vignette()).isNull();
	}

}
