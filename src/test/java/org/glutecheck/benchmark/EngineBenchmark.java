package org.glutecheck.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.glutecheck.answers.Answers;
import org.glutecheck.rulebook.ConditionScorer;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.ScoredCondition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of the engine alone (scoring and ranking the ten conditions) for one assessment,
 * averaged over the public vignettes. Run with {@code ./mvnw -Pbenchmark verify}; the figures are
 * recorded in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

	private ConditionScorer scorer;

	private List<Answers> cases;

	@Setup
	public void load() throws IOException {
		Rulebook rulebook = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));
		scorer = new ConditionScorer(rulebook);
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream in = new ClassPathResource("vignettes/public.json").getInputStream()) {
			JsonNode vignettes = json.readTree(in);
			cases = vignettes.valueStream().map(v -> json.treeToValue(v.get("answers"), Answers.class)).toList();
		}
	}

	/** Ranks every public vignette once; divide by the case count for the cost of one assessment. */
	@Benchmark
	@OperationsPerInvocation(36)
	public void rankConditions(Blackhole sink) {
		for (Answers answers : cases) {
			List<ScoredCondition> ranked = scorer.rank(answers);
			sink.consume(ranked);
		}
	}

}
