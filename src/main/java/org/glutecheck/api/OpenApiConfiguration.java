package org.glutecheck.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API's OpenAPI description ({@code /v3/api-docs}). The words, the problem documents and the
 * examples are written in {@code openapi.yaml} beside this class; springdoc adds the paths and the
 * schemas from the controllers, whose {@code @ApiResponse}s list every status each operation can
 * answer. This adds what only the build knows: the version, which is the project's version with
 * the assessment contract's version as build metadata ({@code 0.1.0-SNAPSHOT+contract.2}), and the
 * server, the same origin as the document ({@code /}) wherever the app is deployed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class OpenApiConfiguration {

	/**
	 * The version of the assessment contract the API speaks (docs/assessment-api.md, "Version 2").
	 * Raise it when the contract gains a version; codes are only ever added.
	 */
	static final String CONTRACT_VERSION = "2";

	@Bean
	OpenAPI glutecheckOpenApi(ApiProperties properties) {
		OpenAPI openApi = read("openapi.yaml");
		openApi.getInfo().version(properties.version() + "+contract." + CONTRACT_VERSION);
		openApi.servers(List.of(new Server().url("/")
			.description("The server that serves this document: the API and its description share one origin")));
		return openApi;
	}

	/**
	 * The public API needs no credentials: each of its operations says so with an empty security
	 * requirement ({@code security: []}), not by leaving it unsaid.
	 */
	@Bean
	OpenApiCustomizer publicOperationsNeedNoCredentials() {
		return openApi -> openApi.getPaths()
			.values()
			.forEach(path -> path.readOperations().forEach(operation -> operation.setSecurity(new ArrayList<>())));
	}

	/**
	 * Every answer except {@code locations} may be left out or sent as {@code null}, and the
	 * assessment's {@code answers} shows one left out as {@code null}; so may a check-in's
	 * {@code noWarningSigns}; and a check-in that stopped at an emergency warning sign shows its
	 * {@code course} and {@code severity} as {@code null}. The schema says so, so that a client
	 * validating against it accepts what the API really sends.
	 */
	@Bean
	OpenApiCustomizer unansweredAnswersAreNull() {
		return openApi -> {
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			allowNullUnlessRequired(schemas.get("Answers"));
			allowNullUnlessRequired(schemas.get("FollowUpAnswers"));
			Schema<?> followUp = schemas.get("FollowUp");
			if (followUp != null && followUp.getProperties() != null) {
				List.of("course", "severity").forEach(name -> allowNull(followUp.getProperties().get(name)));
			}
		};
	}

	/** Every property of the schema that is neither a list nor required may be null. */
	private static void allowNullUnlessRequired(Schema<?> schema) {
		if (schema == null || schema.getProperties() == null) {
			return;
		}
		schema.getProperties().forEach((name, property) -> {
			if (!"array".equals(typeOf(property)) && !(schema.getRequired() != null && schema.getRequired().contains(name))) {
				allowNull(property);
			}
		});
	}

	private static String typeOf(Schema<?> schema) {
		return schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next() : schema.getType();
	}

	@SuppressWarnings("unchecked")
	private static void allowNull(Schema<?> property) {
		if (property.getTypes() == null || property.getTypes().isEmpty()) {
			property.setTypes(new LinkedHashSet<>(List.of(property.getType())));
		}
		property.addType("null");
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			((Schema<Object>) property).addEnumItemObject(null);
		}
	}

	private static OpenAPI read(String resource) {
		try (InputStream in = OpenApiConfiguration.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource + " beside " + OpenApiConfiguration.class.getName());
			}
			return Yaml31.mapper().readValue(in, OpenAPI.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
