package org.glutecheck.assessment;

import org.springframework.test.context.TestPropertySource;

/** The storage path on H2, in a database of its own so that other tests' assessments never count. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:storage-test;DB_CLOSE_DELAY=-1")
class H2StorageTest extends AssessmentStorageTests {

}
