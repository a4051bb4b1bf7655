package org.glutecheck.browser;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One browser with JavaScript on and one with it off, for a whole test class. It starts before the
 * application does, so that a machine without Chromium skips the class at once.
 */
final class BrowserPair implements BeforeAllCallback, AfterAllCallback {

	private final Map<Boolean, ChromeDriver> browsers = new HashMap<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		Chromium.assumeInstalled();
		browsers.put(true, Chromium.start(true));
		browsers.put(false, Chromium.start(false));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		browsers.values().forEach(ChromeDriver::quit);
		browsers.clear();
	}

	ChromeDriver get(boolean javascript) {
		return browsers.get(javascript);
	}

	/** A new person at the site: the browser with or without JavaScript, with nothing of the last one. */
	Visitor visitor(int port, boolean javascript, String photographAs) {
		return visitor(port, javascript, photographAs, true);
	}

	/** As {@link #visitor(int, boolean, String)}, with axe-core and the page checks on each page or not. */
	Visitor visitor(int port, boolean javascript, String photographAs, boolean audit) {
		ChromeDriver driver = get(javascript);
		driver.manage().deleteAllCookies();
		return new Visitor(driver, "http://localhost:" + port, javascript, photographAs, audit);
	}

}
