package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The retention job on a fixed clock: what is older than the period goes, everything else stays. */
@DataJpaTest(showSql = false)
@Import(LeanStorageMigration.class)
@ExtendWith(OutputCaptureExtension.class)
class AssessmentRetentionTest {

	private static final Instant NOW = Instant.parse("2026-11-22T03:15:00Z");

	@Autowired
	private AssessmentRepository repository;

	@Test
	void deletesExactlyTheAssessmentsOlderThanThePeriodAndLogsOnlyTheCount(CapturedOutput output) {
		AssessmentRetention retention = new AssessmentRetention(repository, new RetentionProperties(Duration.ofDays(30)),
				Clock.fixed(NOW, ZoneOffset.UTC));
		Instant limit = NOW.minus(Duration.ofDays(30));
		StoredAssessment yearOld = repository.save(TestAssessments.stored(NOW.minus(Duration.ofDays(365)), TriageLevel.EMERGENCY));
		StoredAssessment aSecondTooOld = repository.save(TestAssessments.stored(limit.minusSeconds(1), TriageLevel.SOON));
		StoredAssessment exactlyThirtyDays = repository.save(TestAssessments.stored(limit, TriageLevel.SOON));
		StoredAssessment yesterday = repository.save(TestAssessments.stored(NOW.minus(Duration.ofDays(1)), TriageLevel.SELF_CARE));
		StoredAssessment justNow = repository.save(TestAssessments.stored(NOW, TriageLevel.URGENT));
		repository.flush();

		assertThat(retention.deleteExpired()).isEqualTo(2);

		assertThat(repository.findAll()).extracting(StoredAssessment::getReference)
			.containsExactlyInAnyOrder(exactlyThirtyDays.getReference(), yesterday.getReference(), justNow.getReference());
		assertThat(output).contains("Retention: deleted 2 assessment(s) older than 30 days");
		for (StoredAssessment gone : List.of(yearOld, aSecondTooOld)) {
			assertThat(output).doesNotContain(gone.getReference());
		}
		assertThat(retention.deleteExpired()).isZero();
	}

	@Test
	void aShorterPeriodDeletesMore() {
		StoredAssessment twoDaysOld = repository.save(TestAssessments.stored(NOW.minus(Duration.ofDays(2)), TriageLevel.SOON));
		StoredAssessment anHourOld = repository.save(TestAssessments.stored(NOW.minus(Duration.ofHours(1)), TriageLevel.SOON));
		repository.flush();

		new AssessmentRetention(repository, new RetentionProperties(Duration.ofDays(1)), Clock.fixed(NOW, ZoneOffset.UTC))
			.deleteExpired();

		assertThat(repository.findByReference(twoDaysOld.getReference())).isEmpty();
		assertThat(repository.findByReference(anHourOld.getReference())).isPresent();
	}

	@Test
	void thePeriodIsThirtyDaysUnlessSetAndABareNumberMeansDays() {
		assertThat(bind(Map.of()).period()).isEqualTo(Duration.ofDays(30));
		assertThat(bind(Map.of("glutecheck.retention.period", "30")).period()).isEqualTo(Duration.ofDays(30));
		assertThat(bind(Map.of("glutecheck.retention.period", "90d")).period()).isEqualTo(Duration.ofDays(90));
		assertThat(bind(Map.of("glutecheck.retention.period", "12h")).period()).isEqualTo(Duration.ofHours(12));
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("glutecheck.retention.period", "0")));
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("glutecheck.retention.period", "-1d")));
	}

	private static RetentionProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("glutecheck.retention", RetentionProperties.class);
	}

}
