package org.glutecheck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every assessment the app acknowledged with a 201 survives the app being killed with SIGKILL
 * straight after the last one, while other requests are still in flight: the app runs as a process
 * of its own on a data folder of its own, is killed, is started again on the same folder, and every
 * acknowledged reference reads back as the same document.
 */
class CrashRecoveryTest {

	private static final Logger log = LoggerFactory.getLogger(CrashRecoveryTest.class);

	private static final int SEQUENTIAL = 10;

	private static final int CONCURRENT_CLIENTS = 6;

	/** The concurrent phase ends with a kill as soon as this many more have been acknowledged. */
	private static final int KILL_AFTER = 40;

	private static final List<String> ANSWERS = List.of("""
			{"ageBand":"AGE_40_59","sex":"FEMALE","side":"RIGHT","locations":["OUTER_HIP"],"qualities":["ACHING"],
			 "severity":5,"duration":"WEEKS_1_6","onset":"GRADUAL","pattern":"CONSTANT","course":"SAME",
			 "aggravators":["LYING_ON_SIDE","STAIRS","SINGLE_LEG_STANCE"],"symptoms":["TENDER_OUTER_HIP_BONE"]}
			""", """
			{"ageBand":"AGE_18_39","locations":["WHOLE_BUTTOCK"],"severity":4,"duration":"DAYS_1_3",
			 "onset":"AFTER_WORKOUT","course":"IMPROVING","context":["NEW_OR_HARDER_WORKOUT"]}
			""", """
			{"ageBand":"AGE_60_PLUS","locations":["BACK_OF_THIGH","BELOW_KNEE"],"redFlags":["COLD_PALE_LEG"]}
			""", """
			{"locations":["CENTER_BUTTOCK","BACK_OF_THIGH"],"qualities":["BURNING","TINGLING"],"onset":"AFTER_SITTING",
			 "aggravators":["SITTING"],"context":["SITS_MOST_OF_DAY"]}
			""");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path folder;

	@Test
	void everyAcknowledgedAssessmentSurvivesAKillDashNine() throws Exception {
		Path data = Files.createDirectory(folder.resolve("data"));
		Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
		long concurrentMillis;

		try (AppProcess app = AppProcess.start(data, folder.resolve("first-run.log"), http)) {
			for (int i = 0; i < SEQUENTIAL; i++) {
				HttpResponse<String> response = post(app, ANSWERS.get(i % ANSWERS.size()));
				assertThat(response.statusCode()).as(app.logTail()).isEqualTo(201);
				remember(response, acknowledged);
			}
			int before = acknowledged.size();
			long concurrentStart = System.nanoTime();
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
			try {
				List<Future<?>> running = new ArrayList<>();
				for (int client = 0; client < CONCURRENT_CLIENTS; client++) {
					int offset = client;
					running.add(clients.submit(() -> {
						for (int i = offset; !killed.get(); i++) {
							HttpResponse<String> response;
							try {
								response = post(app, ANSWERS.get(i % ANSWERS.size()));
							}
							catch (IOException lostWithTheProcess) {
								return null;
							}
							assertThat(response.statusCode()).isEqualTo(201);
							remember(response, acknowledged);
							if (acknowledged.size() >= before + KILL_AFTER && killed.compareAndSet(false, true)) {
								app.kill();
							}
						}
						return null;
					}));
				}
				for (Future<?> client : running) {
					client.get();
				}
			}
			finally {
				clients.shutdownNow();
			}
			concurrentMillis = (System.nanoTime() - concurrentStart) / 1_000_000;
			assertThat(app.awaitExit(Duration.ofSeconds(10))).as("exit status: killed by SIGKILL").isEqualTo(137);
		}

		try (AppProcess app = AppProcess.start(data, folder.resolve("second-run.log"), http)) {
			List<String> lost = new ArrayList<>();
			for (Map.Entry<String, JsonNode> saved : acknowledged.entrySet()) {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(app.uri("/api/v1/assessments/" + saved.getKey())).GET().build(),
						BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					assertThat(json.readTree(response.body())).isEqualTo(saved.getValue());
				}
				else {
					lost.add(saved.getKey() + " (" + response.statusCode() + ")");
				}
			}
			log.info("Crash test: {} assessments acknowledged ({} one by one, then {} from {} concurrent clients in {} ms"
					+ " until the kill), {} read back after kill -9 and restart", acknowledged.size(), SEQUENTIAL,
					acknowledged.size() - SEQUENTIAL, CONCURRENT_CLIENTS, concurrentMillis,
					acknowledged.size() - lost.size());
			assertThat(lost).as("acknowledged, then lost in the crash: %d of %d", lost.size(), acknowledged.size())
				.isEmpty();
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SEQUENTIAL + KILL_AFTER);
		}
	}

	private HttpResponse<String> post(AppProcess app, String answers) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(20))
			.POST(BodyPublishers.ofString(answers))
			.build();
		try {
			return http.send(request, BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private void remember(HttpResponse<String> created, Map<String, JsonNode> acknowledged) {
		JsonNode body = json.readTree(created.body());
		acknowledged.put(body.get("reference").asString(), body);
	}

}
