package org.glutecheck.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * Saved assessments are read with the texts of the rulebook version that made them, so any change to
 * the live rulebook must come with a new version, and the old one must be kept as a release. This
 * test holds the live rulebook's fingerprint against its version: a change without a new version
 * fails here, with what to do.
 */
class RulebookVersionGuardTest {

	private static final Path LIVE = Path.of("src/main/resources/rulebook/rulebook.yml");

	private static final Path RECORDED = Path.of("src/test/resources/rulebook/live-version.txt");

	private static final Path RELEASES = Path.of("src/main/resources/rulebook/releases");

	@Test
	void theLiveRulebookChangesOnlyWithANewVersion() throws IOException, NoSuchAlgorithmException {
		String[] recorded = Files.readString(RECORDED).trim().split(" ");
		String version = ConditionScorerTest.RULEBOOK.version();
		String fingerprint = fingerprint(Files.readString(LIVE));
		if (version.equals(recorded[0])) {
			assertThat(fingerprint).as("rulebook.yml changed but is still version %s: copy the previous file to %s/%s.yml, "
					+ "bump the version, and record '<version> <sha256>' in %s", version, RELEASES, version, RECORDED)
				.isEqualTo(recorded[1]);
		}
		else {
			assertThat(RELEASES.resolve(recorded[0] + ".yml")).as("the previous version is kept as a release").exists();
			assertThat(version).as("record the new version and its fingerprint '%s %s' in %s", version, fingerprint, RECORDED)
				.isEqualTo(recorded[0]);
		}
	}

	private static String fingerprint(String text) throws NoSuchAlgorithmException {
		byte[] normalised = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised));
	}

}
