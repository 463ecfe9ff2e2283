// Swagger UI over the service's OpenAPI document, in a file of its own so the page needs no
// inline script (Content-Security-Policy script-src 'self').
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
