package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glutecheck.answers.Course;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.FollowUp;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Check-ins ("how is it now?") through the running application's real pages over HTTP, with the
 * live rulebook and database: a result made by the questionnaire, then checked in on from its own
 * page; what the check-in saves and how the result reads after it; an emergency at a check-in;
 * the same check-in sent twice; hostile input; and "Start again" ending a check-in.
 */
@ServedSite
class CheckInOverHttpTest {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private static final Pattern REFERENCE = Pattern.compile("<p class=\"reference-code\">([^<]+)</p>");

	/** Sore a day after a new workout, everywhere in the buttock: self-care. */
	private static final String[] DOMS = { "noWarningSigns", "true", "locations", "WHOLE_BUTTOCK", "side", "BOTH",
			"severity", "4", "duration", "DAYS_1_3", "onset", "AFTER_WORKOUT", "context", "NEW_OR_HARDER_WORKOUT" };

	@LocalServerPort
	private int port;

	@Autowired
	private AssessmentService assessments;

	/** A browser: keeps its cookies, follows the redirect that answers each form. */
	private HttpClient browser;

	/** The same browser, looking at each answer itself. */
	private HttpClient noFollow;

	private String csrf;

	record Page(int status, String address, String body, List<String> cookies, String cacheControl) {

		String hidden(String name) {
			Matcher m = HIDDEN.matcher(body);
			while (m.find()) {
				if (m.group(1).equals(name)) {
					return m.group(2);
				}
			}
			throw new AssertionError("No hidden field " + name + " in " + address);
		}

		String reference() {
			Matcher m = REFERENCE.matcher(body);
			assertThat(m.find()).as("a reference code on %s", address).isTrue();
			return m.group(1);
		}

	}

	@BeforeEach
	void aNewPerson() {
		CookieManager cookies = new CookieManager();
		browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
		noFollow = HttpClient.newBuilder().cookieHandler(cookies).build();
		csrf = send(browser, get("/")).hidden("_csrf");
	}

	/** A result made through the questionnaire's pages: its reference. */
	private String aResult() {
		return aResult(DOMS);
	}

	private String aResult(String... answers) {
		String run = send(browser, post("/check/start")).hidden("run");
		List<String> form = new ArrayList<>(List.of("run", run));
		form.addAll(List.of(answers));
		Page result = send(browser, post("/check/about-you", form.toArray(String[]::new)));
		assertThat(result.body()).contains("Your result");
		return result.reference();
	}

	/** "How is it now?" on the result's own page: the check-in's first page. */
	private Page checkInFrom(String reference) {
		Page result = send(browser, get("/results/" + reference));
		assertThat(result.body()).contains("<form method=\"post\" action=\"/check-in\"");
		return send(browser, post("/check-in", "code", reference));
	}

