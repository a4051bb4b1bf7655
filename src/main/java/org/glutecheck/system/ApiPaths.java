package org.glutecheck.system;

/**
 * The addresses that machines read: the JSON API and the FHIR definitions. They are answered in the
 * language of Accept-Language whatever cookie comes along, take no CSRF token, and answer errors as
 * problem documents, never with the site's error page.
 */
final class ApiPaths {

	/** As Spring Security matches them. */
	static final String[] PATTERNS = { "/api/**", "/fhir/**" };

	private ApiPaths() {
	}

	static boolean contains(String path) {
		return path != null && (path.startsWith("/api/") || path.startsWith("/fhir/"));
	}

}
