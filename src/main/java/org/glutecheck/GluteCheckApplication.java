package org.glutecheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The gluteal pain checker: an educational questionnaire, a rule service and a clinic desk. */
@SpringBootApplication
public class GluteCheckApplication {

	public static void main(String[] args) {
		SpringApplication.run(GluteCheckApplication.class, args);
	}

}
