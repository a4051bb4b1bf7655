package org.glutecheck.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The JSON API's settings ({@code glutecheck.api.*}).
 *
 * @param maxBodyBytes the largest answer document accepted; anything larger is refused with 413
 */
@ConfigurationProperties("glutecheck.api")
record ApiProperties(@DefaultValue("65536") int maxBodyBytes) {

	ApiProperties {
		if (maxBodyBytes < 1024) {
			throw new IllegalArgumentException("glutecheck.api.max-body-bytes must be at least 1024");
		}
	}

}
