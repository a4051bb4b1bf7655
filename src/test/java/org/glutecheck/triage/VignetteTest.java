package org.glutecheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.glutecheck.answers.Answers;
import org.glutecheck.rulebook.ConditionScorer;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.ScoredCondition;
import org.glutecheck.rulebook.ScoredConsideration;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every clinical vignette through the engine: each case must have an accepted cause in the
 * top three and an accepted triage level; each file must reach 90% top-1, and where a cause outside
 * the ten is expected, the first one listed must be right in at least 70% of those cases. The public sample is
 * one file; the others were written from the clinical sources by people who had not seen the rules.
 */
class VignetteTest {

	private static final List<String> FILES = List.of("public.json", "own.json", "holdout.json", "public-v2.json",
			"own-v2.json");

	private static final Rulebook RULEBOOK = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));

	private static final ConditionScorer SCORER = new ConditionScorer(RULEBOOK);

	private static final TriageService TRIAGE = new TriageService(RULEBOOK);

	private static final List<String> TABLE = new ArrayList<>();

	record Expect(List<String> conditions, List<TriageLevel> triage, List<String> considerAlso) {
	}

	record Vignette(String id, String story, Answers answers, Expect expect) {
	}

	/** What the engine said about one vignette, and how that compares with what was expected. */
	record Outcome(Vignette vignette, List<String> ranked, List<String> considered, TriageLevel level) {

		boolean scored() {
			return vignette.expect().conditions() != null;
		}

		boolean top1() {
			return !ranked.isEmpty() && vignette.expect().conditions().contains(ranked.get(0));
		}

		boolean top3() {
			return ranked.stream().limit(3).anyMatch(vignette.expect().conditions()::contains);
		}

		boolean triageAccepted() {
			return vignette.expect().triage().contains(level);
		}

		boolean expectsConsiderAlso() {
			return vignette.expect().considerAlso() != null;
		}

		boolean considerAlsoFirstRight() {
			return !considered.isEmpty() && vignette.expect().considerAlso().contains(considered.get(0));
		}

		boolean underTriaged() {
			return vignette.expect().triage().stream().allMatch(accepted -> level.compareTo(accepted) < 0);
		}

	}

	@TestFactory
	Stream<DynamicNode> vignettes() throws IOException {
		List<DynamicNode> files = new ArrayList<>();
		for (String file : FILES) {
			List<Outcome> outcomes = read(file).stream().map(VignetteTest::assess).toList();
			List<DynamicNode> cases = new ArrayList<>();
			outcomes.forEach(outcome -> cases.add(DynamicTest.dynamicTest(
					outcome.vignette().id() + " " + outcome.vignette().story(), () -> check(outcome))));
			cases.add(DynamicTest.dynamicTest(file + " reaches 90% top-1 with no under-triage", () -> checkFile(outcomes)));
			TABLE.add(row(file, outcomes));
			files.add(DynamicContainer.dynamicContainer(file, cases));
		}
		return files.stream();
	}

	@AfterAll
	static void printAccuracy() {
		System.out.printf("%nVignette accuracy (rulebook %s)%n%-14s %6s %8s %8s %8s %6s %8s%n", RULEBOOK.version(), "file",
				"cases", "top-1", "top-3", "triage", "under", "also-1st");
		TABLE.forEach(System.out::println);
	}

	private static Outcome assess(Vignette vignette) {
		List<ScoredCondition> ranked = SCORER.rank(vignette.answers());
		List<ScoredConsideration> considered = SCORER.considerAlso(vignette.answers());
		TriageLevel level = TRIAGE.triage(vignette.answers(), ranked, considered).level();
		return new Outcome(vignette, ranked.stream().map(s -> s.condition().id()).toList(),
				considered.stream().map(c -> c.definition().id()).toList(), level);
	}

	private static void check(Outcome outcome) {
		assertThat(outcome.underTriaged()).as("under-triage: %s", outcome.level()).isFalse();
		assertThat(outcome.level()).as("triage").isIn(outcome.vignette().expect().triage());
		if (outcome.scored()) {
			assertThat(outcome.top3()).as("an accepted cause among the first three of %s", outcome.ranked()).isTrue();
		}
	}

	private static void checkFile(List<Outcome> outcomes) {
		List<Outcome> scored = outcomes.stream().filter(Outcome::scored).toList();
		long top1 = scored.stream().filter(Outcome::top1).count();
		assertThat(top1).as("top-1 of %d", scored.size()).isGreaterThanOrEqualTo(Math.round(Math.ceil(scored.size() * 0.9)));
		assertThat(outcomes).noneMatch(Outcome::underTriaged);
		List<Outcome> withConsiderAlso = outcomes.stream().filter(Outcome::expectsConsiderAlso).toList();
		long firstRight = withConsiderAlso.stream().filter(Outcome::considerAlsoFirstRight).count();
		assertThat(firstRight).as("considerAlso first entry right of %d", withConsiderAlso.size())
			.isGreaterThanOrEqualTo(Math.round(Math.ceil(withConsiderAlso.size() * 0.7)));
	}

	private static String row(String file, List<Outcome> outcomes) {
		List<Outcome> scored = outcomes.stream().filter(Outcome::scored).toList();
		List<Outcome> withConsiderAlso = outcomes.stream().filter(Outcome::expectsConsiderAlso).toList();
		return String.format(Locale.ROOT, "%-14s %6d %7.0f%% %7.0f%% %7.0f%% %6d %7.0f%%", file, outcomes.size(),
				percent(scored.stream().filter(Outcome::top1).count(), scored.size()),
				percent(scored.stream().filter(Outcome::top3).count(), scored.size()),
				percent(outcomes.stream().filter(Outcome::triageAccepted).count(), outcomes.size()),
				outcomes.stream().filter(Outcome::underTriaged).count(),
				percent(withConsiderAlso.stream().filter(Outcome::considerAlsoFirstRight).count(), withConsiderAlso.size()));
	}

	private static double percent(long part, int whole) {
		return whole == 0 ? 100 : 100.0 * part / whole;
	}

	private static List<Vignette> read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("vignettes/" + file).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<Vignette>>() {
			});
		}
	}

}
