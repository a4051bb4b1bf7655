package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser's own Back and Forward buttons on every page of the questionnaire and from the
 * result, with JavaScript on and off, on a phone and on a laptop: each shows the page it names with
 * its answers, never the browser's "Confirm Form Resubmission". Then a changed result: "Change",
 * save, a new code that names the old one, and the old code that leads to the new result.
 */
@ServedSite
class BackAndForwardBrowserTest {

	/** Each page's heading, in order, and the answer it must still show ticked after Back. */
	private static final List<String[]> PAGES = List.of(
			new String[] { "First, do you have any of these warning signs?", "noWarningSigns" },
			new String[] { "Where does it hurt?", "locations-OUTER_HIP" },
			new String[] { "What does the pain feel like?", "severity-5" },
			new String[] { "When and how did it start?", "onset-GRADUAL" },
			new String[] { "What makes it worse or better?", "aggravators-STAIRS" },
			new String[] { "Your activity and health", "symptoms-TENDER_OUTER_HIP_BONE" },
			new String[] { "About you", "ageBand-AGE_40_49" });

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserPair browsers = new BrowserPair();

	private Visitor visitor(boolean javascript, String photographAs, boolean audit) {
		return browsers.visitor(port, javascript, photographAs, audit);
	}

	private static Visitor throughToTheResult(Visitor person) {
		person.start().noWarningSigns().next();
		person.tick("locations", "OUTER_HIP").tick("side", "RIGHT").next();
		person.tick("severity", "5").next();
		person.tick("duration", "WEEKS_1_6").tick("onset", "GRADUAL").next();
		person.tick("aggravators", "STAIRS").next();
		person.tick("symptoms", "TENDER_OUTER_HIP_BONE").next();
		return person.tick("ageBand", "AGE_40_49").next();
	}

	@ParameterizedTest(name = "JavaScript {0}, {1}")
	@CsvSource({ "true, PHONE", "false, PHONE", "true, LAPTOP", "false, LAPTOP" })
	void backAndForwardShowEveryPageWithItsAnswers(boolean javascript, PageCheck.Screen screen) {
		Visitor person = visitor(javascript, null, false);
		PageCheck.resize(person.driver(), screen);
		try {
			throughToTheResult(person);
			assertThat(person.heading()).isEqualTo("Your result");
			String reference = person.text(".reference-code");

			for (int page = PAGES.size() - 1; page >= 0; page--) {
				person.browserBack();
				assertThat(person.heading()).as("Back to page %d", page + 1).isEqualTo(PAGES.get(page)[0]);
				assertThat(person.checked(PAGES.get(page)[1])).as("its answer, still ticked").isTrue();
			}
			for (int page = 1; page < PAGES.size(); page++) {
				person.browserForward();
				assertThat(person.heading()).as("Forward to page %d", page + 1).isEqualTo(PAGES.get(page)[0]);
				assertThat(person.checked(PAGES.get(page)[1])).isTrue();
			}
			person.browserForward();
			assertThat(person.heading()).isEqualTo("Your result");
			assertThat(person.text(".reference-code")).as("the same result, not a second one").isEqualTo(reference);
		}
		finally {
			person.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void backAfterAnErrorAndAfterBackShowsThePagesAsTheyAreNow(boolean javascript) {
		Visitor person = visitor(javascript, null, false).start();
		person.noWarningSigns().next();
		person.tick("side", "LEFT").next();
		assertThat(person.text(".error-summary")).contains("Tick where it hurts");
		person.tick("locations", "LOWER_BACK").next();
		assertThat(person.heading()).isEqualTo("What does the pain feel like?");

		person.browserBack();
		assertThat(person.heading()).isEqualTo("Where does it hurt?");
		assertThat(person.driver().findElements(By.cssSelector(".error-summary"))).as("fixed, so no error").isEmpty();
		assertThat(person.checked("locations-LOWER_BACK")).isTrue();
		person.back();
		assertThat(person.heading()).isEqualTo("First, do you have any of these warning signs?");
		person.browserBack();
		assertThat(person.heading()).isEqualTo("Where does it hurt?");
		person.browserForward();
		assertThat(person.checked("noWarningSigns")).isTrue();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aChangedResultHasANewCodeAndTheOldCodeLeadsToIt(boolean javascript) {
		Visitor person = throughToTheResult(visitor(javascript, null, false));
		String first = person.text(".reference-code");
		Visitor audited = new Visitor(person.driver(), "http://localhost:" + port, javascript,
				javascript ? "change" : null).photographOnly("result");

		audited.change("where");
		assertThat(audited.heading()).isEqualTo("Where does it hurt?");
		audited.tick("locations", "LOWER_BACK").press("Save and go back to my result");
		assertThat(audited.heading()).isEqualTo("Your result");
		String second = audited.text(".reference-code");
		assertThat(second).isNotEqualTo(first);
		assertThat(audited.text("[data-changed]")).contains("Your code has changed", second, first);

		audited.browserBack();
		assertThat(audited.heading()).isEqualTo("Where does it hurt?");
		assertThat(audited.checked("locations-LOWER_BACK")).isTrue();
		audited.browserForward();
		assertThat(audited.text(".reference-code")).isEqualTo(second);

		audited.open("/results/" + first);
		assertThat(audited.text("[data-updated]")).contains("This result was updated", second);
		audited.press("See the newer result, " + second);
		assertThat(audited.text(".reference-code")).isEqualTo(second);
		assertThat(audited.text(".answers")).contains("The lower back");
	}

}
