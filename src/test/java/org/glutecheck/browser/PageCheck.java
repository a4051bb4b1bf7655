package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What every page must pass in a real browser: no axe-core violation, no error in the browser's
 * console (a blocked inline script or style shows there), no request to another host, and at
 * most 60 KB transferred with everything it loads. Also takes the screenshots of each page.
 */
final class PageCheck {

	static final int MAX_PAGE_BYTES = 60 * 1024;

	/** Phone, tablet landscape and laptop: the sizes every page is photographed at. */
	enum Screen {

		PHONE(390, 844, true), TABLET(820, 1180, true), LAPTOP(1366, 768, false);

		final int width;

		final int height;

		final boolean touch;

		Screen(int width, int height, boolean touch) {
			this.width = width;
			this.height = height;
			this.touch = touch;
		}

	}

	/** The weight of each page seen, for the report at the end of the run. */
	static final Map<String, Long> WEIGHTS = new ConcurrentHashMap<>();

	private PageCheck() {
	}

	/** axe-core over the whole page: any violation of any rule fails the test. */
	static void accessible(ChromeDriver driver, String page) {
		Results results = new AxeBuilder().analyze(driver);
		assertThat(results.isErrored()).as("axe-core ran on %s", page).isFalse();
		assertThat(describe(results.getViolations())).as("axe-core violations on %s", page).isEmpty();
	}

	/**
	 * The page reflows at 320 CSS pixels wide (a 1280 px screen at 400% zoom, WCAG 1.4.10), so at
	 * 200% zoom on any screen nothing needs scrolling sideways.
	 */
	static void reflows(ChromeDriver driver, String page) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
		try {
			Number wide = (Number) driver.executeScript("return document.documentElement.scrollWidth");
			assertThat(wide.intValue()).as("width of %s at 320 px", page).isLessThanOrEqualTo(320);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** Forgets what the browser's console said so far. */
	static void clearConsole(ChromeDriver driver) {
		driver.manage().logs().get(LogType.BROWSER);
	}

	/** Nothing went wrong in the browser: no failed load, no blocked script or style. */
	static void quietConsole(ChromeDriver driver, String page) {
		String self = driver.getCurrentUrl() + " - Failed to load resource: the server responded with a status of 404";
		List<String> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.startsWith(self)) // a page that is meant to say "not found"
			.toList();
		assertThat(errors).as("browser console on %s", page).isEmpty();
	}

	/**
	 * Everything the page loaded came from the site itself, and all of it together (the page, its
	 * stylesheet, script, icon and images) is at most 60 KB as transferred. The browser's cache is
	 * off for this browser, so every page is weighed as if it were the first.
	 */
	@SuppressWarnings("unchecked")
	static long weighed(ChromeDriver driver, String page, String origin) {
		List<Map<String, Object>> entries = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
				"return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
						+ ".map(function (e) { return {name: e.name, size: e.transferSize}; });");
		List<String> elsewhere = new ArrayList<>();
		long total = 0;
		for (Map<String, Object> entry : entries) {
			String name = String.valueOf(entry.get("name"));
			if (!sameOrigin(name, origin)) {
				elsewhere.add(name);
			}
			total += ((Number) entry.get("size")).longValue();
		}
		assertThat(elsewhere).as("requests to other hosts from %s", page).isEmpty();
		assertThat(total).as("bytes transferred for %s", page).isPositive().isLessThanOrEqualTo(MAX_PAGE_BYTES);
		WEIGHTS.merge(page, total, Math::max);
		return total;
	}

	/** The page at each screen size, as a whole-page PNG, into the screenshot directory. */
	static void photograph(ChromeDriver driver, String name) {
		Path dir = screenshotDirectory();
		for (Screen screen : Screen.values()) {
			resize(driver, screen);
			Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
			@SuppressWarnings("unchecked")
			Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
			long height = Math.max(screen.height, Math.round(((Number) content.get("height")).doubleValue()));
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip",
							Map.of("x", 0, "y", 0, "width", screen.width, "height", height, "scale", 1)));
			byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
			Path file = dir.resolve(name + "-" + screen.name().toLowerCase() + ".png");
			write(file, png);
			shrink(file);
		}
		resize(driver, Screen.LAPTOP);
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	static void resize(ChromeDriver driver, Screen screen) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width, "height",
				screen.height, "deviceScaleFactor", 1, "mobile", screen == Screen.PHONE));
	}

	/**
	 * Where screenshots go: target/screenshots, or the directory named by the system property
	 * glutecheck.screenshots (./mvnw verify -Dglutecheck.screenshots=docs/screenshots refreshes
	 * the committed ones).
	 */
	static Path screenshotDirectory() {
		Path dir = Path.of(System.getProperty("glutecheck.screenshots", "target/screenshots"));
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where pngquant is installed, the picture is stored with a 256-colour palette, a third of the size. */
	private static void shrink(Path file) {
		Path pngquant = Path.of("/usr/bin/pngquant");
		if (!Files.isExecutable(pngquant)) {
			return;
		}
		try {
			Process process = new ProcessBuilder(pngquant.toString(), "--force", "--skip-if-larger", "--strip",
					"--speed", "3", "--output", file.toString(), "256", file.toString())
				.redirectErrorStream(true)
				.start();
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			process.waitFor();
		}
		catch (IOException ex) {
			// The picture stays as it was taken.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void write(Path file, byte[] png) {
		try {
			Files.write(file, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean sameOrigin(String url, String origin) {
		if (url.startsWith("data:") || url.startsWith("about:")) {
			return true;
		}
		URI uri = URI.create(url);
		return (uri.getScheme() + "://" + uri.getAuthority()).equals(origin);
	}

	private static List<String> describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("; ")))
			.toList();
	}

}
