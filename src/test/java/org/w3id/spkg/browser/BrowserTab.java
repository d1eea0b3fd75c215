package org.w3id.spkg.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One tab of {@link HeadlessChromium} at a given viewport width: it records every console error,
 * uncaught exception and browser log error (CSP refusals and failed loads among them) from the
 * moment it opens, and evaluates JavaScript in the page.
 */
final class BrowserTab implements AutoCloseable {

  private final DevTools devTools;
  private final String targetId;
  private final String session;
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final Consumer<DevTools.Event> listener = this::onEvent;
  private volatile CountDownLatch loaded = new CountDownLatch(1);

  private BrowserTab(DevTools devTools, String targetId, String session) {
    this.devTools = devTools;
    this.targetId = targetId;
    this.session = session;
  }

  /** A new tab, {@code width} CSS pixels wide (a phone's touch and viewport rules below 600). */
  static BrowserTab open(DevTools devTools, int width, int height) throws Exception {
    String target =
        devTools
            .send("Target.createTarget", DevTools.params().put("url", "about:blank"))
            .get("targetId")
            .asText();
    String session =
        devTools
            .send(
                "Target.attachToTarget",
                DevTools.params().put("targetId", target).put("flatten", true))
            .get("sessionId")
            .asText();
    BrowserTab tab = new BrowserTab(devTools, target, session);
    devTools.addListener(tab.listener);
    tab.send("Runtime.enable");
    tab.send("Log.enable");
    tab.send("Page.enable");
    boolean phone = width < 600;
    devTools.send(
        session,
        "Emulation.setDeviceMetricsOverride",
        DevTools.params()
            .put("width", width)
            .put("height", height)
            .put("deviceScaleFactor", 1)
            .put("mobile", phone));
    devTools.send(
        session, "Emulation.setTouchEmulationEnabled", DevTools.params().put("enabled", phone));
    return tab;
  }

  /** Loads {@code url} and waits for its load event, then for the document to be complete. */
  void navigate(String url) throws Exception {
    loaded = new CountDownLatch(1);
    JsonNode result = devTools.send(session, "Page.navigate", DevTools.params().put("url", url));
    if (result.has("errorText")) {
      throw new IllegalStateException(url + " did not load: " + result.get("errorText").asText());
    }
    if (!loaded.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(url + " fired no load event in 30 s");
    }
    // Scripts that run after load (the editor's fetches, Swagger UI's render) settle first.
    evaluate(
        "new Promise(r => { let n = 0; const t = setInterval(() => {"
            + " if (document.readyState === 'complete' && ++n > 3) { clearInterval(t); r(true); }"
            + " }, 100); })");
  }

  /** Evaluates {@code expression} (awaiting a promise) and returns its value as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result =
        devTools.send(
            session,
            "Runtime.evaluate",
            DevTools.params()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(
          "script failed: " + result.get("exceptionDetails").path("exception").path("description"));
    }
    return result.path("result").path("value");
  }

  /** The errors seen so far: console errors, uncaught exceptions, browser log errors. */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  private void send(String method) throws Exception {
    devTools.send(session, method, DevTools.params());
  }

  private void onEvent(DevTools.Event event) {
    if (!session.equals(event.sessionId())) {
      return;
    }
    JsonNode p = event.params();
    switch (event.method()) {
      case "Page.loadEventFired" -> loaded.countDown();
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(p.path("type").asText())) {
          errors.add("console.error: " + p.path("args").path(0).path("value").asText());
        }
      }
      case "Runtime.exceptionThrown" ->
          errors.add(
              "uncaught: "
                  + p.path("exceptionDetails")
                      .path("exception")
                      .path("description")
                      .asText(p.path("exceptionDetails").path("text").asText()));
      case "Log.entryAdded" -> {
        JsonNode entry = p.path("entry");
        if ("error".equals(entry.path("level").asText())) {
          errors.add(
              entry.path("source").asText()
                  + ": "
                  + entry.path("text").asText()
                  + (entry.has("url") ? " (" + entry.get("url").asText() + ")" : ""));
        }
      }
      default -> {}
    }
  }

  @Override
  public void close() {
    devTools.removeListener(listener);
    try {
      devTools.send("Target.closeTarget", DevTools.params().put("targetId", targetId));
    } catch (Exception e) {
      throw new IllegalStateException("the tab did not close", e);
    }
  }
}
