// Swagger UI over the service's OpenAPI document, in a file of its own so the page needs no
// inline script. /api-docs is sent no Content-Security-Policy (BrowserSecurityHeaders covers the
// pages and /static only); keeping the script out of line leaves room for a script-src 'self'.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
