package org.glutecheck.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Criteria;
import org.glutecheck.answers.Criterion;
import org.glutecheck.answers.RedFlag;
import org.springframework.core.io.Resource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the rulebook file and checks every entry before it is used, so that a mistake in the
 * clinical data stops the start with a message naming the entry rather than giving a wrong answer.
 */
public final class RulebookLoader {

	private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private RulebookLoader() {
	}

	public static Rulebook load(Resource resource) {
		RawRulebook raw;
		try (InputStream in = resource.getInputStream()) {
			raw = YAML.readValue(in, RawRulebook.class);
		}
		catch (JacksonException ex) {
			throw new RulebookException(resource.getDescription(), ex.getPathReference(), ex);
		}
		catch (IOException ex) {
			throw new RulebookException(resource.getDescription(), "its start", ex);
		}
		List<String> problems = new ArrayList<>();
		Rulebook rulebook = compile(raw, problems::add);
		if (!problems.isEmpty()) {
			throw new RulebookException(resource.getDescription(), problems);
		}
		return rulebook;
	}

	private static Rulebook compile(RawRulebook raw, Consumer<String> problems) {
		require(raw.version(), "version", problems);
		require(raw.disclaimer(), "disclaimer", problems);
		Map<TriageLevel, LevelAdvice> levels = levels(raw.levels(), problems);
		List<ConditionDefinition> conditions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (RawCondition condition : list(raw.conditions())) {
			String where = "condition " + condition.id();
			if (condition.id() == null || !ID.matcher(condition.id()).matches()) {
				problems.accept(where + ": the id must be UPPER_SNAKE_CASE");
			}
			else if (!ids.add(condition.id())) {
				problems.accept(where + ": the id is used twice");
			}
			conditions.add(condition(condition, where, problems));
		}
		if (conditions.isEmpty()) {
			problems.accept("conditions: the rulebook names no condition");
		}
		List<TriageRule> triageRules = triageRules(list(raw.triage()), problems);
		RawConfirmation confirmation = raw.leadingCauseNeedsClinician();
		Rulebook.ConfirmationRule confirmationRule = null;
		if (confirmation == null || confirmation.code() == null || confirmation.level() == null) {
			problems.accept("leadingCauseNeedsClinician: needs a code and a level");
		}
		else {
			confirmationRule = new Rulebook.ConfirmationRule(confirmation.code(), confirmation.level());
		}
		return new Rulebook(raw.version(), raw.disclaimer(), levels, List.copyOf(conditions), triageRules,
				confirmationRule);
	}

	private static Map<TriageLevel, LevelAdvice> levels(Map<TriageLevel, LevelAdvice> raw, Consumer<String> problems) {
		Map<TriageLevel, LevelAdvice> levels = new EnumMap<>(TriageLevel.class);
		for (TriageLevel level : TriageLevel.values()) {
			LevelAdvice advice = raw == null ? null : raw.get(level);
			if (advice == null || isBlank(advice.headline()) || isBlank(advice.advice())) {
				problems.accept("levels: " + level + " needs a headline and advice");
			}
			levels.put(level, advice);
		}
		return levels;
	}

	private static ConditionDefinition condition(RawCondition raw, String where, Consumer<String> problems) {
		require(raw.name(), where + " name", problems);
		require(raw.explanation(), where + " explanation", problems);
		requireList(raw.selfCare(), where + " selfCare", problems);
		requireList(raw.seeAClinicianIf(), where + " seeAClinicianIf", problems);
		if (list(raw.sources()).isEmpty()) {
			problems.accept(where + ": has no sources");
		}
		for (Source source : list(raw.sources())) {
			if (isBlank(source.title()) || source.url() == null || !source.url().startsWith("https://")) {
				problems.accept(where + ": a source needs a title and an https URL (" + source + ")");
			}
		}
		if (raw.prior() == null) {
			problems.accept(where + ": has no prior");
		}
		List<EvidenceRule> evidence = new ArrayList<>();
		List<RawEvidence> rawEvidence = list(raw.evidence());
		for (int i = 0; i < rawEvidence.size(); i++) {
			evidence.add(evidence(rawEvidence.get(i), where + " evidence #" + (i + 1), problems));
		}
		if (evidence.stream().noneMatch(EvidenceRule::isFor)) {
			problems.accept(where + ": has no evidence for it");
		}
		return new ConditionDefinition(raw.id(), raw.name(), raw.explanation(), list(raw.selfCare()),
				list(raw.seeAClinicianIf()), list(raw.sources()), raw.prior() == null ? 0 : raw.prior(),
				Optional.ofNullable(raw.confirmationReason()), List.copyOf(evidence));
	}

