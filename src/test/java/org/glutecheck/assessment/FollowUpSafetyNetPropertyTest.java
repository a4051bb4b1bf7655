package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.glutecheck.MutableClock;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.ContractLeastLevels;
import org.glutecheck.triage.TriageReason;
import org.glutecheck.triage.TypicalPictures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The safety net at a check-in, as a property, through the service and its storage: the typical
 * picture of each of the ten causes is assessed, and a check-in a minute or 8 days later brings a
 * warning sign (each one, and every combination the contract names that a check-in can bring), a
 * nerve symptom, a rash, severe pain or a worse course, each while the person says the pain is
 * better where that is possible. The level after it reaches the contract's least level and is never
 * below the level before; a later check-in that says all is better lowers nothing and takes no
 * reason away. The least levels are the contract's ({@link ContractLeastLevels}), not the rulebook's.
 */
@SpringBootTest
@TestPropertySource(properties = { "glutecheck.retention.cron=-",
		"spring.datasource.url=jdbc:h2:mem:follow-up-safety-net;DB_CLOSE_DELAY=-1" })
class FollowUpSafetyNetPropertyTest {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TestBean
	Clock clock;

	@Autowired
	AssessmentService assessments;

	static Clock clock() {
		return CLOCK;
	}

	/** What a check-in brings, and the least level the contract demands once it has. */
	record Overlay(String name, TriageLevel least, FollowUpAnswers checkIn) {
	}

	@TestFactory
	Stream<DynamicTest> everyWarningSignOverEveryCausesTypicalPictureAtACheckIn() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Map.Entry<String, JsonNode> picture : TypicalPictures.load().entrySet()) {
			Answers assessed = JSON.treeToValue(picture.getValue(), Answers.class);
			for (Duration since : List.of(Duration.ofMinutes(1), Duration.ofDays(8))) {
				for (Overlay overlay : overlays(assessed, since)) {
					tests.add(DynamicTest.dynamicTest(overlay.name() + " over " + picture.getKey() + " after " + since,
							() -> assertReachesAndNeverFalls(assessed, since, overlay)));
				}
			}
		}
		return tests.stream();
	}

	private void assertReachesAndNeverFalls(Answers answers, Duration since, Overlay overlay) {
		Assessment made = assessments.assess(answers);
		CLOCK.advance(since);

		Assessment checkedIn = assessments.addFollowUp(made.reference(), overlay.checkIn());

		TriageLevel level = checkedIn.triage().level();
		assertThat(level).as("%s: under-triage", overlay.name()).isGreaterThanOrEqualTo(overlay.least());
		assertThat(level).as("%s: lowered", overlay.name()).isGreaterThanOrEqualTo(made.triage().level());
		CLOCK.advance(Duration.ofDays(1));

		Assessment better = assessments.addFollowUp(made.reference(),
				new FollowUpAnswers(Course.IMPROVING, 0, List.of(), List.of(), true));

		assertThat(better.triage().level()).as("%s, then better: lowered", overlay.name()).isEqualTo(level);
		assertThat(better.triage().reasons()).extracting(TriageReason::code)
			.as("%s, then better: a reason taken away", overlay.name())
			.containsAll(checkedIn.triage().reasons().stream().map(TriageReason::code).toList());
		assertThat(better.followUps()).extracting(followUp -> followUp.triage().level()).isSorted();
	}

	private static List<Overlay> overlays(Answers assessed, Duration since) {
		int severity = assessed.severity() == null ? 3 : assessed.severity();
		List<Overlay> overlays = new ArrayList<>();
		ContractLeastLevels.OF_WARNING_SIGNS.forEach((flag, least) -> overlays
			.add(new Overlay(flag.name(), least, better(severity, List.of(flag), List.of()))));
		overlays.add(new Overlay("FEVER with NUMBNESS", TriageLevel.EMERGENCY,
				better(severity, List.of(RedFlag.FEVER), List.of(Symptom.NUMBNESS))));
		overlays.add(new Overlay("FEVER with WEAKNESS", TriageLevel.EMERGENCY,
				better(severity, List.of(RedFlag.FEVER), List.of(Symptom.WEAKNESS))));
		overlays.add(new Overlay("FEVER with PROGRESSIVE_WEAKNESS", TriageLevel.EMERGENCY,
				better(severity, List.of(RedFlag.FEVER, RedFlag.PROGRESSIVE_WEAKNESS), List.of())));
		overlays.add(new Overlay("FEVER with CANNOT_BEAR_WEIGHT", TriageLevel.EMERGENCY,
				better(severity, List.of(RedFlag.FEVER, RedFlag.CANNOT_BEAR_WEIGHT), List.of())));
		overlays.add(new Overlay("CANCER_OR_WEIGHT_LOSS with NIGHT_PAIN", TriageLevel.URGENT,
				better(severity, List.of(RedFlag.CANCER_OR_WEIGHT_LOSS, RedFlag.NIGHT_PAIN), List.of())));
		overlays.add(new Overlay("NUMBNESS", TriageLevel.SOON, better(severity, List.of(), List.of(Symptom.NUMBNESS))));
		overlays.add(new Overlay("WEAKNESS", TriageLevel.SOON, better(severity, List.of(), List.of(Symptom.WEAKNESS))));
		overlays.add(new Overlay("RASH", TriageLevel.SOON, better(severity, List.of(), List.of(Symptom.RASH))));
		overlays.add(new Overlay("severity 8", TriageLevel.SOON, better(8, List.of(), List.of())));
		overlays.add(new Overlay("worse", TriageLevel.SOON,
				new FollowUpAnswers(Course.WORSENING, severity, List.of(), List.of(), true)));
		overlays.add(new Overlay("stopped at an emergency warning sign", TriageLevel.EMERGENCY,
				FollowUpAnswers.stoppedAt(List.of(RedFlag.BLADDER_BOWEL_CHANGE))));
		if (since.compareTo(Duration.ofDays(7)) > 0) {
			overlays.add(new Overlay("the same after over a week", TriageLevel.SOON,
					new FollowUpAnswers(Course.SAME, severity, List.of(), List.of(), true)));
		}
		return overlays;
	}

	/** A check-in that says the pain is better, yet brings these. */
	private static FollowUpAnswers better(int severity, List<RedFlag> redFlags, List<Symptom> symptoms) {
		return new FollowUpAnswers(Course.IMPROVING, severity, redFlags, symptoms, redFlags.isEmpty() ? true : null);
	}

}
