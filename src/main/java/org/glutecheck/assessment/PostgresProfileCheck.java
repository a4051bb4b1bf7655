package org.glutecheck.assessment;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The "postgres" profile refuses to start without its database URL, and says so in words, before
 * any bean is made (otherwise the connection pool fails later on the literal "${GLUTECHECK_DB_URL}").
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class PostgresProfileCheck {

	static final String URL_VARIABLE = "GLUTECHECK_DB_URL";

	@Bean
	static BeanFactoryPostProcessor postgresUrlIsSet(Environment environment) {
		String url = environment.getProperty(URL_VARIABLE, "");
		return beanFactory -> {
			if (!url.startsWith("jdbc:postgresql:")) {
				throw new IllegalStateException("The postgres profile needs " + URL_VARIABLE
						+ " set to a PostgreSQL JDBC URL such as jdbc:postgresql://db.internal:5432/glutecheck"
						+ (url.isEmpty() ? "; it is not set" : "; it is not one") + ". See docs/deployment.md.");
			}
		};
	}

}
