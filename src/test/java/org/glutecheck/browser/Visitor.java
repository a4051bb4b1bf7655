package org.glutecheck.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the questionnaire, doing what a person does: tapping the words of an answer (or a
 * place on the body map), pressing Continue. Every page reached is checked with {@link PageCheck}
 * when the browser can run the checks.
 */
final class Visitor {

	private final ChromeDriver driver;

	private final String origin;

	private final boolean javascript;

	/** Screenshot name prefix, or null for no screenshots on this walk. */
	private final String photographAs;

	private int pages;

	/** The pages to photograph on this walk; empty for all of them. */
	private java.util.Set<String> photographed = java.util.Set.of();

	/** Whether each page reached is checked (axe-core, console, weight). */
	private final boolean audit;

	Visitor(ChromeDriver driver, String origin, boolean javascript, String photographAs) {
		this(driver, origin, javascript, photographAs, true);
	}

	Visitor(ChromeDriver driver, String origin, boolean javascript, String photographAs, boolean audit) {
		this.audit = audit;
		this.driver = driver;
		this.origin = origin;
		this.javascript = javascript;
		this.photographAs = photographAs;
		PageCheck.clearConsole(driver);
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
	}

	/** Photographs only these pages of the walk (by their data-page name). */
	Visitor photographOnly(String... names) {
		photographed = java.util.Set.of(names);
		return this;
	}

	ChromeDriver driver() {
		return driver;
	}

	Visitor open(String path) {
		driver.get(origin + path);
		return arrived();
	}

	Visitor start() {
		open("/");
		return press("Start now");
	}

	/** Taps the words of each answer: a checkbox or radio button with that field and code. */
	Visitor tick(String field, String... codes) {
		for (String code : codes) {
			String id = field + "-" + code;
			try {
				driver.findElement(By.cssSelector("label[for='" + id + "']:not(.spot):not(.area)")).click();
			}
			catch (ElementClickInterceptedException coveredByItsInput) {
				// The 0-10 scale lays each radio button over its number: the tap lands on the input.
				driver.findElement(By.id(id)).click();
			}
		}
		return this;
	}

	/** Taps the number of a place on the body map picture rather than its words. */
	Visitor tapOnMap(String location) {
		driver.findElement(By.cssSelector("label.spot-" + location)).click();
		return this;
	}

	/** Taps the shaded area of a place on the body map picture itself. */
	Visitor tapArea(String location) {
		driver.findElement(By.cssSelector("label.area[for='locations-" + location + "'] .region")).click();
		return this;
	}

	Visitor noWarningSigns() {
		driver.findElement(By.cssSelector("label[for='noWarningSigns']")).click();
		return this;
	}

	Visitor next() {
		return leaveBy(driver.findElement(By.cssSelector("button[name='go'][value='next']")));
	}

	Visitor back() {
		return leaveBy(driver.findElement(By.cssSelector("button[name='go'][value='back']")));
	}

	/** "Change" beside an answer on the result: that page of questions again. */
	Visitor change(String step) {
		return leaveBy(driver.findElement(By.cssSelector("button[name='to'][value='" + step + "']")));
	}

	/** The browser's own Back button. */
	Visitor browserBack() {
		return historyStep(() -> driver.navigate().back());
	}

	/** The browser's own Forward button. */
	Visitor browserForward() {
		return historyStep(() -> driver.navigate().forward());
	}

	private Visitor historyStep(Runnable step) {
		Object oldPage = pageOrigin();
		step.run();
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(d -> !oldPage.equals(pageOrigin()));
		return arrived();
	}

	/** Presses the button or link with these words. */
	Visitor press(String words) {
		List<WebElement> candidates = driver.findElements(By.xpath(
				"//button[normalize-space(.)='" + words + "'] | //a[normalize-space(.)='" + words + "']"));
		return leaveBy(candidates.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow(
				() -> new AssertionError("No button or link '" + words + "' on " + driver.getCurrentUrl())));
	}

	/** Clicks something that loads another page, and waits until the old one is gone. */
	private Visitor leaveBy(WebElement control) {
		Object oldPage = pageOrigin();
		control.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(d -> !oldPage.equals(pageOrigin()));
		return arrived();
	}

	/** When the page on screen began loading: it changes with every page. */
	private Object pageOrigin() {
		return driver.executeScript("return performance.timeOrigin");
	}

	String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	List<String> texts(String css) {
		return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	/** The condition id of the first cause on the results page. */
	String leadingCause() {
		return driver.findElement(By.cssSelector(".cause-first")).getDomAttribute("data-condition");
	}

	boolean checked(String id) {
		return driver.findElement(By.id(id)).isSelected();
	}

	String source() {
		return driver.getPageSource();
	}

	/** Checks and photographs the page on screen now, as if just arrived. */
	Visitor look() {
		pages--;
		return arrived();
	}

	/** Waits for the next page and checks it. */
	private Visitor arrived() {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete"
			.equals(driver.executeScript("return document.readyState")));
		pages++;
		String page = pageName();
		if (!audit) {
			return this;
		}
		if (javascript) {
			// axe-core cannot run where scripts are off; the markup is the same either way.
			PageCheck.accessible(driver, page);
			PageCheck.reflows(driver, page);
		}
		PageCheck.weighed(driver, page, origin);
		PageCheck.quietConsole(driver, page);
		if (photographAs != null && (photographed.isEmpty() || photographed.contains(page))) {
			PageCheck.photograph(driver, String.format("%s-%02d-%s", photographAs, pages, page));
		}
		return this;
	}

	/** A short name for the page on screen: its data-page, and whether it shows errors. */
	String pageName() {
		String page = driver.findElement(By.tagName("main")).getDomAttribute("data-page");
		boolean errors = !driver.findElements(By.cssSelector(".error-summary")).isEmpty();
		return page + (errors ? "-errors" : "");
	}

}
