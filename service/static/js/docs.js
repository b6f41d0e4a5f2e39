// Starts Swagger UI on /docs. A file rather than an inline script: the Content-Security-Policy allows none.
const root = document.getElementById("swagger-ui");
window.ui = window.SwaggerUIBundle({
  url: root.dataset.openapi,
  domNode: root,
  layout: "BaseLayout",
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  validatorUrl: null, // the default asks validator.swagger.io: this page makes no requests elsewhere
  presets: [window.SwaggerUIBundle.presets.apis],
});
