package org.glutecheck.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Criterion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every evidence rule in the rulebook can fire, and when it does, the person reads its sentence on
 * the right side (for or against). A rule that could never apply would be a silent mistake.
 */
class EveryEvidenceRuleTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TestFactory
	Stream<DynamicTest> everyRuleFiresAndIsReported() {
		Rulebook rulebook = ConditionScorerTest.RULEBOOK;
		return rulebook.conditions().stream().flatMap(condition -> condition.evidence().stream()
			.map(rule -> DynamicTest.dynamicTest(condition.id() + ": " + rule.says(), () -> {
				Answers answers = satisfying(rule);
				assertThat(rule.appliesTo(answers)).as("the rule applies to answers built from its own test").isTrue();
				ScoredCondition scored = ConditionScorer.score(condition, answers);
				assertThat(rule.isFor() ? scored.evidenceFor() : scored.evidenceAgainst()).contains(rule.says());
			})));
	}

	/** The smallest answers that meet the rule's test: the codes it names, and any location. */
	private static Answers satisfying(EvidenceRule rule) {
		Map<AnswerField, Set<Object>> values = new EnumMap<>(AnswerField.class);
		for (Criterion criterion : rule.when().all()) {
			Set<Object> codes = values.computeIfAbsent(criterion.field(), field -> new LinkedHashSet<>());
			if (criterion instanceof Criterion.AtLeast atLeast) {
				codes.add(atLeast.value());
			}
			else if (criterion instanceof Criterion.AtMost atMost) {
				codes.add(atMost.value());
			}
			else if (criterion instanceof Criterion.NoneOf noneOf) {
				criterion.field().codes().stream().filter(code -> noneOf.codes().stream().noneMatch(c -> c.name().equals(code)))
					.findFirst().ifPresent(codes::add);
			}
			else if (criterion instanceof Criterion.AllOf) {
				criterion.codes().forEach(code -> codes.add(code.name()));
			}
			else {
				codes.add(criterion.codes().iterator().next().name());
			}
		}
		values.computeIfAbsent(AnswerField.LOCATIONS, field -> new LinkedHashSet<>(List.of("WHOLE_BUTTOCK")));
		return JSON.convertValue(asJson(values), Answers.class);
	}

	private static Map<String, Object> asJson(Map<AnswerField, Set<Object>> values) {
		Map<String, Object> json = new LinkedHashMap<>();
		values.forEach((field, codes) -> json.put(field.contractName(), isList(field) ? new ArrayList<>(codes)
				: codes.iterator().next()));
		return json;
	}

	private static boolean isList(AnswerField field) {
		return !field.isNumeric() && Collection.class.isAssignableFrom(recordComponentType(field));
	}

	private static Class<?> recordComponentType(AnswerField field) {
		return Stream.of(Answers.class.getRecordComponents())
			.filter(component -> component.getName().equals(field.contractName()))
			.findFirst()
			.orElseThrow()
			.getType();
	}

}
