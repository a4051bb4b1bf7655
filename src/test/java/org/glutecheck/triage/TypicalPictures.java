package org.glutecheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One typical picture of each of the ten causes, for the safety-net properties: the first case of
 * each cause in the public vignette sample that has no warning sign and needs no more than self-care
 * or an appointment. Public for the check-in tests of the assessment module.
 */
public final class TypicalPictures {

	private TypicalPictures() {
	}

	/** The answers of each picture (as the contract's JSON), by the cause it is typical of. */
	public static Map<String, JsonNode> load() {
		Map<String, JsonNode> pictures = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource("vignettes/public.json").getInputStream()) {
			for (JsonNode vignette : JsonMapper.builder().build().readTree(in)) {
				JsonNode expected = vignette.path("expect").path("conditions");
				JsonNode answers = vignette.path("answers");
				boolean noWarningSign = answers.path("redFlags").isEmpty();
				boolean benign = vignette.path("expect").path("triage").valueStream()
					.allMatch(level -> level.asString().equals("SELF_CARE") || level.asString().equals("SOON"));
				if (expected.isArray() && !expected.isEmpty() && noWarningSign && benign) {
					pictures.putIfAbsent(expected.get(0).asString(), answers);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(pictures).as("a typical picture of each of the ten causes").hasSize(10);
		return pictures;
	}

}
