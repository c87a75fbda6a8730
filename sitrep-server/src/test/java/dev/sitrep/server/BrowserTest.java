package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium, driven by Selenium, against a real server: what a person does, checked in the
 * page's DOM, with a screenshot of each page in {@code target/screenshots}. Skipped where Chromium or ChromeDriver
 * is missing ({@code .ci/run} installs Debian's {@code chromium} and {@code chromium-driver}).
 */
class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Fixture fixture;
    private static Path profile;

    /** The first of the paths that exists, from an environment variable or Debian's places. */
    private static Optional<Path> binary(String variable, String... places) {
        return Stream.concat(Stream.ofNullable(System.getenv(variable)), Stream.of(places)).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    @BeforeAll
    static void open() throws IOException {
        Optional<Path> chromium = binary("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> driver = binary("CHROMEDRIVER", "/usr/bin/chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(), "browser tests skipped: no Chromium or "
                + "ChromeDriver (install Debian's chromium and chromium-driver, or set CHROME_BIN and CHROMEDRIVER)");
        fixture = Fixture.get();
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("sitrep-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
            Fixture.deleteTree(profile);
        }
    }

    private static void go(String pathAndQuery) {
        browser.get(fixture.url() + pathAndQuery);
    }

    private static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void screenshot(TestInfo test) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
        assertTrue(png.length > 1000);
    }

    private static void noErrorShown() {
        assertEquals(List.of(), browser.findElements(By.cssSelector(".error")).stream().map(WebElement::getText)
                .toList());
    }

    @Test
    void searchShowsHitsAndFacetsThatNarrowIt(TestInfo test) throws IOException {
        go("/");
        visible(".cards");
        browser.findElement(By.id("q")).sendKeys("grain");
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement hit = visible("ol.hits li.hit");
        assertTrue(hit.findElement(By.cssSelector(".snippet mark")).getText().equalsIgnoreCase("grain"));
        WebElement poland = visible("section[data-facet=actor] a[href*='country%3APOL']");
        screenshot(test);
        poland.click();
        assertEquals("actor: country:POL", visible(".chip").getText().replace("×", "").strip());
        visible("ol.hits li.hit");
        noErrorShown();
    }

    @Test
    void anArticleShowsAQuoteHighlightedWithItsSpeakerAndFactsLeadToTheirCharacters(TestInfo test)
            throws IOException {
        go("/?q=Savchuk");
        visible("ol.hits li.hit a").click();
        WebElement quote = visible("#text .quote-start[data-speaker='Oleh Savchuk']");
        assertTrue(quote.getAttribute("class").contains("quote"));
        String speakerTag = (String) browser.executeScript(
                "return getComputedStyle(arguments[0], '::before').content", quote);
        assertTrue(speakerTag.contains("Oleh Savchuk"), speakerTag);
        assertFalse(browser.findElements(By.cssSelector("#text .ent")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#text .trigger")).isEmpty());

        WebElement listed = visible("#quotes li");
        assertTrue(listed.findElement(By.cssSelector(".speaker")).getText().contains("Savchuk"), listed.getText());
        listed.click();
        List<WebElement> focused = browser.findElements(By.cssSelector("#text .focus"));
        assertFalse(focused.isEmpty());
        int start = Integer.parseInt(listed.getAttribute("data-start"));
        int end = Integer.parseInt(listed.getAttribute("data-end"));
        for (WebElement f : focused) {
            assertTrue(Integer.parseInt(f.getAttribute("data-start")) >= start
                    && Integer.parseInt(f.getAttribute("data-end")) <= end);
        }
        browser.findElement(By.cssSelector("#events li")).click();
        assertFalse(browser.findElements(By.cssSelector("#text .focus")).isEmpty());
        screenshot(test);
        noErrorShown();
    }

    @Test
    void anActorPageShowsAPersonsRolesAndQuotesAndACountrysEventsOverTime(TestInfo test) throws IOException {
        go("/?q=Savchuk");
        visible("ol.hits li.hit a").click();
        visible("#quotes li a.actor").click();
        assertEquals("Oleh Savchuk", visible("#name").getText());
        assertTrue(visible("#roles").getText().contains("Agriculture Minister"));
        // the role's state and sector, and where they came from
        assertTrue(visible("#roles").getText().contains("UKR"), visible("#roles").getText());
        assertTrue(visible("#roles").getText().contains("GOV"), visible("#roles").getText());
        assertTrue(visible("#roles").getText().contains("the article"), visible("#roles").getText());
        assertFalse(browser.findElements(By.cssSelector("#quotes tbody tr")).isEmpty());
        go("/actor.html?id=" + URLEncoder.encode("country:UKR", StandardCharsets.UTF_8));
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#role-chart-box[data-points]")));
        assertTrue(Integer.parseInt(chart.getAttribute("data-points")) > 0);
        assertFalse(chart.findElements(By.tagName("canvas")).isEmpty());
        screenshot(test);
        noErrorShown();
    }

    @Test
    void theTimelineChartsEventsByTypeForAnActorAndAPair(TestInfo test) throws IOException {
        go("/timeline.html?actor=UKR");
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline-box[data-events]")));
        assertTrue(Integer.parseInt(box.getAttribute("data-events")) > 0);
        Long drawn = (Long) browser.executeScript("const c = document.getElementById('timeline-chart');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;");
        assertTrue(drawn > 1000, "the chart drew " + drawn + " pixels");
        screenshot(test);
        go("/timeline.html?source=POL&target=UKR&interval=year");
        box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-box[data-events]")));
        assertTrue(Integer.parseInt(box.getAttribute("data-events")) > 0);
        noErrorShown();
    }

    @Test
    void theNetworkDrawsActorsAndLinks(TestInfo test) throws IOException {
        go("/network.html");
        WebElement net = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#network[data-nodes]")));
        assertTrue(Integer.parseInt(net.getAttribute("data-nodes")) > 1);
        assertTrue(Integer.parseInt(net.getAttribute("data-links")) > 0);
        assertFalse(net.findElements(By.tagName("canvas")).isEmpty());
        Long rendered = (Long) browser.executeScript("return window.sitrepNetwork.edges().length");
        assertEquals(Long.parseLong(net.getAttribute("data-links")), rendered);
        screenshot(test);
        noErrorShown();
    }

    @Test
    void theSupportTrackerFiltersAndExports(TestInfo test) throws IOException {
        go("/support.html");
        visible("#commitments-table");
        new Select(browser.findElement(By.name("type"))).selectByVisibleText("military");
        browser.findElement(By.id("support-filter")).click();
        wait.until(ExpectedConditions.urlContains("type=military"));
        List<WebElement> rows = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("#commitments-table tbody tr")));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            assertEquals("military", row.findElement(By.cssSelector(".col-aid_type")).getText());
        }
        assertTrue(visible("#totals-table").getText().contains("25,000,000"));
        assertTrue(browser.findElement(By.id("csv")).getAttribute("href").endsWith("/api/support.csv?type=military"));
        screenshot(test);
        new Select(browser.findElement(By.name("type"))).selectByVisibleText("humanitarian");
        browser.findElement(By.id("support-filter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "No commitments match"));
        noErrorShown();
    }

    @Test
    void articleTextWithScriptAndJavascriptLinksShowsThemAsText(TestInfo test) throws IOException {
        go("/?q=Rantanen");
        WebElement link = visible("ol.hits li.hit a");
        assertEquals(Fixture.EVIL_TITLE, link.getText());
        link.click();
        assertEquals(Fixture.EVIL_TITLE, visible("#title").getText());
        assertTrue(visible("#text").getText().contains(Fixture.SCRIPT));
        assertTrue(browser.findElement(By.id("text")).getText().contains("href=\"javascript:alert(2)\""));
        Long scripts = (Long) browser.executeScript("return document.querySelectorAll('main script').length");
        assertEquals(0L, scripts);
        Long jsLinks = (Long) browser.executeScript(
                "return [...document.querySelectorAll('[href]')].filter(e => /^\\s*javascript:/i"
                        + ".test(e.getAttribute('href'))).length");
        assertEquals(0L, jsLinks);
        try {
            browser.switchTo().alert();
            throw new AssertionError("the article's script ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        screenshot(test);
    }
}
