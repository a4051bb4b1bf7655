package org.glutecheck.system;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.glutecheck.assessment.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/** The same count on PostgreSQL, the database the postgres profile shares between instances. */
class SharedLookupMissesPostgresTest extends SharedLookupMissesTest {

	@BeforeAll
	static void needsPostgres() {
		assumeTrue(TestPostgres.available(), "No PostgreSQL here: the bundled binaries are for Linux x86-64 only; set "
				+ TestPostgres.URL_VARIABLE + " to a throwaway database to run this test");
	}

	@Override
	DataSource database() {
		TestPostgres.Connection server = TestPostgres.connection();
		// A schema of its own per test, so every test starts with no misses.
		String schema = "t" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password())) {
			connection.createStatement().execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reach the test PostgreSQL server", ex);
		}
		PGSimpleDataSource postgres = new PGSimpleDataSource();
		postgres.setUrl(server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
		postgres.setUser(server.user());
		postgres.setPassword(server.password());
		return postgres;
	}

}
