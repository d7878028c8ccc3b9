// Incident ledger (SwaggerUiTokenPage): the API document is closed like the data it describes, so this page asks for
// it with the token given to Authorize, which Swagger UI keeps (persistAuthorization). Without an accepted token the
// page shows a placeholder document whose one content is that Authorize button; authorizing reloads the page.
const LedgerToken = (() => {
  const SCHEME = "apiToken";
  const absolute = (url) => new URL(url, document.baseURI).href;
  let loading = null;
  let placeholder = false;

  const token = () => {
    try {
      const saved = JSON.parse(window.localStorage.getItem("authorized") || "{}")[SCHEME];
      return saved && saved.value;
    } catch (unreadable) {
      return null;
    }
  };

  const closedDocument = (refused) => JSON.stringify({
    openapi: "3.1.0",
    info: {
      title: "Incident ledger API",
      version: "closed",
      description: (refused ? "That token was refused: log out and authorize with another one. " : "")
        + "This document is closed, like the incident data it describes: Authorize with LEDGER_API_TOKEN to read it."
    },
    paths: {},
    components: {securitySchemes: {[SCHEME]: {type: "http", scheme: "bearer", description: "LEDGER_API_TOKEN"}}}
  });

  return {
    options: {
      requestInterceptor: (request) => {
        if (request.loadSpec) {
          loading = absolute(request.url);
          // only this ledger's own document gets the token, never a URL typed into the top bar
          if (token() && new URL(loading).origin === window.location.origin) {
            request.headers.Authorization = "Bearer " + token();
          }
        }
        return request;
      },
      responseInterceptor: (response) => {
        if (response.status !== 401 || loading === null || absolute(response.url) !== loading) {
          return response;
        }
        placeholder = true;
        const text = closedDocument(Boolean(token()));
        return {...response, ok: true, status: 200, statusText: "OK", text: text, data: text, body: JSON.parse(text)};
      }
    },
    plugin: () => ({
      statePlugins: {
        auth: {
          wrapActions: {
            authorizeWithPersistOption: (authorize) => (payload) => {
              const result = authorize(payload);
              if (placeholder) {
                window.location.reload();
              }
              return result;
            }
          }
        }
      }
    })
  };
})();
