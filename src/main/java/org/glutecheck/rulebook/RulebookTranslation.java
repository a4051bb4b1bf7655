package org.glutecheck.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One file of a rulebook's texts in another language: {@code rulebook_<language>.yml} beside the
 * live rulebook, or {@code releases/<version>_<language>.yml} beside a release. It names the version
 * whose English it translates and gives each text by its stable id ({@link RulebookTexts}).
 *
 * @param language the language tag from the file name, such as {@code es}
 * @param translates the rulebook version whose texts these are
 * @param texts text by id; a list-valued text (self-care, see a clinician if) is a list
 */
record RulebookTranslation(String description, String language, String translates, Map<String, Object> texts) {

	/** A translation file's name: anything, an underscore, a language tag, .yml. */
	static final Pattern FILE_NAME = Pattern.compile("(.+)_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.yml");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private record Raw(String translates, Map<String, Object> texts) {
	}

	/** Whether this file is a translation rather than a rulebook. */
	static boolean isTranslation(Resource resource) {
		return resource.getFilename() != null && FILE_NAME.matcher(resource.getFilename()).matches();
	}

	static RulebookTranslation load(Resource resource) {
		Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
		if (!name.matches()) {
			throw new RulebookException(resource.getDescription(), List.of("a translation is named <name>_<language>.yml"));
		}
		Raw raw;
		try (InputStream in = resource.getInputStream()) {
			raw = YAML.readValue(in, Raw.class);
		}
		catch (JacksonException ex) {
			throw new RulebookException(resource.getDescription(), ex.getPathReference(), ex);
		}
		catch (IOException ex) {
			throw new RulebookException(resource.getDescription(), "its start", ex);
		}
		if (raw == null || raw.translates() == null || raw.texts() == null) {
			throw new RulebookException(resource.getDescription(), List.of("needs translates: <version> and texts:"));
		}
		return new RulebookTranslation(resource.getDescription(), name.group(2), raw.translates(),
				new LinkedHashMap<>(raw.texts()));
	}

}
