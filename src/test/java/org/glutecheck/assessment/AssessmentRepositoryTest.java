package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;

/** The repository on the schema the Flyway migrations make (H2 here; PostgreSQL in PostgresStorageTest). */
@DataJpaTest(showSql = false)
@Import(LeanStorageMigration.class)
class AssessmentRepositoryTest {

	private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private FollowUpRepository followUps;

	@Autowired
	private TestEntityManager entities;

	@Test
	void aSavedAssessmentIsFoundByItsReferenceWithItsAnswersAndOutcome() {
		StoredAssessment saved = repository.saveAndFlush(TestAssessments.stored(NOON, TriageLevel.SOON));
		entities.clear();

		StoredAssessment found = repository.findByReference(saved.getReference()).orElseThrow();
		assertThat(found.getAnswers()).isEqualTo("{\"locations\":[\"OUTER_HIP\"]}");
		assertThat(found.getOutcome()).isEqualTo("{\"reasons\":[],\"conditions\":[],\"considerAlso\":[]}");
		assertThat(found.getDocument()).isNull();
		assertThat(found.getTriageLevel()).isEqualTo(TriageLevel.SOON);
		assertThat(found.getRulebookVersion()).isEqualTo("test");
		assertThat(found.getCreatedAt()).isEqualTo(NOON);
		assertThat(found.getSeenAt()).isNull();
		assertThat(repository.existsByReference(saved.getReference())).isTrue();
		assertThat(repository.findByReference("0000-0000-0000")).isEmpty();
		assertThat(repository.existsByReference("0000-0000-0000")).isFalse();
	}

	@Test
	void anAssessmentIsReadWithItsCheckInsOldestFirstInOneQuery() {
		StoredAssessment withCheckIns = repository.saveAndFlush(TestAssessments.stored(NOON, TriageLevel.SOON));
		StoredAssessment without = repository.saveAndFlush(TestAssessments.stored(NOON, TriageLevel.SOON));
		for (TriageLevel decided : List.of(TriageLevel.SOON, TriageLevel.URGENT, TriageLevel.EMERGENCY)) {
			followUps.save(new StoredFollowUp(withCheckIns.getId(), NOON.plusSeconds(60), "{}", "test", TriageLevel.SOON,
					decided, "[]", null));
		}
		followUps.flush();
		entities.clear();

		List<StoredRow> rows = repository.findWithFollowUps(withCheckIns.getReference());
		assertThat(rows).extracting(row -> row.assessment().getReference()).containsOnly(withCheckIns.getReference());
		assertThat(rows).extracting(row -> row.followUp().getDecidedLevel())
			.containsExactly(TriageLevel.SOON, TriageLevel.URGENT, TriageLevel.EMERGENCY);
		assertThat(repository.findWithFollowUps(without.getReference())).singleElement()
			.satisfies(row -> assertThat(row.followUp()).isNull())
			.satisfies(row -> assertThat(row.assessment().getReference()).isEqualTo(without.getReference()));
		assertThat(repository.findWithFollowUps("0000-0000-0000")).isEmpty();
	}

	@Test
	void aLargeOutcomeIsStoredWhole() {
		String reference = Reference.random();
		String large = "{\"text\":\"" + "x".repeat(300_000) + "\"}";
		repository.saveAndFlush(TestAssessments.stored(reference, NOON, TriageLevel.SOON, large));
		entities.clear();

		assertThat(repository.findByReference(reference).orElseThrow().getOutcome()).isEqualTo(large);
	}

