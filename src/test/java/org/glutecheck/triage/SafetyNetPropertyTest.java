package org.glutecheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.rulebook.ConditionScorer;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The safety net as a property rather than a list of cases: every warning sign, and every
 * combination the contract names, laid over the typical picture of each of the ten causes, reaches
 * at least the level the contract demands, however well the benign cause fits. The least levels are
 * written here from the contract (docs/assessment-api.md), not read from the rulebook, so a rulebook
 * that loses a rule fails.
 */
class SafetyNetPropertyTest {

	private static final Rulebook RULEBOOK = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));

	private static final ConditionScorer SCORER = new ConditionScorer(RULEBOOK);

	private static final TriageService TRIAGE = new TriageService(RULEBOOK);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The contract's least level for each warning sign on its own. */
	private static final Map<RedFlag, TriageLevel> LEAST_LEVEL = ContractLeastLevels.OF_WARNING_SIGNS;

	/** One change to a picture of answers and the least level it must reach. */
	record Overlay(String name, TriageLevel least, Consumer<ObjectNode> change) {
	}

	@Test
	void everyWarningSignHasTheContractsLeastLevel() {
		assertThat(LEAST_LEVEL.keySet()).as("a warning sign the contract table here does not cover")
			.containsExactlyInAnyOrder(RedFlag.values());
	}

	@TestFactory
	Stream<DynamicTest> everyWarningSignOverEveryCausesTypicalPicture() {
		List<DynamicTest> tests = new ArrayList<>();
		TypicalPictures.load().forEach((condition, picture) -> overlays().forEach(overlay -> tests.add(DynamicTest
			.dynamicTest(overlay.name() + " over " + condition, () -> assertReaches(picture, overlay)))));
		return tests.stream();
	}

	private static void assertReaches(JsonNode picture, Overlay overlay) {
		ObjectNode changed = (ObjectNode) picture.deepCopy();
		overlay.change().accept(changed);
		Answers answers = JSON.treeToValue(changed, Answers.class);
		TriageLevel level = TRIAGE.triage(answers, SCORER.rank(answers), SCORER.considerAlso(answers)).level();
		assertThat(level).as("%s on %s", overlay.name(), answers).isGreaterThanOrEqualTo(overlay.least());
	}

	private static List<Overlay> overlays() {
		List<Overlay> overlays = new ArrayList<>();
		LEAST_LEVEL.forEach((flag, least) -> overlays.add(new Overlay(flag.name(), least, add("redFlags", flag.name()))));
		overlays.addAll(List.of(
				new Overlay("FEVER with NUMBNESS", TriageLevel.EMERGENCY, add("redFlags", "FEVER").andThen(add("symptoms", "NUMBNESS"))),
				new Overlay("FEVER with WEAKNESS", TriageLevel.EMERGENCY, add("redFlags", "FEVER").andThen(add("symptoms", "WEAKNESS"))),
				new Overlay("FEVER with PROGRESSIVE_WEAKNESS", TriageLevel.EMERGENCY,
						add("redFlags", "FEVER").andThen(add("redFlags", "PROGRESSIVE_WEAKNESS"))),
				new Overlay("FEVER with CANNOT_BEAR_WEIGHT", TriageLevel.EMERGENCY,
						add("redFlags", "FEVER").andThen(add("redFlags", "CANNOT_BEAR_WEIGHT"))),
				new Overlay("CANCER_OR_WEIGHT_LOSS with NIGHT_PAIN", TriageLevel.URGENT,
						add("redFlags", "CANCER_OR_WEIGHT_LOSS").andThen(add("redFlags", "NIGHT_PAIN"))),
				new Overlay("BLADDER_URGENCY with pain below the knee, days", TriageLevel.URGENT,
						add("symptoms", "BLADDER_URGENCY").andThen(add("locations", "BELOW_KNEE")).andThen(set("duration", "DAYS_4_7"))),
				new Overlay("BLADDER_URGENCY with pain down the thigh, duration unknown", TriageLevel.URGENT,
						add("symptoms", "BLADDER_URGENCY").andThen(add("locations", "BACK_OF_THIGH")).andThen(remove("duration"))),
				new Overlay("BLOOD_THINNERS after an injury", TriageLevel.URGENT,
						add("context", "BLOOD_THINNERS").andThen(set("onset", "AFTER_INJURY"))),
				new Overlay("BLOOD_THINNERS with severe pain", TriageLevel.URGENT,
						add("context", "BLOOD_THINNERS").andThen(set("severity", 8))),
				new Overlay("BLOOD_THINNERS with SIGNIFICANT_INJURY", TriageLevel.URGENT,
						add("context", "BLOOD_THINNERS").andThen(add("redFlags", "SIGNIFICANT_INJURY"))),
				new Overlay("OSTEOPOROSIS_OR_STEROIDS after an injury", TriageLevel.URGENT,
						add("context", "OSTEOPOROSIS_OR_STEROIDS").andThen(set("onset", "AFTER_INJURY"))),
				new Overlay("a teenager's severe groin pain", TriageLevel.URGENT, set("ageBand", "UNDER_18")
					.andThen(add("locations", "FRONT_OF_HIP_OR_GROIN")).andThen(set("severity", 7))),
				new Overlay("a teenager's hip pain after a fall", TriageLevel.URGENT, set("ageBand", "UNDER_18")
					.andThen(add("locations", "OUTER_HIP")).andThen(set("onset", "AFTER_INJURY"))),
				new Overlay("a teenager's groin pain at night", TriageLevel.URGENT, set("ageBand", "UNDER_18")
					.andThen(add("locations", "GROIN_OR_PELVIC_FLOOR")).andThen(add("redFlags", "NIGHT_PAIN"))),
				new Overlay("sudden severe pain at 60+", TriageLevel.URGENT, set("ageBand", "AGE_60_PLUS")
					.andThen(set("duration", "UNDER_A_DAY")).andThen(set("onset", "NO_CLEAR_TRIGGER")).andThen(set("severity", 8))),
				new Overlay("sudden pain with numbness at 60+", TriageLevel.URGENT, set("ageBand", "AGE_60_PLUS")
					.andThen(set("duration", "UNDER_A_DAY")).andThen(set("onset", "NO_CLEAR_TRIGGER")).andThen(add("symptoms", "NUMBNESS"))),
				new Overlay("pain of 9 after a workout", TriageLevel.URGENT,
						set("onset", "AFTER_WORKOUT").andThen(set("pattern", "CONSTANT")).andThen(set("severity", 9))),
				new Overlay("pain of 8 with weakness during exercise", TriageLevel.URGENT, set("onset", "DURING_EXERCISE")
					.andThen(remove("pattern")).andThen(set("severity", 8)).andThen(add("symptoms", "WEAKNESS"))),
				new Overlay("INFECTION_RISK", TriageLevel.SOON, add("context", "INFECTION_RISK")),
				new Overlay("RASH", TriageLevel.SOON, add("symptoms", "RASH")),
				new Overlay("MORNING_STIFFNESS for months", TriageLevel.SOON,
						add("symptoms", "MORNING_STIFFNESS").andThen(set("duration", "OVER_6_WEEKS"))),
				new Overlay("NUMBNESS", TriageLevel.SOON, add("symptoms", "NUMBNESS")),
				new Overlay("WEAKNESS", TriageLevel.SOON, add("symptoms", "WEAKNESS")),
				new Overlay("severity 8", TriageLevel.SOON, set("severity", 8)),
				new Overlay("worsening after a week", TriageLevel.SOON, set("duration", "WEEKS_1_6").andThen(set("course", "WORSENING"))),
				new Overlay("over a week, not improving", TriageLevel.SOON, set("duration", "WEEKS_1_6").andThen(set("course", "SAME"))),
				new Overlay("over a week, course unknown", TriageLevel.SOON, set("duration", "OVER_6_WEEKS").andThen(remove("course")))));
		return overlays;
	}

	private static Consumer<ObjectNode> add(String field, String code) {
		return answers -> {
			ArrayNode codes = answers.has(field) ? (ArrayNode) answers.get(field) : answers.putArray(field);
			if (codes.valueStream().noneMatch(existing -> existing.asString().equals(code))) {
				codes.add(code);
			}
			answers.remove("noWarningSigns");
		};
	}

	private static Consumer<ObjectNode> set(String field, String code) {
		return answers -> answers.put(field, code);
	}

	private static Consumer<ObjectNode> set(String field, int value) {
		return answers -> answers.put(field, value);
	}

	private static Consumer<ObjectNode> remove(String field) {
		return answers -> answers.remove(field);
	}

}
