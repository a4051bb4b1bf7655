package org.glutecheck.assessment;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a person hands to a clinician: 60 random bits in Crockford's base 32 (no I, L, O or U,
 * so it reads aloud without confusion), written in three groups of four, like {@code K7QM-2XD9-4TRB}.
 */
public final class Reference {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int LENGTH = 12;

	private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Reference() {
	}

	static String random() {
		StringBuilder code = new StringBuilder(LENGTH + 2);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A reference, or any part of one, as the plain characters it is made of, with the look-alikes
	 * people type made right (I and L for 1, O for 0) and every other character that cannot be in a
	 * reference dropped. The one place that knows the look-alikes: lookups and the desk's search both
	 * use it.
	 */
	public static String compact(String typed) {
		return typed == null ? "" : typed.toUpperCase(Locale.ROOT)
			.replace('I', '1')
			.replace('L', '1')
			.replace('O', '0')
			.replaceAll("[^0-9A-Z]", "");
	}

	/**
	 * The canonical form of a reference as a person may type it: any case, with or without dashes
	 * or spaces, with I or L for 1 and O for 0. Empty when it cannot be a reference.
	 */
	public static Optional<String> normalize(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String compact = compact(typed.replaceAll("[\\s-]", ""));
		if (compact.length() != LENGTH) {
			return Optional.empty();
		}
		String canonical = compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
		return CANONICAL.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
	}

}
