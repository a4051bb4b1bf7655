package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.glutecheck.answers.ContextFactor;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.Onset;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.Side;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person checks in on their result ("how is it now?") in headless Chromium, with JavaScript on
 * and off: from the result's button and from a code typed on the start page, through both pages
 * (with a missing answer on the way), to the result as it is now with its chart; the browser's Back
 * and Forward after it; and an emergency warning sign at a check-in. Every page passes axe-core,
 * reflows at 320 px, stays under 60 KB and is photographed with JavaScript on.
 */
@ServedSite
class CheckInBrowserTest {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserPair browsers = new BrowserPair();

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private JdbcClient jdbc;

	private Visitor visitor(boolean javascript, String photographAs) {
		return browsers.visitor(port, javascript, photographAs);
	}

	/**
	 * A result made some days ago: sore all over the buttock after a new workout, worst pain 6. Its
	 * time is set back in the database, as the running application's clock is the real one.
	 */
	private String resultMade(Duration ago) {
		String reference = assessments.assess(TestAnswers.at(Location.WHOLE_BUTTOCK)
			.side(Side.BOTH)
			.severity(6)
			.lasted(PainDuration.DAYS_1_3)
			.began(Onset.AFTER_WORKOUT)
			.context(ContextFactor.NEW_OR_HARDER_WORKOUT)
			.build()).reference();
		jdbc.sql("update assessment set created_at = :at where reference = :reference")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).minus(ago))
			.param("reference", reference)
			.update();
		return reference;
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aCheckInFromTheResultThenBackAndForward(boolean javascript) {
		String reference = resultMade(Duration.ofDays(2));
		Visitor person = visitor(javascript, javascript ? "checkin" : null)
			.photographOnly("check-in-warning-signs", "check-in-now", "check-in-now-errors")
			.open("/results/" + reference);
		assertThat(person.text("[data-check-ins]")).contains("How is it now?");

		person.press("Tell us how it is now");
		assertThat(person.heading()).isEqualTo("First, do you have any of these warning signs now?");
		assertThat(person.text(".check-in-on")).contains(reference);
		person.noWarningSigns().next();
		assertThat(person.heading()).isEqualTo("How is the pain now?");
		person.next();
		assertThat(person.text(".error-summary")).contains(
				"Choose whether the pain is getting better, staying about the same or getting worse",
				"Choose how bad the pain is, from 0 to 10");
		person.tick("course", "WORSENING").tick("severity", "7").tick("symptoms", "STIFFNESS").next();

		assertThat(person.heading()).isEqualTo("Your result");
		assertThat(person.text("[data-checked-in]")).contains("Thank you: your check-in is saved");
		assertThat(person.text(".triage")).contains("SOON: WITHIN TWO WEEKS");
		assertThat(person.text("[data-raised]")).contains("raised it from \"Self-care\" to \"Soon: within two weeks\"",
				"The pain is worse than when you first answered");
		assertThat(person.driver().findElements(By.cssSelector("svg.pain-chart-svg circle.chart-point"))).hasSize(2);

		Visitor back = new Visitor(person.driver(), "http://localhost:" + port, javascript, null);
		back.browserBack();
		assertThat(back.heading()).as("Back: the page before, never a resent form").isEqualTo("How is the pain now?");
		assertThat(back.checked("course-WORSENING")).isTrue();
		assertThat(back.checked("severity-7")).isTrue();
		back.browserForward();
		assertThat(back.heading()).isEqualTo("Your result");
		assertThat(back.texts(".check-in-list > li")).as("the same check-in, not a second").hasSize(1);
		assertThat(assessments.find(reference).orElseThrow().followUps()).hasSize(1);
	}

	@Test
	void aResultWithCheckInsShowsTheWorstPainOverTime() {
		String reference = resultMade(Duration.ofDays(4));
		assessments.addFollowUp(reference, new FollowUpAnswers(Course.WORSENING, 7, List.of(), List.of(), true));
		jdbc.sql("update follow_up set made_at = :at where assessment_id = (select id from assessment where reference = :reference)")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(2)))
			.param("reference", reference)
			.update();
		Visitor walk = visitor(true, null).open("/results/" + reference);
		walk.press("Tell us how it is now").noWarningSigns().next();
		walk.tick("course", "IMPROVING").tick("severity", "3").next();
		Visitor person = new Visitor(walk.driver(), "http://localhost:" + port, true, "checkin-chart").look();

		assertThat(person.heading()).isEqualTo("Your result");
		assertThat(person.driver().findElements(By.cssSelector("svg.pain-chart-svg circle.chart-point"))).hasSize(3);
		assertThat(person.driver().findElements(By.cssSelector("table[data-chart-table] tbody tr"))).hasSize(3);
		assertThat(person.text("[data-raised]")).as("the check-in that raised it, not the latest").contains("raised it from");
		assertThat(person.texts(".check-in-list > li")).hasSize(2);
		assertThat(person.text(".check-in-list > li:last-child")).contains("Getting better", "3 out of 10",
				"The level stayed \"Soon: within two weeks\".");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anEmergencyWarningSignAtACheckInGoesStraightToTheEmergencyPage(boolean javascript) {
		String reference = resultMade(Duration.ofDays(1));
		Visitor person = visitor(javascript, javascript ? "checkin-emergency" : null).photographOnly("emergency")
			.open("/results/" + reference);
		person.press("Tell us how it is now").tick("redFlags", "SADDLE_NUMBNESS").next();

		assertThat(person.heading()).isEqualTo("Get emergency help now");
		assertThat(person.text(".reference-code")).isEqualTo(reference);
		assertThat(person.text(".reference")).contains("Your check-in is saved with your result under this code");
		person.browserBack();
		assertThat(person.heading()).isEqualTo("First, do you have any of these warning signs now?");
		assertThat(person.checked("redFlags-SADDLE_NUMBNESS")).isTrue();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void aCodeTypedOnTheStartPageBeginsACheckIn(boolean javascript) {
		String reference = resultMade(Duration.ofDays(1));
		Visitor person = visitor(javascript, javascript ? "checkin-typed" : null).photographOnly("start", "no-result")
			.open("/");
		person.driver().findElement(By.id("check-in-code")).sendKeys("AAAA BBBB CCCC");
		person.press("Check in");
		assertThat(person.heading()).isEqualTo("No result has that code");
		person.driver().findElement(By.id("check-in-code")).clear();
		person.driver().findElement(By.id("check-in-code")).sendKeys(reference.toLowerCase().replace("-", " "));
		person.press("Check in");
		assertThat(person.heading()).isEqualTo("First, do you have any of these warning signs now?");
		assertThat(person.text(".check-in-on")).contains(reference);
	}

}
