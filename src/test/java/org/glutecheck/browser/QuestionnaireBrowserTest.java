package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Four people complete the questionnaire in headless Chromium, with JavaScript on and off, and
 * read their result: every page they meet passes axe-core, stays under 60 KB and asks nothing of
 * another host. The walk with JavaScript on photographs each page at phone, tablet and laptop size.
 */
@ServedSite
class QuestionnaireBrowserTest {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserPair browsers = new BrowserPair();

	private Visitor visitor(boolean javascript, String photographAs) {
		return browsers.visitor(port, javascript, photographAs);
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void muscleSorenessAfterANewWorkoutIsSelfCare(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "doms" : null).start();
		assertThat(person.heading()).contains("warning signs");
		person.noWarningSigns().next();
		assertThat(person.heading()).isEqualTo("Where does it hurt?");
		person.tapOnMap("WHOLE_BUTTOCK").tick("side", "BOTH");
		assertThat(person.checked("locations-WHOLE_BUTTOCK")).as("tapping the picture ticks the box").isTrue();
		person.look().next();
		person.tick("qualities", "ACHING").tick("severity", "4").next();
		person.tick("duration", "DAYS_1_3").tick("onset", "AFTER_WORKOUT").tick("pattern", "CONSTANT")
			.tick("course", "IMPROVING")
			.next();
		person.tick("aggravators", "STAIRS", "PRESSING").tick("relievers", "GENTLE_MOVEMENT").next();
		person.tick("context", "NEW_OR_HARDER_WORKOUT").tick("symptoms", "STIFFNESS").next();
		person.tick("ageBand", "AGE_18_39").next();

		assertThat(person.heading()).isEqualTo("Your result");
		assertThat(person.text(".triage")).contains("SELF-CARE", "Self-care is reasonable for now");
		assertThat(person.leadingCause()).isEqualTo("DOMS");
		assertThat(person.text(".cause-first .match")).contains("Strong match");
		assertThat(person.text(".cause-first")).contains("Why we think this", "What you can do now",
				"When to see a clinician", "Sources");
		assertThat(person.text(".reference-code")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void sciaticaWithSaddleNumbnessGoesStraightToTheEmergencyPage(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "sciatica" : null).photographOnly("emergency").start();
		person.tick("redFlags", "SADDLE_NUMBNESS").next();

		assertThat(person.heading()).isEqualTo("Get emergency help now");
		assertThat(person.text(".triage-action"))
			.isEqualTo("Call your local emergency number or go to an emergency department now");
		assertThat(person.text(".triage-body")).contains("cauda equina");
		assertThat(person.text("main")).doesNotContain("Where does it hurt");

		person.press("Go back and change my answer");
		assertThat(person.checked("redFlags-SADDLE_NUMBNESS")).isTrue();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void outerHipPainForWeeksIsGlutealTendinopathyAndNeedsAnAppointment(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "tendinopathy" : null).photographOnly("result").start();
		person.noWarningSigns().next();
		person.tick("locations", "OUTER_HIP").tick("side", "RIGHT").next();
		person.tick("qualities", "ACHING").tick("severity", "5").next();
		person.tick("duration", "WEEKS_1_6").tick("onset", "GRADUAL").tick("pattern", "CONSTANT").tick("course", "SAME")
			.next();
		person.tick("aggravators", "LYING_ON_SIDE", "STAIRS", "SINGLE_LEG_STANCE").next();
		person.tick("symptoms", "TENDER_OUTER_HIP_BONE").next();
		person.tick("ageBand", "AGE_40_49").tick("sex", "FEMALE").next();

		assertThat(person.heading()).isEqualTo("Your result");
		assertThat(person.text(".triage")).contains("Book an appointment with a physiotherapist or doctor", "Why");
		assertThat(person.leadingCause()).isEqualTo("GLUTEAL_TENDINOPATHY");
		assertThat(person.text(".cause-first .match")).contains("Strong match");
		assertThat(person.text(".answers")).contains("On the side of the hip, over the bony point", "40 to 49");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aStiffHipAtTheFrontIsAnsweredWithTheVersionTwoQuestions(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "hip" : null).photographOnly("where", "background", "result")
			.start();
		person.noWarningSigns().next();
		person.tapArea("FRONT_OF_HIP_OR_GROIN").tapArea("SIT_BONE").tick("side", "LEFT");
		assertThat(person.checked("locations-FRONT_OF_HIP_OR_GROIN")).as("tapping the shaded area ticks the box")
			.isTrue();
		assertThat(person.checked("locations-SIT_BONE")).isTrue();
		person.tapArea("SIT_BONE");
		assertThat(person.checked("locations-SIT_BONE")).as("tapping it again unticks it").isFalse();
		person.look().next();
		person.tick("qualities", "ACHING").tick("severity", "5").next();
		person.tick("duration", "OVER_6_WEEKS").tick("onset", "GRADUAL").tick("pattern", "COMES_AND_GOES").next();
		person.tick("aggravators", "WALKING").tick("relievers", "REST").next();
		person.tick("context", "OSTEOPOROSIS_OR_STEROIDS", "BLOOD_THINNERS")
			.tick("symptoms", "HIP_STIFF_SOCKS", "MORNING_STIFFNESS");
		person.look().next();
		person.tick("ageBand", "AGE_50_59").next();

		assertThat(person.heading()).isEqualTo("Your result");
		assertThat(person.text(".answers")).contains("Warning signs\nNone", "The front of the hip, or the groin crease",
				"Osteoporosis or thin bones", "A stiff hip that makes putting on socks or shoes hard", "50 to 59");
		assertThat(person.text(".causes")).contains("at least 20 out of 100");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aNewChangeInTheBladderGoesStraightToTheEmergencyPage(boolean javascript) {
		Visitor person = visitor(javascript, null).start();
		person.tick("redFlags", "BLADDER_BOWEL_CHANGE").next();
		assertThat(person.heading()).isEqualTo("Get emergency help now");
		assertThat(person.text("main")).doesNotContain("What you can do");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void suddenGrippingSpasmsWhenSweatingAreCramps(boolean javascript) {
		Visitor person = visitor(javascript, null).start();
		person.noWarningSigns().next();
		person.tick("locations", "WHOLE_BUTTOCK", "BACK_OF_THIGH").tick("side", "LEFT").next();
		person.tick("qualities", "CRAMPING").tick("severity", "7").next();
		person.tick("duration", "UNDER_A_DAY").tick("onset", "DURING_EXERCISE").tick("pattern", "BRIEF_SPASMS")
			.tick("course", "IMPROVING")
			.next();
		person.tick("aggravators", "EXERCISE").tick("relievers", "STRETCHING", "FLUIDS_OR_SALT").next();
		person.tick("context", "HEAVY_SWEATING").tick("symptoms", "VISIBLE_KNOT").next();
		person.next();

		assertThat(person.heading()).isEqualTo("Your result");
		assertThat(person.leadingCause()).isEqualTo("ELECTROLYTE_CRAMPS");
		assertThat(person.text(".cause-first")).contains("Strong match", "What fits", "What you can do now");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aMissingAnswerIsSummarisedAtTheTopAndTheOtherAnswersAreKept(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "errors" : null).photographOnly("where-errors").start();
		person.noWarningSigns().next();
		person.tick("side", "LEFT").next();

		assertThat(person.driver().getTitle()).startsWith("Error: ");
		assertThat(person.text(".error-summary")).contains("There is a problem", "Tick where it hurts");
		assertThat(person.text("#locations-error")).contains("Tick where it hurts");
		assertThat(person.checked("side-LEFT")).isTrue();
		if (javascript) {
			assertThat(person.driver().switchTo().activeElement().getDomAttribute("class")).isEqualTo("error-summary");
		}
		person.driver().findElement(org.openqa.selenium.By.cssSelector(".error-summary a")).click();
		if (javascript) {
			assertThat(person.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("locations-LOWER_BACK");
		}

		person.tick("locations", "LOWER_BACK").next();
		assertThat(person.heading()).isEqualTo("What does the pain feel like?");
		person.back();
		assertThat(person.checked("locations-LOWER_BACK")).isTrue();
		assertThat(person.checked("side-LEFT")).isTrue();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anAddressThatDoesNotExistGetsThePageInTheSiteLook(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "error" : null).open("/no-such-page");
		assertThat(person.heading()).isEqualTo("Sorry, something went wrong");
		assertThat(person.text("main")).contains("There is no page at this address.");
		assertThat(person.text("footer")).contains("This checker is educational.");
	}

}
