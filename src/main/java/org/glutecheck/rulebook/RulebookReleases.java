package org.glutecheck.rulebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Every rulebook version that has made assessments: the live one, which makes new ones, and each
 * earlier release, kept in the jar so that a saved assessment is always shown with the texts of the
 * version that made it. All are loaded and checked at start, so a broken release stops the start
 * instead of failing the day someone opens an old result.
 */
public final class RulebookReleases {

	private final Rulebook live;

	private final Map<String, Rulebook> byVersion;

	private RulebookReleases(Rulebook live, Map<String, Rulebook> byVersion) {
		this.live = live;
		this.byVersion = Map.copyOf(byVersion);
	}

	/**
	 * The live rulebook and the releases in these files. A version may appear only once: a release
	 * keeps the version it was released with, and a changed live rulebook needs a new one, or two
	 * different texts would claim the same saved assessments.
	 */
	public static RulebookReleases of(Rulebook live, List<Resource> releases) {
		Map<String, Rulebook> byVersion = new LinkedHashMap<>();
		Map<String, String> fileOf = new LinkedHashMap<>();
		byVersion.put(live.version(), live);
		fileOf.put(live.version(), "the live rulebook");
		for (Resource resource : releases) {
			Rulebook release = RulebookLoader.loadRelease(resource);
			String earlier = fileOf.putIfAbsent(release.version(), resource.getDescription());
			if (earlier != null) {
				throw new RulebookException(resource.getDescription(),
						List.of("version " + release.version() + " is already the version of " + earlier));
			}
			byVersion.put(release.version(), release);
		}
		return new RulebookReleases(live, byVersion);
	}

	/** The rulebook that makes new assessments. */
	public Rulebook live() {
		return live;
	}

	/** The rulebook of this version, live or released; empty when no such version was ever shipped here. */
	public Optional<Rulebook> version(String version) {
		return Optional.ofNullable(byVersion.get(version));
	}

}
