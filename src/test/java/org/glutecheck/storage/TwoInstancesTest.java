package org.glutecheck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glutecheck.GluteCheckApplication;
import org.glutecheck.assessment.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the app on one PostgreSQL database, set up as docs/deployment.md says (the
 * "postgres" profile, the connection in GLUTECHECK_DB_*, one shared form secret) behind a load
 * balancer that may send each request to either: whatever one instance saved or counted, the other
 * knows. Each instance is an application context of its own, with its own web server, connection
 * pool and memory, in this JVM (two processes would prove the same, at twice the start-up time).
 * Every test comes from a client address of its own, passed on as a TLS proxy does, since sign-in
 * and lookups are counted per address.
 */
class TwoInstancesTest {

	private static final Logger log = LoggerFactory.getLogger(TwoInstancesTest.class);

	private static final String ANSWERS = """
			{"ageBand":"AGE_40_59","sex":"FEMALE","side":"RIGHT","locations":["OUTER_HIP"],"qualities":["ACHING"],
			 "severity":5,"duration":"WEEKS_1_6","onset":"GRADUAL","pattern":"CONSTANT","course":"SAME",
			 "aggravators":["LYING_ON_SIDE","STAIRS","SINGLE_LEG_STANCE"],"symptoms":["TENDER_OUTER_HIP_BONE"]}
			""";

	private static final String EMERGENCY = """
			{"locations":["CENTER_BUTTOCK","BACK_OF_THIGH"],"side":"LEFT","severity":8,"redFlags":["SADDLE_NUMBNESS"]}
			""";

