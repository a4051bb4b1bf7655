package org.glutecheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecheck.security.Staff.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who gets in: the staff pages and the actuator only after a sign-in, every form only with its
 * CSRF token, and password guessing paused after five wrong passwords in a row. (Whether a session
 * is made is checked over real HTTP, in SessionCookieTest: MockMvc's CSRF support keeps its token
 * in a session of its own.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffAccessTest {

	private static final String PASSWORD = "a long staff password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		Staff.account(jdbc, "alice", PASSWORD);
		Staff.account(jdbc, "bob", PASSWORD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/desk", "/desk/", "/desk/assessments/K7QM-2XD9-4TRB", "/desk/export",
			"/desk/export.csv?from=2026-11-01&to=2026-11-02", "/desk/updates" })
	void aBrowserNotSignedInIsSentToTheSignInPage(String page) throws Exception {
		mvc.perform(get(page).accept(MediaType.TEXT_HTML).with(from("10.0.1.1")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/desk/sign-in"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "text/csv", "*/*" })
	void anythingButABrowserNotSignedInGets401(String accept) throws Exception {
		for (String address : List.of("/desk/updates", "/desk/export.csv?from=2026-11-01&to=2026-11-02", "/desk",
				"/desk/assessments/K7QM-2XD9-4TRB", "/actuator/metrics", "/actuator")) {
			mvc.perform(get(address).header("Accept", accept)).andExpect(status().isUnauthorized());
		}
	}

	@Test
	void onlyHealthAndInfoOfTheActuatorAreOpen() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics").with(user("alice").roles("STAFF"))).andExpect(status().isOk());
	}

	@Test
	void staffFormsRefuseAPostWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/desk/sign-in").param("username", "alice").param("password", PASSWORD).with(from("10.0.1.2")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/desk/sign-out").with(user("alice").roles("STAFF"))).andExpect(status().isForbidden());
		mvc.perform(post("/desk/assessments/K7QM-2XD9-4TRB/seen").with(user("alice").roles("STAFF")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/desk/assessments/K7QM-2XD9-4TRB/seen").with(user("alice").roles("STAFF")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void publicFormsRefuseAPostWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/check/start")).andExpect(status().isForbidden());
		mvc.perform(post("/check/warning-signs").param("noWarningSigns", "true").param("go", "next"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/check/start").with(csrf())).andExpect(status().isFound());
	}

	@Test
	void fiveWrongPasswordsInARowPauseThatUsernameFromThatAddressOnly() throws Exception {
		for (int attempt = 1; attempt < 5; attempt++) {
			signIn("bob", "wrong " + attempt, "10.0.2.1").andExpect(redirectedUrl("/desk/sign-in?error"));
		}
		signIn("bob", "wrong 5", "10.0.2.1").andExpect(redirectedUrl("/desk/sign-in?wait=1"));
		// Refused now even with the right password, from there...
		signIn("bob", PASSWORD, "10.0.2.1").andExpect(redirectedUrl("/desk/sign-in?wait=1"));
		mvc.perform(get("/desk/sign-in?wait=1"))
			.andExpect(content().string(containsString(
					"too many wrong passwords in a row, so signing in is paused. Try again in 1 minute.")));
		// ...but whoever guessed cannot keep bob out from anywhere else.
		signIn("bob", PASSWORD, "10.0.2.2").andExpect(redirectedUrl("/desk"));
	}

	@Test
	void guessesAtOneUsernameFromManyAddressesPauseItExceptWhereItSignedInBefore() throws Exception {
		Staff.account(jdbc, "dora", PASSWORD);
		signIn("dora", PASSWORD, "10.0.6.1").andExpect(redirectedUrl("/desk"));
		for (int address = 0; address < 20; address++) {
			signIn("dora", "a guess", "10.0.7." + address).andExpect(status().isFound());
		}
		signIn("dora", PASSWORD, "10.0.8.1").andExpect(redirectedUrl("/desk/sign-in?wait=3"));
		signIn("dora", PASSWORD, "10.0.6.1").andExpect(redirectedUrl("/desk"));
	}

	@Test
	void fiveWrongPasswordsInARowFromOneAddressPauseSignInFromIt() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn("nobody" + attempt, "guess", "10.0.3.1");
		}
		signIn("alice", PASSWORD, "10.0.3.1").andExpect(redirectedUrl("/desk/sign-in?wait=1"));
		signIn("alice", PASSWORD, "10.0.3.2").andExpect(redirectedUrl("/desk"));
	}

	@Test
	void aCorrectPasswordEndsTheCount() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn("alice", "wrong", "10.0.4.1");
		}
		signIn("alice", PASSWORD, "10.0.4.1").andExpect(redirectedUrl("/desk"));
		signIn("alice", "wrong again", "10.0.4.1").andExpect(redirectedUrl("/desk/sign-in?error"));
	}

	@Test
	void aSessionServesTheDeskUntilSignOut() throws Exception {
		Cookie session = sessionCookie(signIn("alice", PASSWORD, "10.0.5.1").andReturn());
		mvc.perform(get("/desk").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		mvc.perform(post("/desk/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/desk/sign-in?signed-out"));
		mvc.perform(get("/desk").cookie(session).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/desk/sign-in"));
	}

	/**
	 * The session cookie a sign-in set. Without a web server (MockMvc) Spring Boot leaves Spring
	 * Session's cookie as it comes, named SESSION; the server's cookie is checked in SessionCookieTest.
	 */
	private static Cookie sessionCookie(MvcResult signedIn) {
		String header = signedIn.getResponse()
			.getHeaders("Set-Cookie")
			.stream()
			.filter(StaffAccessTest::isSession)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
		String pair = header.substring(0, header.indexOf(';'));
		return new Cookie(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
	}

	private static boolean isSession(String setCookie) {
		return setCookie.startsWith("JSESSIONID=") || setCookie.startsWith("SESSION=");
	}

	private ResultActions signIn(String username, String password, String address)
			throws Exception {
		return mvc.perform(post("/desk/sign-in").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

}
