package org.glutecheck.system;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces Tomcat's own error report with the site's ({@link ServerErrorReport}): on the host,
 * where Tomcat would otherwise add its {@code ErrorReportValve}, and on the engine, for requests
 * refused before a host is chosen.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorReport(MessageSource messages) {
		Languages languages = Languages.fromClasspath();
		return factory -> {
			factory.addEngineValves(new ServerErrorReport(messages, languages));
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ServerErrorReport.class.getName());
					host.getPipeline().addValve(new ServerErrorReport(messages, languages));
				}
			});
		};
	}

}
