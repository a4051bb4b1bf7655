package org.glutecheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecheck.security.Site.sessionCookies;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions as the real server makes them: never for a visitor (public pages, the sign-in page, a
 * failed sign-in), and for someone who signs in a cookie named JSESSIONID that is HttpOnly,
 * SameSite=Strict, and Secure when the TLS proxy says the visit came over HTTPS.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { Site.BEHIND_A_PROXY_ON_LOOPBACK,
		Site.THE_PROXY_IS_LOOPBACK })
class SessionCookieTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void visitorsNeverGetASession() throws Exception {
		Site visitor = new Site(port, "10.2.0.1");
		assertThat(sessionCookies(visitor.get("/", "text/html"))).isEmpty();
		HttpResponse<String> start = visitor.get("/", "text/html");
		assertThat(sessionCookies(visitor.post("/check/start", start, Map.of()))).isEmpty();
		assertThat(sessionCookies(visitor.get("/desk", "text/html"))).isEmpty();
		HttpResponse<String> signIn = visitor.get("/desk/sign-in", "text/html");
		assertThat(sessionCookies(signIn)).isEmpty();
		HttpResponse<String> failed = visitor.post("/desk/sign-in", signIn,
				Map.of("username", "nobody", "password", "wrong password"));
		assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
		assertThat(sessionCookies(failed)).isEmpty();
	}

	@Test
	void signingInMakesAnHttpOnlySameSiteSessionCookie() throws Exception {
		Staff.account(jdbc, "carol", "carol's long password");
		Site carol = new Site(port, "10.2.0.2");
		HttpResponse<String> signedIn = carol.post("/desk/sign-in", carol.get("/desk/sign-in", "text/html"),
				Map.of("username", "carol", "password", "carol's long password"));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
		assertThat(sessionCookies(signedIn)).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("HttpOnly", "SameSite=Strict")
				.doesNotContain("Secure"));
		assertThat(carol.get("/desk", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void behindATlsProxyTheCookiesAreSecure() throws Exception {
		Staff.account(jdbc, "dave", "dave's long password");
		Site dave = new Site(port, "10.2.0.3");
		HttpResponse<String> page = dave.send(dave.request("/desk/sign-in").header("X-Forwarded-Proto", "https"));
		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=")
			.contains("Secure", "HttpOnly"));
		HttpResponse<String> signedIn = dave.send(dave.request("/desk/sign-in")
			.header("X-Forwarded-Proto", "https")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0])
			.POST(BodyPublishers.ofString("username=dave&password=dave%27s+long+password&_csrf="
					+ URLEncoder.encode(Site.token(page), StandardCharsets.UTF_8))));
		assertThat(sessionCookies(signedIn)).singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Strict"));
	}

}
