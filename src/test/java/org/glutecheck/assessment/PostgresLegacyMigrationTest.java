package org.glutecheck.assessment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Migration V7 on PostgreSQL, in a database of its own ({@value #DATABASE}) on the test server, which
 * it drops and makes again, so the server's user needs the right to create databases.
 */
class PostgresLegacyMigrationTest extends LegacyAssessmentsMigrationTests {

	static final String DATABASE = "glutecheck_legacy_v7";

	@BeforeAll
	static void needsPostgres() {
		assumeTrue(TestPostgres.available(), "No PostgreSQL here: set " + TestPostgres.URL_VARIABLE);
	}

	@DynamicPropertySource
	static void legacyDatabase(DynamicPropertyRegistry registry) throws SQLException {
		if (!TestPostgres.available()) {
			return;
		}
		TestPostgres.Connection server = TestPostgres.connection();
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		String url = server.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + DATABASE + "$1");
		LegacyRows.saveBeforeV7(url, server.user(), server.password());
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", server::user);
		registry.add("spring.datasource.password", server::password);
	}

}
