package org.glutecheck.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class RulebookReleasesTest {

	private static final Rulebook LIVE = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));

	private static final Resource NOVEMBER = new ClassPathResource("rulebook/releases/2026.11.2.yml");

	@Test
	void everyShippedReleaseLoadsBesideTheLiveRulebook() throws IOException {
		List<Resource> shipped = List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:rulebook/releases/*.yml"));

		RulebookReleases releases = RulebookReleases.of(LIVE, shipped);

		assertThat(shipped).isNotEmpty();
		assertThat(releases.live()).isSameAs(LIVE);
		assertThat(releases.version(LIVE.version())).containsSame(LIVE);
		assertThat(releases.version("2026.11.2")).get().satisfies(release -> {
			assertThat(release.conditions()).hasSize(10);
			assertThat(release.considerAlso()).isEmpty();
		});
		assertThat(releases.version("2025.01.1")).isEmpty();
	}

	@Test
	void aReleaseIsSparedOnlyTheChecksThatGuardNewAssessments() {
		// 2026.11.2 predates the version 2 warning signs and still cites search pages as sources:
		// both stop it from making new assessments, neither from showing the ones it made.
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookLoader.load(NOVEMBER))
			.withMessageContaining("has no rule of its own")
			.withMessageContaining("not a search");
		assertThat(RulebookLoader.loadRelease(NOVEMBER).version()).isEqualTo("2026.11.2");
	}

	@Test
	void aVersionCannotBeShippedTwice() {
		assertThatExceptionOfType(RulebookException.class)
			.isThrownBy(() -> RulebookReleases.of(LIVE, List.of(new ClassPathResource("rulebook/rulebook.yml"))))
			.withMessageContaining("version " + LIVE.version() + " is already the version of the live rulebook");
		assertThatExceptionOfType(RulebookException.class)
			.isThrownBy(() -> RulebookReleases.of(LIVE, List.of(NOVEMBER, NOVEMBER)))
			.withMessageContaining("version 2026.11.2 is already the version of");
	}

}
