package org.glutecheck.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.util.logging.Level;

/**
 * Headless Chromium for the browser tests, from the operating system's packages: Selenium is
 * pointed at that chromedriver and that browser, so it downloads nothing. Where they are not
 * installed, the tests that need them are skipped with a note on how to enable them.
 */
final class Chromium {

	static final Path BROWSER = Path.of(setting("CHROMIUM_BIN", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	static void assumeInstalled() {
		if (!installed()) {
			System.err.println(NOT_INSTALLED);
		}
		assumeTrue(installed(), NOT_INSTALLED);
	}

	private static final String NOT_INSTALLED = "Browser tests skipped: Chromium or chromedriver is missing (looked for " + BROWSER
				+ " and " + DRIVER + "). To run them on Debian or Ubuntu: apt-get install chromium chromium-driver "
				+ "(or set CHROMIUM_BIN and CHROMEDRIVER to where they are).";

	/** A fresh browser with its own empty profile; with JavaScript on or off. */
	static ChromeDriver start(boolean javascript) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1366,768",
				"--lang=en-GB", "--user-data-dir=" + freshProfile());
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withLogOutput(System.err)
			.withSilent(true)
			.build();
		return new ChromeDriver(service, options);
	}

	private static String freshProfile() {
		try {
			File dir = Files.createTempDirectory("glutecheck-chromium-").toFile();
			dir.deleteOnExit();
			return dir.getAbsolutePath();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot make a browser profile directory", ex);
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
