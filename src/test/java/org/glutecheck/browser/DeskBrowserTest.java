package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glutecheck.assessment.FollowUpAdded;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member of clinic staff at the desk on a tablet (1024x768): signs in, watches a client's new
 * assessment appear without touching anything, opens it and marks it seen; an emergency raises an
 * alert, and so does a check-in that raised an assessment already seen. The sign-in page, the list
 * and the detail page pass axe-core and are photographed as desk-*.png.
 */
@ServedSite
class DeskBrowserTest {

	private static final String PASSWORD = "the desk's long password";

	private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([0-9A-Z-]{14})\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationEventPublisher events;

	private static ChromeDriver browser;

	/** Runs before the application starts, so a machine without Chromium skips at once. */
	@BeforeAll
	static void startBrowser() {
		Chromium.assumeInstalled();
		browser = Chromium.start(true);
		PageCheck.resize(browser, PageCheck.Screen.TABLET);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void staffSeeANewAssessmentArriveOpenItAndMarkItSeen() throws Exception {
		staffAccount("nurse");
		clientAssessment("{\"locations\":[\"OUTER_HIP\"],\"side\":\"RIGHT\",\"severity\":5,\"duration\":\"WEEKS_1_6\","
				+ "\"onset\":\"GRADUAL\",\"aggravators\":[\"LYING_ON_SIDE\",\"STAIRS\"],"
				+ "\"symptoms\":[\"TENDER_OUTER_HIP_BONE\"]}");
		browser.get(origin() + "/desk");
		assertThat(browser.getCurrentUrl()).endsWith("/desk/sign-in");
		check("desk-sign-in");

		browser.findElement(By.id("username")).sendKeys("nurse");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor("the desk list", () -> browser.getCurrentUrl().endsWith("/desk"));
		Object listLoaded = browser.executeScript("return performance.timeOrigin");

		// While the list is open, a client with saddle numbness: an emergency.
		String reference = clientAssessment("{\"locations\":[\"CENTER_BUTTOCK\",\"BACK_OF_THIGH\"],"
				+ "\"side\":\"LEFT\",\"severity\":8,\"redFlags\":[\"SADDLE_NUMBNESS\"]}");
		By row = By.cssSelector("tr[data-reference='" + reference + "']");
		waitFor("the new assessment on the list", () -> !browser.findElements(row).isEmpty());
		assertThat(browser.executeScript("return performance.timeOrigin")).as("no reload").isEqualTo(listLoaded);
		assertThat(browser.findElement(row).getAttribute("class")).contains("desk-row-EMERGENCY");
		assertThat(browser.findElement(row).getText()).contains("EMERGENCY", "Not yet");
		check("desk-list");

		browser.findElement(row).findElement(By.tagName("a")).click();
		waitFor("the detail page", () -> browser.getCurrentUrl().endsWith("/desk/assessments/" + reference));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Assessment " + reference);
		check("desk-detail");

		browser.findElement(By.xpath("//button[normalize-space(.)='Mark as seen']")).click();
		waitFor("the seen time", () -> browser.findElements(By.xpath("//button[normalize-space(.)='Mark as seen']"))
			.isEmpty());
		PageCheck.accessible(browser, "desk-detail-seen");
		browser.findElement(By.linkText("Back to today's assessments")).click();
		waitFor("the list again", () -> browser.getCurrentUrl().endsWith("/desk"));
		assertThat(browser.findElement(row).getText()).contains("Seen at");
		PageCheck.quietConsole(browser, "desk-list");
	}

	@Test
	void anEmergencyAtTheWarningSignsRaisesAnAlertUntilSomeoneMarksItSeen() {
		staffAccount("triage");
		signIn(browser, "triage");
		Object listLoaded = browser.executeScript("return performance.timeOrigin");

		// A client on their own phone, scripts off, stops at the warning signs.
		ChromeDriver phone = Chromium.start(false);
		String reference;
		try {
			Visitor client = new Visitor(phone, origin(), false, null, false).start();
			client.tick("redFlags", "BLADDER_BOWEL_LOSS").next();
			assertThat(client.heading()).isEqualTo("Get emergency help now");
			reference = client.text(".reference-code");
		}
		finally {
			phone.quit();
		}

		By alert = By.cssSelector("[data-desk-alerts] li[data-alert='" + reference + "']");
		waitFor("the alert", () -> !browser.findElements(alert).isEmpty());
		assertThat(browser.executeScript("return performance.timeOrigin")).as("no reload").isEqualTo(listLoaded);
		assertThat(browser.getTitle()).matches("\\(\\d+ alerts?\\) Today's assessments - Glute Check");
		assertThat(browser.findElement(alert).getText()).contains("Emergency", reference);
		check("desk-alert");

		// Sound is off until switched on, and the choice is remembered.
		WebElement sound = browser.findElement(By.cssSelector("[data-desk-sound]"));
		assertThat(sound.getDomAttribute("aria-pressed")).isEqualTo("false");
		sound.click();
		browser.navigate().refresh();
		assertThat(browser.findElement(By.cssSelector("[data-desk-sound]")).getDomAttribute("aria-pressed"))
			.isEqualTo("true");
		assertThat(browser.findElement(By.cssSelector("[data-desk-sound]")).getText())
			.isEqualTo("Sound for new alerts: on");

		// Without JavaScript the desk shows the same alert, as the page it reloads by itself.
		ChromeDriver plain = Chromium.start(false);
		try {
			PageCheck.resize(plain, PageCheck.Screen.TABLET);
			signIn(plain, "triage");
			assertThat(plain.getTitle()).startsWith("(").contains("Today's assessments");
			assertThat(plain.findElement(alert).getText()).contains(reference);
			assertThat(plain.findElement(By.cssSelector("[data-desk-sound]")).isDisplayed()).isFalse();
		}
		finally {
			plain.quit();
		}

		browser.findElement(alert).findElement(By.tagName("a")).click();
		waitFor("the detail page", () -> browser.getCurrentUrl().endsWith("/desk/assessments/" + reference));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("stopped at the warning signs",
				"You cannot control your bladder or bowels");
		check("desk-emergency-detail");
		browser.findElement(By.xpath("//button[normalize-space(.)='Mark as seen']")).click();
		waitFor("the seen time", () -> browser.findElements(By.xpath("//button[normalize-space(.)='Mark as seen']"))
			.isEmpty());
		browser.findElement(By.linkText("Back to today's assessments")).click();
		waitFor("the list again", () -> browser.getCurrentUrl().endsWith("/desk"));
		assertThat(browser.findElements(alert)).as("the alert, once seen").isEmpty();
	}

	@Test
	void aCheckInThatRaisesAnAssessmentAlreadySeenAlertsTheDeskAgain() throws Exception {
		staffAccount("recheck");
		// A client's urgent assessment, already seen at the desk.
		String reference = clientAssessment("{\"locations\":[\"OUTER_HIP\"],\"side\":\"RIGHT\",\"severity\":6,"
				+ "\"redFlags\":[\"LEG_SWELLING\"]}");
		signIn(browser, "recheck");
		By alert = By.cssSelector("[data-desk-alerts] li[data-alert='" + reference + "']");
		waitFor("the alert", () -> !browser.findElements(alert).isEmpty());
		browser.get(origin() + "/desk/assessments/" + reference);
		browser.findElement(By.xpath("//button[normalize-space(.)='Mark as seen']")).click();
		waitFor("the seen time", () -> browser.findElements(By.xpath("//button[normalize-space(.)='Mark as seen']"))
			.isEmpty());
		browser.findElement(By.linkText("Back to today's assessments")).click();
		waitFor("no alert", () -> browser.findElements(alert).isEmpty());

		// The person checks in later and it is now an emergency: the assessment module announces it.
		transactions.executeWithoutResult(status -> events.publishEvent(new FollowUpAdded(reference,
				Instant.now(), TriageLevel.URGENT, TriageLevel.EMERGENCY)));

		waitFor("the alert again", () -> !browser.findElements(alert).isEmpty());
		assertThat(browser.findElement(alert).getText()).contains("Emergency", reference, "after a check-in");
		check("desk-alert-check-in");
		browser.findElement(alert).findElement(By.tagName("a")).click();
		waitFor("the detail page", () -> browser.getCurrentUrl().endsWith("/desk/assessments/" + reference));
		assertThat(browser.findElement(By.cssSelector(".desk-alert-again")).getText())
			.isEqualTo("A check-in raised its level again: mark it seen to clear the alert.");
		check("desk-detail-check-in");
		browser.findElement(By.xpath("//button[normalize-space(.)='Mark as seen']")).click();
		waitFor("the seen time", () -> browser.findElements(By.xpath("//button[normalize-space(.)='Mark as seen']"))
			.isEmpty());
		browser.findElement(By.linkText("Back to today's assessments")).click();
		waitFor("the list again", () -> browser.getCurrentUrl().endsWith("/desk"));
		assertThat(browser.findElements(alert)).as("the alert, once seen again").isEmpty();
		// Signed out, as the other tests expect to meet the desk.
		browser.manage().deleteAllCookies();
	}

	private void signIn(ChromeDriver driver, String username) {
		driver.manage().deleteAllCookies();
		driver.get(origin() + "/desk");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/desk"));
	}

	/** axe-core, a quiet console, the weight limit, and photographs at every screen size. */
	private void check(String page) {
		PageCheck.accessible(browser, page);
		PageCheck.quietConsole(browser, page);
		PageCheck.weighed(browser, page, origin());
		PageCheck.photograph(browser, page);
		PageCheck.resize(browser, PageCheck.Screen.TABLET);
	}

	/** A client's answers, sent through the API as the questionnaire or another system would. */
	private String clientAssessment(String answers) throws Exception {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(origin() + "/api/v1/assessments"))
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString(answers))
				.build(), BodyHandlers.ofString())
			.body();
		Matcher reference = REFERENCE.matcher(body);
		assertThat(reference.find()).as("a reference in %s", body).isTrue();
		return reference.group(1);
	}

	private void staffAccount(String username) {
		jdbc.sql("delete from staff_account where username = ?").param(username).update();
		jdbc.sql("insert into staff_account (username, password_hash, created_at, enabled) "
				+ "values (?, ?, current_timestamp, true)")
			.params(username, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD))
			.update();
	}

	private void waitFor(String what, BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("waiting for " + what)
			.until(driver -> condition.getAsBoolean());
	}

	private String origin() {
		return "http://localhost:" + port;
	}

}
