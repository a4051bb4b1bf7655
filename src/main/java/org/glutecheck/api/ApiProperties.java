package org.glutecheck.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The JSON API's settings ({@code glutecheck.api.*}).
 *
 * @param maxBodyBytes the largest answer document accepted; anything larger is refused with 413
 * @param version the build's version, shown in the API's OpenAPI description; Maven fills it in
 * from the project's version (application.properties)
 */
@ConfigurationProperties("glutecheck.api")
record ApiProperties(@DefaultValue("65536") int maxBodyBytes, @DefaultValue("unknown") String version) {

	ApiProperties {
		if (maxBodyBytes < 1024) {
			throw new IllegalArgumentException("glutecheck.api.max-body-bytes must be at least 1024");
		}
	}

}
