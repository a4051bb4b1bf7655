package org.glutecheck.assessment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every repository test again on PostgreSQL: the unique reference, the desk's queries, the retention delete. */
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresRepositoryTest extends AssessmentRepositoryTest {

	@BeforeAll
	static void needsPostgres() {
		assumeTrue(TestPostgres.available(), "No PostgreSQL here: set " + TestPostgres.URL_VARIABLE);
	}

	@DynamicPropertySource
	static void connection(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestPostgres.connection().url());
		registry.add("spring.datasource.username", () -> TestPostgres.connection().user());
		registry.add("spring.datasource.password", () -> TestPostgres.connection().password());
	}

}
