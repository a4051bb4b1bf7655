package org.glutecheck.rulebook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text a person or a clinician reads from a rulebook, by a stable id, so that a translation
 * can name each one and a saved assessment can be read in any language. The ids:
 *
 * <pre>
 * disclaimer
 * level.&lt;LEVEL&gt;.headline, level.&lt;LEVEL&gt;.advice
 * triage.&lt;CODE&gt;.reason
 * condition.&lt;ID&gt;.name, .explanation, .selfCare (a list), .seeAClinicianIf (a list), .confirmationReason
 * considerAlso.&lt;ID&gt;.name, .whyItMatters, .whatToDo, .reason
 * evidence.&lt;CAUSE&gt;.&lt;NAME&gt;   (what an evidence rule says; its id is already stable)
 * </pre>
 *
 * Sources keep their published titles: they name works, most of them in English.
 */
public final class RulebookTexts {

	private RulebookTexts() {
	}

	/** Every text of the rulebook by its id, in the rulebook's order; a list-valued text is a List. */
	public static Map<String, Object> of(Rulebook rulebook) {
		Map<String, Object> texts = new LinkedHashMap<>();
		texts.put("disclaimer", rulebook.disclaimer());
		rulebook.levels().forEach((level, advice) -> {
			texts.put("level." + level + ".headline", advice.headline());
			texts.put("level." + level + ".advice", advice.advice());
		});
		for (TriageRule rule : rulebook.triageRules()) {
			texts.put("triage." + rule.code() + ".reason", rule.reason());
		}
		for (ConditionDefinition condition : rulebook.conditions()) {
			String id = "condition." + condition.id();
			texts.put(id + ".name", condition.name());
			texts.put(id + ".explanation", condition.explanation());
			texts.put(id + ".selfCare", condition.selfCare());
			texts.put(id + ".seeAClinicianIf", condition.seeAClinicianIf());
			condition.confirmationReason().ifPresent(reason -> texts.put(id + ".confirmationReason", reason));
			condition.evidence().forEach(rule -> texts.put("evidence." + rule.id(), rule.says()));
		}
		for (ConsiderAlsoDefinition considered : rulebook.considerAlso()) {
			String id = "considerAlso." + considered.id();
			texts.put(id + ".name", considered.name());
			texts.put(id + ".whyItMatters", considered.whyItMatters());
			texts.put(id + ".whatToDo", considered.whatToDo());
			texts.put(id + ".reason", considered.reason());
			considered.evidence().forEach(rule -> texts.put("evidence." + rule.id(), rule.says()));
		}
		return texts;
	}

	/**
	 * The same rulebook with its texts replaced by these, id by id; every rule, score and code is
	 * kept, so it decides exactly as the original does.
	 */
	static Rulebook with(Rulebook rulebook, Map<String, Object> texts) {
		Map<TriageLevel, LevelAdvice> levels = new EnumMap<>(TriageLevel.class);
		rulebook.levels()
			.forEach((level, advice) -> levels.put(level, new LevelAdvice(text(texts, "level." + level + ".headline"),
					text(texts, "level." + level + ".advice"))));
		List<TriageRule> triage = rulebook.triageRules()
			.stream()
			.map(rule -> new TriageRule(rule.code(), rule.level(), rule.whenAny(), rule.unless(),
					text(texts, "triage." + rule.code() + ".reason"), rule.checkInOnly()))
			.toList();
		List<ConditionDefinition> conditions = new ArrayList<>();
		for (ConditionDefinition c : rulebook.conditions()) {
			String id = "condition." + c.id();
			conditions.add(new ConditionDefinition(c.id(), text(texts, id + ".name"), text(texts, id + ".explanation"),
					list(texts, id + ".selfCare"), list(texts, id + ".seeAClinicianIf"), c.sources(), c.prior(),
					c.confirmationReason().isPresent() ? Optional.of(text(texts, id + ".confirmationReason"))
							: Optional.empty(),
					evidence(c.evidence(), texts)));
		}
		List<ConsiderAlsoDefinition> considerAlso = new ArrayList<>();
		for (ConsiderAlsoDefinition c : rulebook.considerAlso()) {
			String id = "considerAlso." + c.id();
			considerAlso.add(new ConsiderAlsoDefinition(c.id(), text(texts, id + ".name"), c.prior(), c.level(),
					text(texts, id + ".whyItMatters"), text(texts, id + ".whatToDo"), text(texts, id + ".reason"),
					c.sources(), evidence(c.evidence(), texts)));
		}
		return new Rulebook(rulebook.version(), text(texts, "disclaimer"), levels, List.copyOf(conditions),
				List.copyOf(considerAlso), triage, rulebook.confirmationRule());
	}

	private static List<EvidenceRule> evidence(List<EvidenceRule> rules, Map<String, Object> texts) {
		return rules.stream()
			.map(rule -> new EvidenceRule(rule.id(), rule.when(), rule.unless(), rule.points(),
					text(texts, "evidence." + rule.id())))
			.toList();
	}

	private static String text(Map<String, Object> texts, String id) {
		return (String) texts.get(id);
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Map<String, Object> texts, String id) {
		return List.copyOf((List<String>) texts.get(id));
	}

}