	@Test
	void aCheckInThroughThePagesIsSavedOnceAndTheResultReadsWithIt() {
		String reference = aResult();
		Page warningSigns = checkInFrom(reference);
		assertThat(warningSigns.address()).endsWith("/check-in/warning-signs");
		assertThat(warningSigns.body()).contains("First, do you have any of these warning signs now?", reference);
		String run = warningSigns.hidden("run");

		Page now = send(browser, post("/check-in/warning-signs", "run", run, "noWarningSigns", "true"));
		assertThat(now.address()).endsWith("/check-in/now");
		String[] finished = { "run", run, "noWarningSigns", "true", "course", "WORSENING", "severity", "7" };
		Page result = send(browser, post("/check-in/now", finished));

		assertThat(result.address()).endsWith("/check-in/result");
		assertThat(result.reference()).isEqualTo(reference);
		assertThat(result.body()).contains("Thank you: your check-in is saved", "triage-SOON",
				"A check-in raised the level of this result",
				"The pain is worse than when you first answered", "<svg class=\"pain-chart-svg\" role=\"img\"",
				"Worst pain, better or worse, and level, each time you answered");
		Page again = send(noFollow, post("/check-in/now", finished));
		assertThat(again.status()).isEqualTo(302);

		Assessment saved = assessments.find(reference).orElseThrow();
		assertThat(saved.followUps()).as("sent twice, saved once").singleElement().satisfies(checkIn -> {
			assertThat(checkIn.course()).isEqualTo(Course.WORSENING);
			assertThat(checkIn.severity()).isEqualTo(7);
		});
		assertThat(saved.triage().level()).isEqualTo(TriageLevel.SOON);
		assertThat(send(browser, get("/results/" + reference)).body()).contains("Check-in on ", "Getting worse",
				"7 out of 10");
		for (Page page : List.of(warningSigns, now, result)) {
			assertThat(page.cacheControl()).as("%s is never stored", page.address()).isEqualTo("no-store");
			assertThat(page.cookies()).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
	}

	@Test
	void anEmergencyWarningSignAtACheckInIsSavedAtOnceAndShowsTheEmergencyPage() {
		String reference = aResult();
		String run = checkInFrom(reference).hidden("run");

		Page emergency = send(browser, post("/check-in/warning-signs", "run", run, "redFlags", "SADDLE_NUMBNESS"));

		assertThat(emergency.address()).endsWith("/check-in/emergency");
		assertThat(emergency.body()).contains("Get emergency help now", reference,
				"Your check-in is saved with your result under this code");
		Assessment saved = assessments.find(reference).orElseThrow();
		assertThat(saved.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(saved.followUps()).singleElement().satisfies(checkIn -> {
			assertThat(checkIn.redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS);
			assertThat(checkIn.course()).as("the other questions were never asked").isNull();
		});
		assertThat(send(browser, get("/results/" + reference)).body()).contains("triage-EMERGENCY",
				"Not asked: the check-in stopped at the warning signs");
	}

	@Test
	void aWarningSignIsAnEmergencyWithAFeverReportedBefore() {
		List<String> withAFever = new ArrayList<>(List.of(DOMS));
		withAFever.set(0, "redFlags");
		withAFever.set(1, "FEVER");
		String fever = aResult(withAFever.toArray(String[]::new));
		String run = checkInFrom(fever).hidden("run");

		Page emergency = send(browser, post("/check-in/warning-signs", "run", run, "redFlags", "PROGRESSIVE_WEAKNESS"));

		assertThat(emergency.address()).endsWith("/check-in/emergency");
		assertThat(emergency.body()).contains("Get emergency help now", fever);
		assertThat(assessments.find(fever).orElseThrow().triage().level()).isEqualTo(TriageLevel.EMERGENCY);

		String withoutAFever = aResult();
		Page onTheWay = send(browser, post("/check-in/warning-signs", "run", checkInFrom(withoutAFever).hidden("run"),
				"redFlags", "PROGRESSIVE_WEAKNESS"));
		assertThat(onTheWay.address()).as("worsening weakness alone goes on to the questions").endsWith("/check-in/now");
	}

	@Test
	void valuesNoPageSendsGetAClearMessageAnd400AndNothingIsSaved() {
		String reference = aResult();
		String run = checkInFrom(reference).hidden("run");
		send(browser, post("/check-in/warning-signs", "run", run, "noWarningSigns", "true"));

		for (String severity : List.of("999", "-1", "seven")) {
			Page refused = send(browser, post("/check-in/now", "run", run, "noWarningSigns", "true", "course", "SAME",
					"severity", severity));
			assertThat(refused.status()).as("severity %s", severity).isEqualTo(400);
			assertThat(refused.body()).contains("Choose how bad the pain is, from 0 to 10", "How is the pain now?");
		}
		Page twice = send(browser, post("/check-in/now", "run", run, "noWarningSigns", "true", "course", "SAME",
				"severity", "3", "severity", "8"));
		assertThat(twice.status()).isEqualTo(400);
		Page indexed = send(browser, post("/check-in/now", "run", run, "noWarningSigns", "true", "course", "SAME",
				"severity", "3", "redFlags[0]", "FEVER"));
		assertThat(indexed.status()).isEqualTo(400);
		assertThat(indexed.body()).contains("The request could not be understood").doesNotContain("Exception");

		assertThat(assessments.find(reference).orElseThrow().followUps()).isEmpty();
	}

	@Test
	void anUnknownCodeTypedOnTheStartPageIsNotFound() {
		Page start = send(browser, get("/"));
		assertThat(start.body()).contains("<form method=\"post\" action=\"/check-in\"");
		Page unknown = send(browser, post("/check-in", "code", "AAAA-BBBB-CCCC"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("No result has that code", "value=\"AAAA-BBBB-CCCC\"");
	}

	@Test
	void startAgainEndsTheCheckInSoBackShowsNothingOfIt() {
		String reference = aResult();
		String run = checkInFrom(reference).hidden("run");
		send(browser, post("/check-in/now", "run", run, "noWarningSigns", "true", "course", "IMPROVING", "severity", "2"));

		assertThat(send(browser, get("/start-again")).body()).contains("Everything was cleared");

		Page back = send(browser, get("/check-in/result"));
		assertThat(back.address()).as("the check-in is gone").doesNotContain("/check-in/");
		assertThat(back.body()).doesNotContain(reference);
		Page resent = send(noFollow, post("/check-in/now", "run", run, "noWarningSigns", "true", "course", "IMPROVING",
				"severity", "2"));
		assertThat(resent.status()).isEqualTo(302);
		assertThat(assessments.find(reference).orElseThrow().followUps()).extracting(FollowUp::course)
			.containsExactly(Course.IMPROVING);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
	}

	private HttpRequest post(String path, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(csrf);
		for (int i = 0; i < fields.length; i += 2) {
			body.append('&').append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	private static Page send(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.uri().toString(), response.body(),
					response.headers().allValues("Set-Cookie"), response.headers().firstValue("Cache-Control").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
