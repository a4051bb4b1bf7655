package org.glutecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * Each feature package is a module: no cycles, and no module reaches into another's internals.
 * Spring Modulith's documentation of the modules (the component diagrams, a canvas per module with
 * the events it publishes and listens to, and the document that gathers them) is kept in
 * docs/modules; this fails when that is not what the code is now, and then writes the current
 * documentation there to review and commit.
 */
class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(GluteCheckApplication.class);

	private static final Path COMMITTED = Path.of("docs", "modules");

	private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theCommittedModuleDocumentationIsWhatModulithGeneratesNow() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeDocumentation();
		inAStableOrder(GENERATED);
		Map<String, String> generated = files(GENERATED);
		assertThat(generated).as("what Modulith generated").containsKeys("components.puml", "all-docs.adoc",
				"module-desk.adoc", "module-desk.puml");
		Set<String> stale = differing(files(COMMITTED), generated);
		if (!stale.isEmpty()) {
			FileSystemUtils.deleteRecursively(COMMITTED);
			FileSystemUtils.copyRecursively(GENERATED, COMMITTED);
		}
		assertThat(stale).as("files of %s that differ from what Modulith generates now; they have been rewritten: "
				+ "review the change and commit it", COMMITTED).isEmpty();
	}

	/**
	 * Modulith writes a diagram's components and relations in an order that varies from one run to
	 * the next; each run of them is sorted, so that only a change in the modules shows.
	 */
	private static void inAStableOrder(Path folder) throws IOException {
		try (Stream<Path> diagrams = Files.list(folder)) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, sortedRuns(Files.readAllLines(diagram)));
			}
		}
	}

	private static List<String> sortedRuns(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (!run.isEmpty() && !kind(line).equals(kind(run.get(0)))) {
				sorted.addAll(run.stream().sorted().toList());
				run.clear();
			}
			if (kind(line).isEmpty()) {
				sorted.add(line);
			}
			else {
				run.add(line);
			}
		}
		sorted.addAll(run.stream().sorted().toList());
		return sorted;
	}

	/** "Component" or "Rel" for the lines whose order means nothing, else empty. */
	private static String kind(String line) {
		String statement = line.strip();
		return statement.startsWith("Component(") ? "Component" : statement.startsWith("Rel(") ? "Rel" : "";
	}

	private static Set<String> differing(Map<String, String> committed, Map<String, String> generated) {
		Set<String> names = new TreeSet<>(committed.keySet());
		names.addAll(generated.keySet());
		names.removeIf(name -> generated.get(name) != null && generated.get(name).equals(committed.get(name)));
		return names;
	}

	private static Map<String, String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return Map.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.collect(Collectors.toMap(file -> file.getFileName().toString(), ModularityTest::read, (a, b) -> a,
						TreeMap::new));
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

}
