package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clinic tablet: big targets, no autocomplete, "Hand the tablet back" at the end, and after a
 * spell without a touch a warning and then a return to the start with every answer gone, with
 * JavaScript and without. Back after any of these shows nothing of the last person.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:glutecheck-kiosk;DB_CLOSE_DELAY=-1",
				"glutecheck.form-secret=kiosk-tests-form-secret-0123456789", "glutecheck.kiosk.enabled=true",
				"glutecheck.kiosk.idle-warning-seconds=" + KioskBrowserTest.WARN,
				"glutecheck.kiosk.idle-reset-seconds=" + KioskBrowserTest.RESET })
class KioskBrowserTest {

	/** Long enough for a page's checks and photographs under load, short enough to wait for. */
	static final int WARN = 15;

	static final int RESET = 35;

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserPair browsers = new BrowserPair();

	private Visitor visitor(boolean javascript, String photographAs, boolean audit) {
		return browsers.visitor(port, javascript, photographAs, audit);
	}

	/** A quick walk to the result, checking and photographing only the result. */
	private Visitor throughToTheResult(boolean javascript) {
		Visitor person = visitor(javascript, null, false).start();
		assertThat(person.driver().findElement(By.tagName("form")).getDomAttribute("autocomplete")).isEqualTo("off");
		person.noWarningSigns().next();
		person.tick("locations", "WHOLE_BUTTOCK").tick("side", "BOTH").next();
		person.tick("severity", "4").next();
		person.tick("duration", "DAYS_1_3").tick("onset", "AFTER_WORKOUT").next();
		person.next().next();
		return person.next();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void handingTheTabletBackLeavesNothingForTheNextPerson(boolean javascript) {
		Visitor person = throughToTheResult(javascript);
		assertThat(person.heading()).isEqualTo("Your result");
		String reference = person.text(".reference-code");
		assertThat(person.text(".hand-back")).contains("Hand the tablet back");
		assertThat(person.source()).doesNotContain("href=\"/results/" + reference);
		assertThat(person.driver().findElements(By.cssSelector("form"))).allMatch(
				f -> "off".equals(f.getDomAttribute("autocomplete")));
		Visitor audited = new Visitor(person.driver(), "http://localhost:" + port, javascript,
				javascript ? "kiosk" : null).photographOnly("result");
		audited.look();
		stillHere(audited);

		audited.press("Hand the tablet back");
		assertThat(audited.text(".notice")).contains("Everything was cleared");

		audited.driver().navigate().back();
		assertThat(audited.source()).doesNotContain(reference, "data-page=\"result\"", "WHOLE_BUTTOCK");
		audited.driver().navigate().back();
		assertThat(audited.source()).doesNotContain(reference, "data-page=\"result\"", "WHOLE_BUTTOCK");
	}

	@Test
	void leftAloneTheTabletWarnsAndThenClearsEverything() {
		Visitor person = visitor(true, null, false).start();
		person.noWarningSigns().next();
		person.tick("locations", "OUTER_HIP");
		WebDriverWait warning = new WebDriverWait(person.driver(), Duration.ofSeconds(WARN + 6));
		warning.until(d -> d.findElement(By.id("idle-dialog")).isDisplayed());
		assertThat(person.text("#idle-dialog")).contains("Are you still there?", "I am still here");

		person.driver().findElement(By.cssSelector("[data-stay]")).click();
		assertThat(person.driver().findElement(By.id("idle-dialog")).isDisplayed()).isFalse();
		assertThat(person.checked("locations-OUTER_HIP")).as("still there after 'I am still here'").isTrue();

		warning.until(d -> d.findElement(By.id("idle-dialog")).isDisplayed());
		new Visitor(person.driver(), "http://localhost:" + port, true, "kiosk-idle").look();
		new WebDriverWait(person.driver(), Duration.ofSeconds(RESET - WARN + 6))
			.until(d -> d.getCurrentUrl().endsWith("/?cleared"));
		assertThat(person.text("main")).contains("Everything was cleared");
		person.driver().navigate().back();
		assertThat(person.source()).doesNotContain("OUTER_HIP\" checked");
	}

	@Test
	void withoutJavaScriptTheTabletStillClearsItselfWhenLeftAlone() {
		Visitor person = visitor(false, null, false).start();
		person.noWarningSigns().next();
		assertThat(person.heading()).isEqualTo("Where does it hurt?");
		new WebDriverWait(person.driver(), Duration.ofSeconds(RESET + 6))
			.until(d -> d.getCurrentUrl().endsWith("/?cleared"));
		assertThat(person.text("main")).contains("Everything was cleared");
	}

	@Test
	void everyTargetIsAtLeast44PixelsOnTheTablet() {
		Visitor person = visitor(true, null, false).start();
		person.noWarningSigns().next();
		assertTargetsAreBig(person, "where");
		person.tick("locations", "WHOLE_BUTTOCK").tick("side", "BOTH").next();
		assertTargetsAreBig(person, "feeling");
	}

	@Test
	void theTabletOffersAQrCodeOfTheResultsLinkAndNoPrinting() {
		Visitor person = throughToTheResult(true);
		String reference = person.text(".reference-code");
		WebElement qr = person.driver().findElement(By.cssSelector("svg.qr"));
		assertThat(qr.isDisplayed()).isTrue();
		assertThat(qr.getSize().getWidth()).isGreaterThanOrEqualTo(200);
		assertThat(qr.findElement(By.tagName("path")).getDomAttribute("d")).startsWith("M4,4h1v1h-1z");
		assertThat(person.text(".keep")).contains("/results/" + reference, "Delete my result");
		assertThat(person.driver().findElements(By.cssSelector("[data-print], [data-copy]"))).isEmpty();
		assertThat(person.source()).doesNotContain("href=\"/results/" + reference);

		// The phone that scanned the code opens the result at its own address.
		person.open("/results/" + reference);
		assertThat(person.heading()).isEqualTo("Your result");
	}

	@Test
	void deletingOnTheTabletAsksFirstAndEndsWithHandingItBack() {
		Visitor person = throughToTheResult(false);
		String reference = person.text(".reference-code");
		person.press("Delete my result");
		assertThat(person.heading()).isEqualTo("Delete this result?");
		person.press("Yes, delete my result");
		assertThat(person.heading()).isEqualTo("Your result was deleted");
		assertThat(person.text(".hand-back")).contains("Hand the tablet back");
		person.open("/results/" + reference);
		assertThat(person.heading()).isEqualTo("No result has that code");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anEmergencyOnTheTabletSaysToShowTheStaffNowAndKeepsCallYourEmergencyNumber(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "kiosk-emergency" : null, true).photographOnly("emergency").start();
		person.tick("redFlags", "SADDLE_NUMBNESS").next();
		stillHere(person);
		assertThat(person.heading()).isEqualTo("Get emergency help now");
		assertThat(person.text(".show-staff")).contains("Show this screen to the staff at the desk now");
		assertThat(person.text(".triage-action"))
			.isEqualTo("Call your local emergency number or go to an emergency department now");
		assertThat(person.text(".reference-code")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(person.text(".hand-back")).contains("Hand the tablet back");
	}

	/** Answers the inactivity warning if it has come up while the page was being checked. */
	private static void stillHere(Visitor person) {
		List<WebElement> stay = person.driver().findElements(By.cssSelector("[data-stay]"));
		if (!stay.isEmpty() && stay.get(0).isDisplayed()) {
			stay.get(0).click();
		}
	}

	private static void assertTargetsAreBig(Visitor person, String page) {
		@SuppressWarnings("unchecked")
		List<String> small = (List<String>) person.driver().executeScript("""
				return Array.from(document.querySelectorAll(
				  'main button, main .button, main .choice, main .scale-option label, main .spot, .header-action'))
				  .filter(function (e) { return e.offsetParent !== null; })
				  .map(function (e) { var r = e.getBoundingClientRect();
				    return r.width < 44 || r.height < 44 ? e.outerHTML.slice(0, 80) + ' ' + r.width + 'x' + r.height : null; })
				  .filter(function (x) { return x; });
				""");
		assertThat(small).as("touch targets under 44 px on %s", page).isEmpty();
	}

}
