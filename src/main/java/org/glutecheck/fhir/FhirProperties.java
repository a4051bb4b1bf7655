package org.glutecheck.fhir;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FHIR settings ({@code glutecheck.fhir.*}).
 *
 * @param canonicalBase the start of every canonical URL the app's FHIR resources carry (the
 * Questionnaire's, the code systems', the extensions'): an absolute http or https URL with no query,
 * fragment, user or trailing slash. It names the definitions and is never taken from a request (a
 * Host or X-Forwarded-Host header is the client's to forge). The default is the product's own name
 * space; a deployment that wants the URLs to resolve sets its public address followed by
 * {@code /fhir}, where it serves them.
 */
@ConfigurationProperties("glutecheck.fhir")
record FhirProperties(@DefaultValue("https://glutecheck.org/fhir") URI canonicalBase) {

	FhirProperties {
		String problem = problem(canonicalBase);
		if (problem != null) {
			throw new IllegalArgumentException("glutecheck.fhir.canonical-base " + problem + ": " + canonicalBase);
		}
	}

	private static String problem(URI base) {
		if (base == null || !base.isAbsolute() || base.isOpaque() || base.getHost() == null) {
			return "must be an absolute URL with a host";
		}
		if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme())) {
			return "must be an http or https URL";
		}
		if (base.getRawQuery() != null || base.getRawFragment() != null || base.getRawUserInfo() != null) {
			return "must have no query, fragment or user";
		}
		if (base.getRawPath().endsWith("/") || base.toString().length() > 200) {
			return "must not end with a slash, and be at most 200 characters";
		}
		return null;
	}

}
