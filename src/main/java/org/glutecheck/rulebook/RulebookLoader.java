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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glutecheck.answers.Criteria;
import org.springframework.core.io.Resource;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the rulebook file and checks every entry before it is used, so that a mistake in the
 * clinical data stops the start with a message naming the entry rather than giving a wrong answer.
 */
public final class RulebookLoader {

	static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** An evidence rule's id: the id of its cause, a dot, and a name for the evidence. */
	private static final Pattern EVIDENCE_ID = Pattern.compile("([A-Z][A-Z0-9_]*)\\.[A-Z][A-Z0-9_]*");

	/** Search pages and queries change under a clinician's hands; a source must be the work itself. */
	private static final Pattern SEARCH_PAGE = Pattern.compile("[?&](term|q|query|search)=|/search\\b");

	// A key written twice (a second "points:") must stop the start, never silently win.
	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private RulebookLoader() {
	}

	/** The live rulebook, which makes new assessments: every check applies. */
	public static Rulebook load(Resource resource) {
		return load(resource, true);
	}

	/**
	 * A released rulebook, kept only to show the assessments it made as they were first shown. It
	 * never triages new answers, so the checks that guard new assessments are left to the live
	 * rulebook: every warning sign has a rule of its own (a later answer model adds warning signs an
	 * older release never knew), and a source is the work itself rather than a search page (an old
	 * result must show the sources it showed). Everything it needs to show its assessments (ids,
	 * codes, texts, sources with a title and an https URL) is checked as for the live one.
	 */
	public static Rulebook loadRelease(Resource resource) {
		return load(resource, false);
	}

	private static Rulebook load(Resource resource, boolean live) {
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
		Rulebook rulebook = compile(raw, live, problems::add);
		if (!problems.isEmpty()) {
			throw new RulebookException(resource.getDescription(), problems);
		}
		return rulebook;
	}

