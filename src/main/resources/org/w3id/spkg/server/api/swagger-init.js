// Starts Swagger UI on the API's OpenAPI document (the element's data-url, relative to the page).
// Deep links are off: with them, each operation's path is a link inside the button that opens it,
// a control within a control that keyboard and screen-reader users cannot reach (axe:
// nested-interactive). The servers list, which Swagger UI renders without a name, is named.
"use strict";
window.addEventListener("load", () => {
  const root = document.getElementById("swagger-ui");
  const nameServers = () => {
    const servers = document.getElementById("servers");
    if (servers && !servers.hasAttribute("aria-label")) {
      servers.setAttribute("aria-label", "Server");
    }
  };
  new MutationObserver(nameServers).observe(root, { childList: true, subtree: true });
  window.ui = SwaggerUIBundle({
    url: root.dataset.url,
    dom_id: "#swagger-ui",
    deepLinking: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    onComplete: nameServers,
  });
});