	@Test
	void twoAssessmentsCannotShareAReference() {
		repository.saveAndFlush(TestAssessments.stored("K7QM-2XD9-4TRB", NOON, TriageLevel.SOON));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> repository
			.saveAndFlush(TestAssessments.stored("K7QM-2XD9-4TRB", NOON.plusSeconds(1), TriageLevel.URGENT)));
	}

	@Test
	void theRetentionDeleteRemovesExactlyWhatWasMadeBeforeTheCutoff() {
		Instant cutoff = NOON.minus(Duration.ofDays(30));
		StoredAssessment muchOlder = repository.save(TestAssessments.stored(cutoff.minus(Duration.ofDays(3)), TriageLevel.SOON));
		StoredAssessment justOlder = repository.save(TestAssessments.stored(cutoff.minusSeconds(1), TriageLevel.SOON));
		StoredAssessment atCutoff = repository.save(TestAssessments.stored(cutoff, TriageLevel.URGENT));
		StoredAssessment newer = repository.save(TestAssessments.stored(cutoff.plusSeconds(1), TriageLevel.EMERGENCY));
		repository.flush();

		assertThat(repository.deleteCreatedBefore(cutoff)).isEqualTo(2);

		assertThat(references(repository.findAll())).containsExactlyInAnyOrder(atCutoff.getReference(), newer.getReference());
		assertThat(repository.findByReference(muchOlder.getReference())).isEmpty();
		assertThat(repository.findByReference(justOlder.getReference())).isEmpty();
		assertThat(repository.deleteCreatedBefore(cutoff)).isZero();
	}

	@Test
	void theDeskListIsTheTimeRangeNewestFirst() {
		StoredAssessment before = repository.save(TestAssessments.stored(NOON.minusSeconds(1), TriageLevel.SOON));
		StoredAssessment first = repository.save(TestAssessments.stored(NOON, TriageLevel.SOON));
		StoredAssessment second = repository.save(TestAssessments.stored(NOON.plusSeconds(60), TriageLevel.EMERGENCY));
		StoredAssessment third = repository.save(TestAssessments.stored(NOON.plusSeconds(120), TriageLevel.SELF_CARE));
		StoredAssessment atEnd = repository.save(TestAssessments.stored(NOON.plusSeconds(3600), TriageLevel.SOON));
		repository.flush();

		List<AssessmentSummary> listed = repository.findCreatedBetween(NOON, NOON.plusSeconds(3600), Limit.of(10));

		assertThat(listed).extracting(AssessmentSummary::reference)
			.containsExactly(third.getReference(), second.getReference(), first.getReference())
			.doesNotContain(before.getReference(), atEnd.getReference());
		AssessmentSummary top = listed.get(0);
		assertThat(top.createdAt()).isEqualTo(NOON.plusSeconds(120));
		assertThat(top.triageLevel()).isEqualTo(TriageLevel.SELF_CARE);
		assertThat(top.rulebookVersion()).isEqualTo("test");
		assertThat(top.seenAt()).isNull();
		assertThat(repository.findCreatedBetween(NOON, NOON.plusSeconds(3600), Limit.of(2)))
			.extracting(AssessmentSummary::reference)
			.containsExactly(third.getReference(), second.getReference());
	}

	@Test
	void theDeskListCanBeNarrowedToTriageLevels() {
		StoredAssessment soon = repository.save(TestAssessments.stored(NOON, TriageLevel.SOON));
		StoredAssessment emergency = repository.save(TestAssessments.stored(NOON.plusSeconds(1), TriageLevel.EMERGENCY));
		StoredAssessment urgent = repository.save(TestAssessments.stored(NOON.plusSeconds(2), TriageLevel.URGENT));
		repository.save(TestAssessments.stored(NOON.plusSeconds(3), TriageLevel.SELF_CARE));
		repository.flush();
		Instant end = NOON.plusSeconds(60);

		assertThat(repository.findCreatedBetween(NOON, end, Set.of(TriageLevel.EMERGENCY, TriageLevel.URGENT), Limit.of(10)))
			.extracting(AssessmentSummary::reference)
			.containsExactly(urgent.getReference(), emergency.getReference());
		assertThat(repository.findCreatedBetween(NOON, end, Set.of(TriageLevel.SOON), Limit.of(10)))
			.extracting(AssessmentSummary::reference)
			.containsExactly(soon.getReference());
	}

	@Test
	void markingSeenKeepsTheFirstTime() {
		StoredAssessment saved = repository.saveAndFlush(TestAssessments.stored(NOON, TriageLevel.SOON));
		Instant firstLook = NOON.plusSeconds(600);

		assertThat(repository.markSeen(saved.getReference(), firstLook)).isEqualTo(1);
		assertThat(repository.markSeen(saved.getReference(), firstLook.plusSeconds(60))).isZero();
		assertThat(repository.markSeen("0000-0000-0000", firstLook)).isZero();

		assertThat(repository.findByReference(saved.getReference()).orElseThrow().getSeenAt()).isEqualTo(firstLook);
		assertThat(repository.findCreatedBetween(NOON, NOON.plusSeconds(1), Limit.of(1)))
			.extracting(AssessmentSummary::seenAt)
			.containsExactly(firstLook);
		assertThat(repository.findSummary(saved.getReference())).map(AssessmentSummary::seenAt).contains(firstLook);
		assertThat(repository.findSummary("0000-0000-0000")).isEmpty();
	}

	private static List<String> references(List<StoredAssessment> stored) {
		return stored.stream().map(StoredAssessment::getReference).toList();
	}

}
