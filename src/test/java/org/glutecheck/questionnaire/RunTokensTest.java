package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The secret that signs run tokens: long enough, required where instances share sittings, and rotatable. */
class RunTokensTest {

	private static final String OLD = "the-old-form-secret-0123456789abcdef";

	private static final String NEW = "the-new-form-secret-0123456789abcdef";

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(WithProperties.class);

	@EnableConfigurationProperties(RunTokenProperties.class)
	static class WithProperties {

	}

	@Test
	void duringRotationATokenSignedWithThePreviousSecretIsStillAccepted() {
		String token = tokens(OLD, null).start();
		assertThat(tokens(NEW, OLD).startOf(token)).isPresent();
		assertThat(tokens(NEW, null).startOf(token)).as("once the previous secret is gone").isEmpty();
		// New tokens are signed with the new secret only.
		assertThat(tokens(NEW, null).startOf(tokens(NEW, OLD).start())).isPresent();
		assertThat(tokens(OLD, null).startOf(tokens(NEW, OLD).start())).isEmpty();
	}

	@Test
	void aSecretShorterThan32BytesIsRefused() {
		context.withPropertyValues("glutecheck.form-secret=too-short")
			.run(started -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("glutecheck.form-secret must be at least 32 bytes"));
		context.withPropertyValues("glutecheck.form-secret=" + NEW, "glutecheck.form-secret-previous=short")
			.run(started -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("glutecheck.form-secret-previous must be at least 32 bytes"));
	}

	@Test
	void whereASecretIsRequiredNoneIsRefused() {
		context.withPropertyValues("glutecheck.form-secret-required=true")
			.run(started -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("glutecheck.form-secret is required")
				.hasMessageContaining("GLUTECHECK_FORM_SECRET"));
		context.withPropertyValues("glutecheck.form-secret-required=true", "glutecheck.form-secret=" + NEW)
			.run(started -> assertThat(started).hasNotFailed());
		context.run(started -> assertThat(started).as("one instance may make up its own").hasNotFailed());
	}

	@Test
	void thePostgresProfileRequiresASecret() throws Exception {
		Properties postgres = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-postgres.properties"));
		assertThat(postgres.getProperty("glutecheck.form-secret-required")).isEqualTo("true");
	}

	@Test
	void theSecretIsNeverShownInTheProperties() {
		assertThat(new RunTokenProperties(NEW, OLD, Duration.ofHours(2), false).toString()).doesNotContain(NEW, OLD);
	}

	@Test
	void aTokenSignedWithAnotherSecretIsRefused() {
		assertThatThrownBy(() -> new RunTokenProperties("x".repeat(31), null, Duration.ofHours(2), false))
			.hasMessageContaining("32 bytes");
		assertThat(tokens(NEW, null).startOf(tokens(OLD, null).start())).isEmpty();
	}

	private RunTokens tokens(String secret, String previous) {
		return new RunTokens(new RunTokenProperties(secret, previous, Duration.ofHours(2), false), clock);
	}

}