	private static EvidenceRule evidence(RawEvidence raw, String where, Consumer<String> problems) {
		Criteria when = requiredCriteria(raw.when(), where, problems);
		Criteria unless = CriteriaParser.parse(raw.unless(), where + " unless", problems);
		if (raw.points() == null || raw.points() == 0 || !Double.isFinite(raw.points())) {
			problems.accept(where + ": needs non-zero points");
		}
		require(raw.says(), where + " says", problems);
		return new EvidenceRule(when, unless, raw.points() == null ? 0 : raw.points(), raw.says());
	}

	private static List<TriageRule> triageRules(List<RawTriageRule> raw, Consumer<String> problems) {
		List<TriageRule> rules = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (RawTriageRule rule : raw) {
			String where = "triage rule " + rule.code();
			if (rule.code() == null || !ID.matcher(rule.code()).matches() || !codes.add(rule.code())) {
				problems.accept(where + ": needs a unique UPPER_SNAKE_CASE code");
			}
			if (rule.level() == null || rule.level() == TriageLevel.SELF_CARE) {
				problems.accept(where + ": needs a level above SELF_CARE");
			}
			require(rule.reason(), where + " reason", problems);
			Criteria when = requiredCriteria(rule.when(), where, problems);
			Criteria unless = CriteriaParser.parse(rule.unless(), where + " unless", problems);
			rules.add(new TriageRule(rule.code(), rule.level(), when, unless, rule.reason()));
		}
		everyWarningSignRaisesTriage(rules, problems);
		return List.copyOf(rules);
	}

	/** A warning sign must never be left to the scores: each needs a rule that only it triggers. */
	private static void everyWarningSignRaisesTriage(List<TriageRule> rules, Consumer<String> problems) {
		for (RedFlag flag : RedFlag.values()) {
			boolean covered = rules.stream()
				.anyMatch(rule -> rule.unless().all().isEmpty() && rule.when().all().size() == 1
						&& rule.when().all().get(0) instanceof Criterion.AnyOf anyOf
						&& anyOf.field() == AnswerField.RED_FLAGS && anyOf.codes().contains(flag));
			if (!covered) {
				problems.accept("triage: the warning sign " + flag + " has no rule of its own");
			}
		}
	}

	private static Criteria requiredCriteria(Map<String, Object> raw, String where, Consumer<String> problems) {
		if (raw == null || raw.isEmpty()) {
			problems.accept(where + ": needs a 'when'");
		}
		return CriteriaParser.parse(raw, where, problems);
	}

	private static void require(String value, String what, Consumer<String> problems) {
		if (isBlank(value)) {
			problems.accept(what + ": is missing");
		}
	}

	private static void requireList(List<String> values, String what, Consumer<String> problems) {
		if (list(values).isEmpty() || values.stream().anyMatch(RulebookLoader::isBlank)) {
			problems.accept(what + ": needs at least one entry and no blank ones");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

	private record RawRulebook(String version, String disclaimer, Map<TriageLevel, LevelAdvice> levels,
			List<RawCondition> conditions, List<RawTriageRule> triage, RawConfirmation leadingCauseNeedsClinician) {
	}

	private record RawCondition(String id, String name, String explanation, List<String> selfCare,
			List<String> seeAClinicianIf, List<Source> sources, Double prior, String confirmationReason,
			List<RawEvidence> evidence) {
	}

	private record RawEvidence(Map<String, Object> when, Map<String, Object> unless, Double points, String says) {
	}

	private record RawTriageRule(String code, TriageLevel level, Map<String, Object> when,
			Map<String, Object> unless, String reason) {
	}

	private record RawConfirmation(String code, TriageLevel level) {
	}

}
