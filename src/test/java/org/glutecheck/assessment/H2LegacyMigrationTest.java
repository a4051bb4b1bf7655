package org.glutecheck.assessment;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Migration V7 on H2, in a database of its own. */
class H2LegacyMigrationTest extends LegacyAssessmentsMigrationTests {

	@DynamicPropertySource
	static void legacyDatabase(DynamicPropertyRegistry registry) {
		String url = "jdbc:h2:mem:legacy-v7;DB_CLOSE_DELAY=-1";
		LegacyRows.saveBeforeV7(url, "sa", "");
		registry.add("spring.datasource.url", () -> url);
	}

}