	private static Rulebook compile(RawRulebook raw, boolean live, Consumer<String> problems) {
		require(raw.version(), "version", problems);
		require(raw.disclaimer(), "disclaimer", problems);
		Map<TriageLevel, LevelAdvice> levels = levels(raw.levels(), problems);
		Set<String> ids = new HashSet<>();
		Set<String> evidenceIds = new HashSet<>();
		List<ConditionDefinition> conditions = new ArrayList<>();
		for (RawCondition condition : list(raw.conditions())) {
			String where = "condition " + condition.id();
			requireUniqueId(condition.id(), where, ids, problems);
			conditions.add(condition(condition, where, live, evidenceIds, problems));
		}
		if (conditions.isEmpty()) {
			problems.accept("conditions: the rulebook names no condition");
		}
		List<ConsiderAlsoDefinition> considerAlso = new ArrayList<>();
		for (RawConsiderAlso consideration : list(raw.considerAlso())) {
			String where = "considerAlso " + consideration.id();
			requireUniqueId(consideration.id(), where, ids, problems);
			considerAlso.add(consideration(consideration, where, live, evidenceIds, problems));
		}
		List<TriageRule> triageRules = TriageRuleParser.parse(list(raw.triage()), ids, problems);
		if (live) {
			TriageRuleParser.everyWarningSignRaisesTriage(triageRules, problems);
		}
		RawConfirmation confirmation = raw.leadingCauseNeedsClinician();
		Rulebook.ConfirmationRule confirmationRule = null;
		if (confirmation == null || confirmation.code() == null || confirmation.level() == null) {
			problems.accept("leadingCauseNeedsClinician: needs a code and a level");
		}
		else {
			confirmationRule = new Rulebook.ConfirmationRule(confirmation.code(), confirmation.level());
		}
		return new Rulebook(raw.version(), raw.disclaimer(), levels, List.copyOf(conditions),
				List.copyOf(considerAlso), triageRules, confirmationRule);
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

	private static void requireUniqueId(String id, String where, Set<String> ids, Consumer<String> problems) {
		if (id == null || !ID.matcher(id).matches()) {
			problems.accept(where + ": the id must be UPPER_SNAKE_CASE");
		}
		else if (!ids.add(id)) {
			problems.accept(where + ": the id is used twice");
		}
	}

	private static ConditionDefinition condition(RawCondition raw, String where, boolean live,
			Set<String> evidenceIds, Consumer<String> problems) {
		require(raw.name(), where + " name", problems);
		require(raw.explanation(), where + " explanation", problems);
		requireList(raw.selfCare(), where + " selfCare", problems);
		requireList(raw.seeAClinicianIf(), where + " seeAClinicianIf", problems);
		sources(raw.sources(), where, live, problems);
		if (raw.prior() == null) {
			problems.accept(where + ": has no prior");
		}
		List<EvidenceRule> evidence = evidence(raw.id(), raw.evidence(), where, evidenceIds, problems);
		if (evidence.stream().noneMatch(rule -> rule.isFor() && rule.isAboutThePain())) {
			problems.accept(where + ": has no evidence for it about the pain itself");
		}
		return new ConditionDefinition(raw.id(), raw.name(), raw.explanation(), list(raw.selfCare()),
				list(raw.seeAClinicianIf()), list(raw.sources()), raw.prior() == null ? 0 : raw.prior(),
				Optional.ofNullable(raw.confirmationReason()), evidence);
	}

	private static ConsiderAlsoDefinition consideration(RawConsiderAlso raw, String where, boolean live,
			Set<String> evidenceIds, Consumer<String> problems) {
		require(raw.name(), where + " name", problems);
		require(raw.whyItMatters(), where + " whyItMatters", problems);
		require(raw.whatToDo(), where + " whatToDo", problems);
		require(raw.reason(), where + " reason", problems);
		sources(raw.sources(), where, live, problems);
		if (raw.prior() == null) {
			problems.accept(where + ": has no prior");
		}
		// It lies outside what the questionnaire can weigh, so a clinician always has to examine it.
		if (raw.level() == null || raw.level() == TriageLevel.SELF_CARE) {
			problems.accept(where + ": needs a level above SELF_CARE");
		}
		List<EvidenceRule> evidence = evidence(raw.id(), raw.evidence(), where, evidenceIds, problems);
		if (evidence.stream().noneMatch(EvidenceRule::isFor)) {
			problems.accept(where + ": has no evidence for it");
		}
		return new ConsiderAlsoDefinition(raw.id(), raw.name(), raw.prior() == null ? 0 : raw.prior(), raw.level(),
				raw.whyItMatters(), raw.whatToDo(), raw.reason(), list(raw.sources()), evidence);
	}

	private static void sources(List<Source> sources, String where, boolean live, Consumer<String> problems) {
		if (list(sources).isEmpty()) {
			problems.accept(where + ": has no sources");
		}
		for (Source source : list(sources)) {
			if (isBlank(source.title()) || source.url() == null || !source.url().startsWith("https://")
					|| (live && SEARCH_PAGE.matcher(source.url()).find())) {
				problems.accept(where + ": a source needs a title and an https URL of the work itself, not a search ("
						+ source + ")");
			}
		}
	}

	private static List<EvidenceRule> evidence(String ownerId, List<RawEvidence> raw, String where,
			Set<String> evidenceIds, Consumer<String> problems) {
		List<EvidenceRule> evidence = new ArrayList<>();
		List<RawEvidence> rawEvidence = list(raw);
		for (int i = 0; i < rawEvidence.size(); i++) {
			evidence.add(evidence(ownerId, rawEvidence.get(i), where + " evidence #" + (i + 1), evidenceIds, problems));
		}
		return List.copyOf(evidence);
	}

	private static EvidenceRule evidence(String ownerId, RawEvidence raw, String where, Set<String> evidenceIds,
			Consumer<String> problems) {
		Matcher id = EVIDENCE_ID.matcher(String.valueOf(raw.id()));
		if (!id.matches() || !id.group(1).equals(ownerId)) {
			problems.accept(where + ": needs an id of the form " + ownerId + ".NAME (" + raw.id() + ")");
		}
		else if (!evidenceIds.add(raw.id())) {
			problems.accept(where + ": the id " + raw.id() + " is used twice");
		}
		Criteria when = CriteriaParser.required(raw.when(), where, problems);
		Criteria unless = CriteriaParser.parse(raw.unless(), where + " unless", problems);
		if (raw.points() == null || raw.points() == 0 || !Double.isFinite(raw.points())) {
			problems.accept(where + ": needs non-zero points");
		}
		require(raw.says(), where + " says", problems);
		CriteriaParser.requireCanFire(List.of(when), unless, where, problems);
		return new EvidenceRule(raw.id(), when, unless, raw.points() == null ? 0 : raw.points(), raw.says());
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
			List<RawCondition> conditions, List<RawConsiderAlso> considerAlso, List<TriageRuleParser.RawTriageRule> triage,
			RawConfirmation leadingCauseNeedsClinician) {
	}

	private record RawCondition(String id, String name, String explanation, List<String> selfCare,
			List<String> seeAClinicianIf, List<Source> sources, Double prior, String confirmationReason,
			List<RawEvidence> evidence) {
	}

	private record RawConsiderAlso(String id, String name, Double prior, TriageLevel level, String whyItMatters,
			String whatToDo, String reason, List<Source> sources, List<RawEvidence> evidence) {
	}

	private record RawEvidence(String id, Map<String, Object> when, Map<String, Object> unless, Double points,
			String says) {
	}


	private record RawConfirmation(String code, TriageLevel level) {
	}

}