	private static final String STAFF = "twin.desk";

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static String url;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void twoInstancesOnOneDatabase() throws SQLException {
		assumeTrue(TestPostgres.available(), "No PostgreSQL here: the bundled binaries are for Linux x86-64 only; set "
				+ TestPostgres.URL_VARIABLE + " to a throwaway database to run this test");
		TestPostgres.Connection server = TestPostgres.connection();
		// A schema of its own, so that the two instances start on an empty database and migrate it.
		String schema = "twin" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = connect(server.url())) {
			connection.createStatement().execute("create schema " + schema);
		}
		url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
		long started = System.nanoTime();
		a = start("a");
		b = start("b");
		log.info("Two instances on one PostgreSQL started in {} ms", (System.nanoTime() - started) / 1_000_000);
		// A staff account as the staff command makes it: a row in the shared table, known to both.
		try (Connection connection = connect(url); var insert = connection.prepareStatement(
				"insert into staff_account (username, password_hash, created_at, enabled) values (?, ?, current_timestamp, true)")) {
			insert.setString(1, STAFF);
			insert.setString(2, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
			insert.executeUpdate();
		}
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void anAssessmentSavedThroughOneIsReadThroughTheOther() throws Exception {
		Client client = new Client("192.0.2.10");
		HttpResponse<String> created = client.send(client.request(a, "/api/v1/assessments")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(BodyPublishers.ofString(ANSWERS)));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode saved = json.readTree(created.body());
		String reference = saved.get("reference").asString();

		HttpResponse<String> read = client.get(b, "/api/v1/assessments/" + reference, "application/json");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json.readTree(read.body())).isEqualTo(saved);
		HttpResponse<String> page = client.get(b, "/results/" + reference, "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(reference);
	}

	@Test
	void aStaffSessionMadeOnOneWorksOnTheOther() throws Exception {
		Client browser = new Client("192.0.2.20");
		HttpResponse<String> signInPage = browser.get(a, "/desk/sign-in", "text/html");
		assertThat(signInPage.statusCode()).isEqualTo(200);
		HttpResponse<String> signedIn = browser.post(a, "/desk/sign-in", token(signInPage), "username", STAFF,
				"password", PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/desk");
		String session = signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie after signing in: " + signedIn.headers()));

		// Only the session cookie made on A, sent to B: B knows the member of staff.
		Client sessionOnly = new Client("192.0.2.20");
		HttpResponse<String> deskOnB = sessionOnly
			.send(sessionOnly.request(b, "/desk").header("Accept", "text/html").header("Cookie", session).GET());
		assertThat(deskOnB.statusCode()).isEqualTo(200);
		assertThat(deskOnB.body()).contains("/desk/sign-out");
		Client stranger = new Client("192.0.2.21");
		assertThat(stranger.get(b, "/desk", "text/html").statusCode()).as("no session, no desk").isEqualTo(302);

		// Signing out on B ends the session on A too.
		HttpResponse<String> deskPage = browser.get(b, "/desk", "text/html");
		assertThat(deskPage.statusCode()).isEqualTo(200);
		HttpResponse<String> signedOut = browser.post(b, "/desk/sign-out", token(deskPage));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		HttpResponse<String> afterwards = sessionOnly
			.send(sessionOnly.request(a, "/desk").header("Accept", "text/html").header("Cookie", session).GET());
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location")).hasValue("/desk/sign-in");
	}

	@Test
	void wrongPasswordsSpreadOverBothReachThePause() throws Exception {
		Client guesser = new Client("198.51.100.7");
		// The fifth wrong password in a row pauses sign-in from this address: four spread over A and B...
		for (ConfigurableApplicationContext instance : List.of(a, b, a, b)) {
			assertThat(signIn(guesser, instance, "not the password")).hasValue("/desk/sign-in?error");
		}
		// ...and the fifth on A, which has seen only two of them, pauses it.
		assertThat(signIn(guesser, a, "not the password")).hasValue("/desk/sign-in?wait=1");
		// Now even the right password is refused on either, without being checked.
		assertThat(signIn(guesser, b, PASSWORD)).hasValue("/desk/sign-in?wait=1");
		assertThat(signIn(guesser, a, PASSWORD)).hasValue("/desk/sign-in?wait=1");
	}

	@Test
	void anEmergencySavedThroughOneAlertsTheDeskOnTheOtherUntilItsOwnerDeletesIt() throws Exception {
		Client person = new Client("192.0.2.30");
		HttpResponse<String> created = person.send(person.request(a, "/api/v1/assessments")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(BodyPublishers.ofString(EMERGENCY)));
		assertThat(created.statusCode()).isEqualTo(201);
		String reference = json.readTree(created.body()).get("reference").asString();

		// The alert is raised just after the save, by the instance that saved it; both desks show it.
		Client desk = new Client("192.0.2.31");
		assertThat(signIn(desk, b, PASSWORD)).hasValue("/desk");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> desk.get(b, "/desk/updates", "application/json").body().contains(reference));
		assertThat(desk.get(a, "/desk", "text/html").body()).contains("data-alert=\"" + reference + "\"");

		// "Delete my result" on the other instance takes the alert with it.
		HttpResponse<String> result = person.get(b, "/results/" + reference, "text/html");
		HttpResponse<String> deleted = person.post(b, "/results/" + reference, token(result), "delete", "yes");
		assertThat(deleted.headers().firstValue("Location")).hasValue("/deleted");
		assertThat(desk.get(a, "/desk/updates", "application/json").body()).doesNotContain(reference);
		assertThat(count("select count(*) from desk_alert where reference = ?", reference)).isZero();
		await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from event_publication") == 0);
	}

	private static long count(String query, String... parameters) throws SQLException {
		try (Connection connection = connect(url); var statement = connection.prepareStatement(query)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (var rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Signs in from the sign-in page of that instance; where it was sent next. */
	private static Optional<String> signIn(Client client, ConfigurableApplicationContext instance, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> page = client.get(instance, "/desk/sign-in", "text/html");
		HttpResponse<String> answer = client.post(instance, "/desk/sign-in", token(page), "username", STAFF, "password",
				password);
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location");
	}

	@Test
	void lookupMissesSpreadOverBothMeetTheLimit() throws Exception {
		Client guesser = new Client("198.51.100.9");
		int limit = a.getEnvironment().getRequiredProperty("glutecheck.lookup-throttle.max-misses", Integer.class);
		// The limit's worth of misses, alternately on A and B: half of it on each.
		for (int i = 0; i < limit; i++) {
			ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
			String path = (i % 4 < 2 ? "/api/v1/assessments/" : "/results/") + "ZZZZ-ZZZZ-" + String.format("%04d", i);
			assertThat(guesser.get(instance, path, "application/json").statusCode()).as("miss %d", i).isEqualTo(404);
		}
		for (ConfigurableApplicationContext instance : List.of(a, b)) {
			HttpResponse<String> refused = guesser.get(instance, "/api/v1/assessments/ZZZZ-ZZZZ-9999", "application/json");
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		}
		assertThat(new Client("198.51.100.10").get(b, "/api/v1/assessments/ZZZZ-ZZZZ-9999", "application/json")
			.statusCode()).as("another client is not held back").isEqualTo(404);
	}

	private static ConfigurableApplicationContext start(String name) {
		List<String> settings = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--GLUTECHECK_DB_URL=" + url, "--GLUTECHECK_DB_USER=" + TestPostgres.connection().user(),
				"--GLUTECHECK_DB_PASSWORD=" + TestPostgres.connection().password(),
				"--glutecheck.form-secret=two-instances-form-secret-0123456789abcdef",
				// The build gives every test an in-memory H2 URL as a system property; the profile's own line again.
				"--spring.datasource.url=${GLUTECHECK_DB_URL}",
				"--spring.datasource.hikari.pool-name=instance-" + name,
				// Behind a TLS proxy on loopback, which passes on each client's address.
				"--server.forward-headers-strategy=native", "--server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1",
				"--spring.main.banner-mode=off", "--glutecheck.retention.cron=-"));
		return new SpringApplicationBuilder(GluteCheckApplication.class).main(GluteCheckApplication.class)
			.profiles("postgres")
			.run(settings.toArray(String[]::new));
	}

	private static Connection connect(String jdbcUrl) throws SQLException {
		return DriverManager.getConnection(jdbcUrl, TestPostgres.connection().user(), TestPostgres.connection().password());
	}

	private static String token(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page.uri());
		}
		return token.group(1);
	}

	/**
	 * A browser or API client behind the load balancer: one origin for both instances (its cookies go
	 * to either), its address passed on by the proxy in X-Forwarded-For.
	 */
	private static final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final String address;

		Client(String address) {
			this.address = address;
		}

		HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
			String port = instance.getEnvironment().getRequiredProperty("local.server.port");
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(30))
				.header("X-Forwarded-For", address);
		}

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String accept)
				throws IOException, InterruptedException {
			return send(request(instance, path).header("Accept", accept).GET());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String csrf, String... fields)
				throws IOException, InterruptedException {
			StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf));
			for (int i = 0; i < fields.length; i += 2) {
				body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
			}
			return send(request(instance, path).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(BodyPublishers.ofString(body.toString())));
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			return http.send(request.build(), BodyHandlers.ofString());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
