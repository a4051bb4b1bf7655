package org.glutecheck.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The protective headers every response carries, defined here and nowhere else: Spring Security
 * writes them on everything the application answers ({@link #pages}), and the server's own error
 * report writes the same ones on requests it refuses before the application sees them
 * ({@link #writeTo}). Cache-Control: Spring Security's default (no-store) unless a response chose
 * its own, as the styles and scripts do.
 */
public final class SecurityHeaders {

	/** The site's own pages may load nothing from elsewhere and nothing inline (the desk's too). */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	/** Swagger UI sets inline styles from its scripts; it gets that one exception and nothing more. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
			+ "base-uri 'self'; object-src 'none'";

	/** What an error answered outside the application may be kept: nothing, anywhere. */
	static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

	private SecurityHeaders() {
	}

	/** Every header but Cache-Control, by name, with this Content-Security-Policy. */
	static Map<String, String> fixed(String contentSecurityPolicy) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", contentSecurityPolicy);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Referrer-Policy", "no-referrer");
		return headers;
	}

	/** The headers on everything a security filter chain answers, with the site's policy. */
	public static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
		return pages(CONTENT_SECURITY_POLICY);
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> pages(String contentSecurityPolicy) {
		return headers -> {
			headers.defaultsDisabled().cacheControl(Customizer.withDefaults()).httpStrictTransportSecurity(Customizer.withDefaults());
			fixed(contentSecurityPolicy).forEach((name, value) -> headers.addHeaderWriter(new StaticHeadersWriter(name, value)));
		};
	}

	/** The same headers, Cache-Control: no-store included, for a response made outside Spring Security. */
	static void writeTo(BiConsumer<String, String> response) {
		fixed(CONTENT_SECURITY_POLICY).forEach(response);
		response.accept("Cache-Control", NO_STORE);
		response.accept("Pragma", "no-cache");
	}

}
