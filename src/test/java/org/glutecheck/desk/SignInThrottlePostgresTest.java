package org.glutecheck.desk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;

import org.glutecheck.assessment.TestPostgres;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same counts on PostgreSQL, the database the postgres profile shares between instances
 * (row locks, LIMIT in a subquery and timestamps with time zone as PostgreSQL has them).
 */
class SignInThrottlePostgresTest extends SignInThrottleTest {

	@BeforeAll
	static void needsPostgres() {
		assumeTrue(TestPostgres.available(), "No PostgreSQL here: set " + TestPostgres.URL_VARIABLE);
	}

	@Override
	DataSource database() {
		// A schema of its own per test, so every test starts with no counts.
		return migrated(TestPostgres.freshSchema());
	}

}
