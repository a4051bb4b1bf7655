package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The storage path on a real PostgreSQL server, configured the way a deployment is: the "postgres"
 * profile, with the connection in GLUTECHECK_DB_URL and its neighbours (given here as properties).
 */
@ActiveProfiles("postgres")
class PostgresStorageTest extends AssessmentStorageTests {

	@Autowired
	DataSource dataSource;

	@BeforeAll
	static void needsPostgres() {
		assumeTrue(TestPostgres.available(), "No PostgreSQL here: the bundled binaries are for Linux x86-64 only; set "
				+ TestPostgres.URL_VARIABLE + " to a throwaway database to run this test");
	}

	@DynamicPropertySource
	static void connection(DynamicPropertyRegistry registry) {
		registry.add("GLUTECHECK_DB_URL", () -> TestPostgres.connection().url());
		registry.add("GLUTECHECK_DB_USER", () -> TestPostgres.connection().user());
		registry.add("GLUTECHECK_DB_PASSWORD", () -> TestPostgres.connection().password());
		registry.add("glutecheck.form-secret", () -> "postgres-tests-form-secret-0123456789abcdef");
		// The build gives every test an in-memory H2 URL as a system property, which outranks the
		// profile's file; put back the profile's own line so that the profile is what is tested.
		registry.add("spring.datasource.url", () -> "${GLUTECHECK_DB_URL}");
	}

	@Test
	void theProfileConnectsToPostgres() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getURL()).isEqualTo(TestPostgres.connection().url());
		}
		assertThat(((HikariDataSource) dataSource).getConnectionTimeout()).as("set by application-postgres.properties")
			.isEqualTo(10_000);
	}

}
