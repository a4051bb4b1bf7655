package org.glutecheck.desk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.glutecheck.assessment.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

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
		TestPostgres.Connection server = TestPostgres.connection();
		// A schema of its own per test, so every test starts with no counts.
		String schema = "t" + UUID.randomUUID().toString().replace("-", "");
		try (var connection = DriverManager.getConnection(server.url(), server.user(), server.password())) {
			connection.createStatement().execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not make a schema on the test PostgreSQL server", ex);
		}
		PGSimpleDataSource postgres = new PGSimpleDataSource();
		postgres.setUrl(server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
		postgres.setUser(server.user());
		postgres.setPassword(server.password());
		return migrated(postgres);
	}

}
