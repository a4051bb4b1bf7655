package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's own device after the questionnaire: the privacy page, opening a result by its code,
 * copying its link (the button comes with JavaScript; the link is there as text without), and
 * deleting it, after which its code finds nothing. Every page passes axe-core and is photographed.
 */
@ServedSite
class KeepAndDeleteBrowserTest {

	private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([0-9A-Z-]{14})\"");

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserPair browsers = new BrowserPair();

	private Visitor visitor(boolean javascript, String photographAs) {
		return browsers.visitor(port, javascript, photographAs);
	}

	@Test
	void thePrivacyPageSaysHowLongAnswersAreKeptAndWhoSeesThem() {
		Visitor person = visitor(true, "privacy").open("/");
		person.press("What we keep, for how long, and who sees it");
		assertThat(person.heading()).isEqualTo("Your answers and your privacy");
		assertThat(person.text("main")).contains("For 30 days.", "the clinic's staff see every assessment");
		assertThat(person.text("footer")).contains("for 30 days, then deleted");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aResultOpenedByItsCodeCanBeCopiedAndDeleted(boolean javascript) throws Exception {
		String code = savedResult();
		Visitor person = visitor(javascript, javascript ? "keep" : null)
			.photographOnly("start", "result", "delete", "deleted", "no-result")
			.open("/");
		person.driver().findElement(By.id("code")).sendKeys(code.toLowerCase().replace("-", " "));
		person.press("Open my result");
		assertThat(person.heading()).isEqualTo("Your result");
		assertThat(person.text("#result-link")).isEqualTo(origin() + "/results/" + code);
		copyLink(person, javascript);

		person.press("Delete my result");
		assertThat(person.heading()).isEqualTo("Delete this result?");
		assertThat(person.text("main")).contains(code);
		person.press("Yes, delete my result");
		assertThat(person.heading()).isEqualTo("Your result was deleted");

		person.open("/results/" + code);
		assertThat(person.heading()).isEqualTo("No result has that code");
		assertThat(person.text("main")).contains("Check the code for typos", "deleted 30 days after");
	}

	@Test
	void startAgainWithoutJavaScriptAsksOnAPage() throws Exception {
		Visitor person = visitor(false, null).open("/results/" + savedResult());
		person.press("Start again");
		assertThat(person.heading()).isEqualTo("Clear your answers and start again?");
		person.press("Yes, clear everything and start again");
		assertThat(person.text(".notice")).contains("Everything was cleared");
	}

	private static void copyLink(Visitor person, boolean javascript) {
		WebElement copy = person.driver().findElement(By.cssSelector("[data-copy]"));
		assertThat(copy.isDisplayed()).as("the copy button only with JavaScript").isEqualTo(javascript);
		if (javascript) {
			copy.click();
			new WebDriverWait(person.driver(), Duration.ofSeconds(5))
				.until(d -> !d.findElement(By.cssSelector("[data-copy-status]")).getText().isEmpty());
			assertThat(person.text("[data-copy-status]")).isIn("Link copied.",
					"The link is selected: copy it with your device's copy command.");
		}
	}

	/** A result saved through the API, as the questionnaire would. */
	private String savedResult() throws Exception {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(origin() + "/api/v1/assessments"))
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString("{\"locations\":[\"OUTER_HIP\"],\"side\":\"RIGHT\",\"severity\":5,"
						+ "\"duration\":\"WEEKS_1_6\",\"onset\":\"GRADUAL\",\"aggravators\":[\"LYING_ON_SIDE\"]}"))
				.build(), BodyHandlers.ofString())
			.body();
		Matcher reference = REFERENCE.matcher(body);
		assertThat(reference.find()).as("a reference in %s", body).isTrue();
		return reference.group(1);
	}

	private String origin() {
		return "http://localhost:" + port;
	}

}
