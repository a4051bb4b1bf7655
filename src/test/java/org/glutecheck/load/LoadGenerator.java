package org.glutecheck.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded load test: starts the packaged app as its own process with a capped heap, then for a
 * fixed time has N connections each post an assessment (answers from the public vignettes) and
 * fetch its saved result, as a person's browser and a clinic desk would. It reports throughput,
 * latency, errors and the app's heap after a full GC before and after, and exits non-zero on any
 * error. Only loopback traffic; the loops stop by themselves.
 *
 * <p>Run with {@code ./mvnw -Pload verify} (see docs/performance.md).
 */
public final class LoadGenerator {

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int connections;

	private final Duration duration;

	private final String resultPage;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

	private LoadGenerator(int connections, Duration duration, String resultPage) {
		this.connections = connections;
		this.duration = duration;
		this.resultPage = resultPage;
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		int connections = Integer.parseInt(System.getProperty("load.connections", "64"));
		Duration duration = Duration.ofSeconds(Long.parseLong(System.getProperty("load.seconds", "60")));
		String heap = System.getProperty("load.heap", "256m");
		String resultPage = System.getProperty("load.result-page", "/results/");
		LoadGenerator load = new LoadGenerator(connections, duration, resultPage);
		System.exit(load.run(jar, heap));
	}

	private int run(Path jar, String heap) throws Exception {
		int port = freePort();
		Path data = Files.createTempDirectory("glutecheck-load");
		List<String> command = List.of("java", "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-jar", jar.toString(),
				"--server.port=" + port, "--glutecheck.data-dir=" + data, "--logging.level.root=WARN");
		Process app = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("app.log").toFile())
			.start();
		try {
			String base = "http://127.0.0.1:" + port;
			awaitHealthy(base);
			List<String> bodies = vignetteAnswers();
			drive(base, bodies, Duration.ofSeconds(10), false);
			long heapBefore = retainedHeapKb(app.pid());
			long started = System.nanoTime();
			drive(base, bodies, duration, true);
			double seconds = (System.nanoTime() - started) / 1e9;
			long heapAfter = retainedHeapKb(app.pid());
			report(command, seconds, heapBefore, heapAfter);
			return errors.get() == 0 && app.isAlive() ? 0 : 1;
		}
		finally {
			app.destroy();
			app.waitFor();
		}
	}

	private void drive(String base, List<String> bodies, Duration length, boolean measured) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + length.toNanos();
		CountDownLatch done = new CountDownLatch(connections);
		for (int i = 0; i < connections; i++) {
			Thread worker = new Thread(() -> {
				try {
					while (System.nanoTime() < deadline) {
						oneVisit(http, base, bodies.get(ThreadLocalRandom.current().nextInt(bodies.size())), measured);
					}
				}
				finally {
					done.countDown();
				}
			}, "load-" + i);
			worker.setDaemon(true);
			worker.start();
		}
		done.await();
	}

	/** One person: post the answers, then open the saved result as JSON and as a page. */
	private void oneVisit(HttpClient http, String base, String body, boolean measured) {
		HttpResponse<String> created = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)), 201, measured);
		if (created == null) {
			return;
		}
		String reference = JSON.readTree(created.body()).get("reference").asString();
		send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/assessments/" + reference)).GET(), 200, measured);
		send(http, HttpRequest.newBuilder(URI.create(base + resultPage + reference)).header("Accept", "text/html").GET(),
				200, measured);
	}

	private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, int expected, boolean measured) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (measured) {
				requests.incrementAndGet();
				latenciesMicros.add((System.nanoTime() - start) / 1000);
			}
			if (response.statusCode() != expected) {
				fail(response.request().method() + " " + response.uri().getPath() + " -> " + response.statusCode());
				return null;
			}
			return response;
		}
		catch (IOException ex) {
			fail(ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private void fail(String what) {
		errors.incrementAndGet();
		if (errorSamples.size() < 10) {
			errorSamples.add(what);
		}
	}

	private void report(List<String> command, double seconds, long heapBeforeKb, long heapAfterKb) {
		List<Long> sorted = new ArrayList<>(latenciesMicros);
		sorted.sort(null);
		System.out.printf(Locale.ROOT, "%n## Load test%n%n");
		System.out.printf(Locale.ROOT, "- app: `%s`%n", String.join(" ", command.subList(0, 5)));
		System.out.printf(Locale.ROOT, "- %d connections for %.0f s; each visit = POST an assessment, GET it as JSON, GET its result page%n",
				connections, seconds);
		System.out.printf(Locale.ROOT, "%n| requests | per second | errors | p50 | p95 | p99 | max | heap after full GC, before → after |%n");
		System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|%n");
		System.out.printf(Locale.ROOT, "| %d | %.0f | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d MB → %d MB |%n",
				requests.get(), requests.get() / seconds, errors.get(), percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), percentile(sorted, 100), heapBeforeKb / 1024, heapAfterKb / 1024);
		errorSamples.forEach(sample -> System.out.println("error: " + sample));
	}

	private static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1000.0;
	}

	/** The heap still in use after a full collection: what the app keeps, not what it churns. */
	private static long retainedHeapKb(long pid) throws IOException, InterruptedException {
		new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").start().waitFor();
		Process info = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").start();
		String output = new String(info.getInputStream().readAllBytes());
		info.waitFor();
		Matcher used = HEAP_USED.matcher(output);
		return used.find() ? Long.parseLong(used.group(1)) : -1;
	}

	private static List<String> vignetteAnswers() throws IOException {
		try (InputStream in = LoadGenerator.class.getResourceAsStream("/vignettes/public.json")) {
			JsonNode vignettes = JSON.readTree(in);
			return vignettes.valueStream().map(v -> JSON.writeValueAsString(v.get("answers"))).toList();
		}
	}

	private static void awaitHealthy(String base) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		for (int attempt = 0; attempt < 120; attempt++) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// the app is still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The app did not become healthy within 60 s");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
