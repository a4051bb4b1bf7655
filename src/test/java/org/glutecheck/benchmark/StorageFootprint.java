package org.glutecheck.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.glutecheck.GluteCheckApplication;
import org.glutecheck.answers.Answers;
import org.glutecheck.assessment.AssessmentService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * How many bytes one saved assessment costs on the default file-backed H2: starts the application on
 * a fresh data folder, saves the assessments of every vignette in turn until it has saved the count
 * asked for (2,000 unless given), and compares the folder's size before and after, both while the
 * application still runs and once it has shut down cleanly (when H2 compacts its file). Run with
 * {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec@storage}; the figures are in
 * docs/performance.md.
 */
public final class StorageFootprint {

	private static final List<String> VIGNETTES = List.of("public.json", "own.json", "holdout.json",
			"public-v2.json", "own-v2.json");

	private StorageFootprint() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "target/storage-footprint");
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		delete(folder);
		// Arguments, not default properties: those rank below application.properties.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(GluteCheckApplication.class)
			.run("--glutecheck.data-dir=" + folder.toAbsolutePath(), "--server.port=0", "--glutecheck.retention.cron=-",
					"--spring.main.banner-mode=off");
		long before = size(folder);
		AssessmentService assessments = app.getBean(AssessmentService.class);
		List<Answers> answers = answers(app.getBean(JsonMapper.class));
		for (int i = 0; i < count; i++) {
			assessments.assess(answers.get(i % answers.size()));
		}
		long running = size(folder);
		app.close();
		long closed = size(folder);
		System.out.printf("%nStorage footprint: %,d assessments (%d different answer sets) on H2 in %s%n", count,
				answers.size(), folder);
		System.out.printf("  folder before: %,d bytes%n", before);
		System.out.printf("  after, still running: %,d bytes = %,d bytes per assessment%n", running,
				(running - before) / count);
		System.out.printf("  after a clean shutdown: %,d bytes = %,d bytes per assessment%n", closed,
				(closed - before) / count);
	}

	private static List<Answers> answers(JsonMapper json) throws IOException {
		List<Answers> answers = new ArrayList<>();
		for (String file : VIGNETTES) {
			try (InputStream in = new ClassPathResource("vignettes/" + file).getInputStream()) {
				json.readTree(in).valueStream().forEach(v -> answers.add(json.treeToValue(v.get("answers"), Answers.class)));
			}
		}
		return answers;
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sum();
		}
	}

	private static void delete(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

}
