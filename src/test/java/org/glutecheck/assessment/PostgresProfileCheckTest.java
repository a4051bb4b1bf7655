package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PostgresProfileCheckTest {

	private final ApplicationContextRunner postgresProfile = new ApplicationContextRunner()
		.withInitializer(context -> context.getEnvironment().setActiveProfiles("postgres"))
		.withUserConfiguration(PostgresProfileCheck.class);

	@Test
	void withoutTheUrlTheAppStopsAndSaysWhy() {
		postgresProfile.run(context -> assertThat(context).getFailure()
			.hasMessageContaining("The postgres profile needs GLUTECHECK_DB_URL")
			.hasMessageContaining("it is not set"));
	}

	@Test
	void aUrlForAnotherDatabaseIsRefused() {
		postgresProfile.withPropertyValues("GLUTECHECK_DB_URL=jdbc:h2:mem:x")
			.run(context -> assertThat(context).getFailure().hasMessageContaining("it is not one"));
	}

	@Test
	void aPostgresUrlIsAccepted() {
		postgresProfile.withPropertyValues("GLUTECHECK_DB_URL=jdbc:postgresql://db.internal:5432/glutecheck")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void withoutTheProfileNothingIsChecked() {
		new ApplicationContextRunner().withUserConfiguration(PostgresProfileCheck.class)
			.run(context -> assertThat(context).hasNotFailed());
	}

}
