package org.glutecheck.storage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The application started as a process of its own, the way it runs in production: its main class
 * on the main classes and the dependencies, on a free port and a given data folder. The test classes
 * and resources are left off the classpath, so no test configuration can leak into it.
 */
final class AppProcess implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofSeconds(90);

	private final Process process;

	private final Path log;

	private final URI base;

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.base = URI.create("http://127.0.0.1:" + port);
	}

	/** Starts the app on {@code dataDir} and waits until its health check answers. */
	static AppProcess start(Path dataDir, Path log, HttpClient http) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(), "org.glutecheck.GluteCheckApplication",
				"--server.port=" + port, "--server.address=127.0.0.1", "--glutecheck.data-dir=" + dataDir,
				"--spring.main.banner-mode=off");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// Only the settings given here: no profile or datasource from the developer's environment.
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("GLUTECHECK_"));
		AppProcess app = new AppProcess(builder.start(), log, port);
		app.awaitHealthy(http);
		return app;
	}

	URI uri(String path) {
		return base.resolve(path);
	}

	/** SIGKILL on Linux: no shutdown hook, no flush, no close. */
	void kill() {
		process.destroyForcibly();
	}

	/** The exit status once the process has ended (137, that is 128 + 9, after SIGKILL). */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("still running after " + timeout);
		}
		return process.exitValue();
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private void awaitHealthy(HttpClient http) throws InterruptedException {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The app exited with " + process.exitValue() + ":\n" + logTail());
			}
			try {
				HttpResponse<String> response = http.send(health, BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The app was not healthy within " + STARTUP + ":\n" + logTail());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * This JVM's classpath without the test classes. Surefire may hand it over as a single jar whose
	 * manifest lists the real entries; those are read out.
	 */
	private static String applicationClasspath() {
		Set<String> entries = new LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			entries.addAll(expand(Path.of(entry)));
		}
		List<String> kept = new ArrayList<>();
		for (String entry : entries) {
			if (!Path.of(entry).endsWith("test-classes")) {
				kept.add(entry);
			}
		}
		return String.join(File.pathSeparator, kept);
	}

	private static List<String> expand(Path entry) {
		if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
			return List.of(entry.toString());
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			Manifest manifest = jar.getManifest();
			String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
			if (classPath == null || classPath.isBlank()) {
				return List.of(entry.toString());
			}
			List<String> listed = new ArrayList<>();
			listed.add(entry.toString());
			for (String item : classPath.trim().split("\\s+")) {
				listed.add(Path.of(entry.toUri().resolve(item)).toString());
			}
			return listed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
