package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.glutecheck.MutableClock;
import org.glutecheck.answers.Aggravator;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The desk over the whole application, in a clinic in Auckland (UTC+13 in November), so that
 * "today" is the clinic's day and not the server's: assessments arrive through the service, and
 * staff list, filter, search, open, mark seen and export them; accounts come from the staff command
 * and from configuration.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:glutecheck-desk;DB_CLOSE_DELAY=-1",
		"glutecheck.desk.time-zone=Pacific/Auckland",
		// 'another long password', hashed by --glutecheck.staff.hash
		"glutecheck.staff.accounts.grace={bcrypt}$2a$10$Ik5JGWljRj.UjM.OcpRhWeYmcQzG6p768UYTJ8/7qjTGDZFobPDxK" })
@AutoConfigureMockMvc
class DeskFullStackTest {

	/** 09:00 on 23 November 2026 in Auckland. */
	private static final Instant NINE_AM = Instant.parse("2026-11-22T20:00:00Z");

	private static final RequestPostProcessor STAFF = user("alice").roles("STAFF");

	@TestConfiguration
	static class ClinicClock {

		@Bean
		@Primary
		MutableClock settableClock() {
			return new MutableClock(NINE_AM);
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private MutableClock clock;

	@Autowired
	private StaffCommand command;

	@Autowired
	private PasswordEncoder encoder;

	@Test
	void staffSeeTodayInTheClinicsZoneFilterSearchOpenMarkSeenAndExport() throws Exception {
		clock.set(NINE_AM.minus(Duration.ofHours(9).plusMinutes(30)));
		String lastNight = assessAt(TestAnswers.at(Location.OUTER_HIP).severity(3));
		clock.set(NINE_AM);
		String tendon = assessAt(TestAnswers.at(Location.OUTER_HIP)
			.severity(5)
			.lasted(PainDuration.WEEKS_1_6)
			.worseWith(Aggravator.LYING_ON_SIDE)
			.symptoms(Symptom.TENDER_OUTER_HIP_BONE));
		clock.set(NINE_AM.plus(Duration.ofMinutes(10)));
		String emergency = assessAt(TestAnswers.at(Location.CENTER_BUTTOCK).redFlags(RedFlag.SADDLE_NUMBNESS));

		String list = page("/desk");
		assertThat(list).contains(tendon, emergency, ">09:00<", ">09:10<").doesNotContain(lastNight);
		assertThat(list.indexOf(emergency)).as("newest first").isLessThan(list.indexOf(tendon));
		assertThat(page("/desk?level=EMERGENCY")).contains(emergency).doesNotContain(tendon);
		assertThat(page("/desk?reference=" + tendon.substring(0, 4).toLowerCase())).contains(tendon);

		mvc.perform(get("/desk").param("reference", lastNight.replace("-", " ")).with(STAFF))
			.andExpect(redirectedUrl("/desk/assessments/" + lastNight));
		assertThat(page("/desk/assessments/" + emergency)).contains("Mark as seen", "Call your local emergency number",
				"Numbness between your legs");

		String before = page("/desk/updates");
		clock.set(NINE_AM.plus(Duration.ofMinutes(15)));
		mvc.perform(post("/desk/assessments/" + emergency + "/seen").with(STAFF).with(csrf()))
			.andExpect(redirectedUrl("/desk/assessments/" + emergency));
		assertThat(page("/desk/assessments/" + emergency)).doesNotContain("Mark as seen");
		assertThat(page("/desk/updates")).isNotEqualTo(before).contains("\"unseen\":1", "\"total\":2");
		assertThat(page("/desk")).contains("Seen at 09:15");

		String today = page("/desk/export.csv?from=2026-11-23&to=2026-11-23");
		assertThat(today.split("\r\n")).hasSize(3);
		assertThat(today.indexOf(tendon)).as("oldest first").isLessThan(today.indexOf(emergency));
		assertThat(today).contains("2026-11-23T09:10:00+13:00," + emergency + ",EMERGENCY")
			.contains("2026-11-23T09:15:00+13:00")
			.doesNotContain(lastNight);
		assertThat(page("/desk/export.csv?from=2026-11-22&to=2026-11-22")).contains(lastNight)
			.doesNotContain(tendon)
			.doesNotContain(emergency);
	}

	@Test
	void theStaffCommandMakesAnAccountThatCanSignInAndDisablesIt() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = command.execute(new DefaultApplicationArguments("--glutecheck.staff.add=Frank"),
				prompt -> Optional.of("frank's long password"), new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err);
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Created the staff account frank.");
		signIn("frank", "frank's long password", "10.5.0.1").andExpect(redirectedUrl("/desk"));

		assertThat(command.execute(new DefaultApplicationArguments("--glutecheck.staff.disable=frank"), prompt -> {
			throw new AssertionError("no password needed");
		}, System.out, System.err)).isZero();
		signIn("frank", "frank's long password", "10.5.0.2").andExpect(redirectedUrl("/desk/sign-in?error"));
	}

	@Test
	void theStaffCommandNeverTakesAPasswordFromTheCommandLine() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = command.execute(
				new DefaultApplicationArguments("--glutecheck.staff.add=mallory", "--glutecheck.staff.password=secret123456"),
				prompt -> Optional.of("ignored password"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("never given on the command line");
	}

	@Test
	void theStaffCommandRefusesAShortPasswordAndPrintsAHashForConfiguration() {
		assertThat(command.execute(new DefaultApplicationArguments("--glutecheck.staff.add=oscar"),
				prompt -> Optional.of("short"), System.out, System.err)).isEqualTo(1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.execute(new DefaultApplicationArguments("--glutecheck.staff.hash"),
				prompt -> Optional.of("a password to hash"), new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err)).isZero();
		String hash = out.toString(StandardCharsets.UTF_8).strip();
		assertThat(hash).startsWith("{bcrypt}$2a$10$");
		assertThat(encoder.matches("a password to hash", hash)).isTrue();
	}

	@Test
	void anAccountFromConfigurationCanSignIn() throws Exception {
		signIn("Grace", "another long password", "10.5.1.1").andExpect(redirectedUrl("/desk"));
		signIn("grace", "not her password", "10.5.1.2").andExpect(redirectedUrl("/desk/sign-in?error"));
	}

	@Test
	void configurationHoldsHashesNeverPasswords() {
		assertThatThrownBy(() -> new StaffAccounts(new StaffProperties(Map.of("heidi", "hunter2"),
				new StaffProperties.SignIn(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 20,
						Duration.ofMinutes(3), Duration.ofDays(30), 100_000)), null, encoder, clock))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("glutecheck.staff.accounts.heidi must be a BCrypt hash")
			.hasMessageNotContaining("hunter2");
	}

	@Test
	void theExportFormStartsAtTodayInTheClinicsZone() throws Exception {
		mvc.perform(get("/desk/export").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-11-23\"")))
			.andExpect(content().string(not(containsString("value=\"2026-11-22\""))));
	}

	private String assessAt(TestAnswers answers) {
		return assessments.assess(answers.build()).reference();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(STAFF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password,
			String address) throws Exception {
		return mvc.perform(post("/desk/sign-in").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

}
