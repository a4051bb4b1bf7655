package org.glutecheck.system;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;

import org.glutecheck.assessment.TestPostgres;
import org.junit.jupiter.api.BeforeAll;

/** The same count on PostgreSQL, the database the postgres profile shares between instances. */
class SharedLookupMissesPostgresTest extends SharedLookupMissesTest {

	@BeforeAll
	static void needsPostgres() {
		assumeTrue(TestPostgres.available(), "No PostgreSQL here: the bundled binaries are for Linux x86-64 only; set "
				+ TestPostgres.URL_VARIABLE + " to a throwaway database to run this test");
	}

	@Override
	DataSource database() {
		// A schema of its own per test, so every test starts with no misses.
		return TestPostgres.freshSchema();
	}

}
