package org.glutecheck.desk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The same counts on PostgreSQL, the database the postgres profile shares between instances
 * (row locks, LIMIT in a subquery and timestamps with time zone as PostgreSQL has them).
 */
class SignInThrottlePostgresTest extends SignInThrottleTest {

	private static EmbeddedPostgres server;

	@BeforeAll
	static void needsPostgres() {
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
				&& (arch.equals("amd64") || arch.equals("x86_64")), "No PostgreSQL binaries for this machine");
	}

	@Override
	DataSource database() {
		try {
			synchronized (SignInThrottlePostgresTest.class) {
				if (server == null) {
					server = EmbeddedPostgres.builder().start();
				}
			}
			// A schema of its own per test, so every test starts with no counts.
			String schema = "t" + UUID.randomUUID().toString().replace("-", "");
			try (var connection = server.getPostgresDatabase().getConnection()) {
				connection.createStatement().execute("create schema " + schema);
			}
			PGSimpleDataSource postgres = new PGSimpleDataSource();
			postgres.setUrl("jdbc:postgresql://localhost:" + server.getPort() + "/postgres?currentSchema=" + schema);
			postgres.setUser("postgres");
			return migrated(postgres);
		}
		catch (IOException | java.sql.SQLException ex) {
			throw new UncheckedIOException(new IOException("Could not start the embedded PostgreSQL server", ex));
		}
	}

}
