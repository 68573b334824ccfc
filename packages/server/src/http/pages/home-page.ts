/** What GET / shows until the dashboard exists: what is running and where to go next. */
export function homePage(info: { version: string; demo: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Undertone</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 40rem; padding: 0 1rem; color: #1d2330; } code { font-size: 14px; }</style>
</head>
<body>
<h1>Undertone is running</h1>
<p>The Undertone API server (version ${info.version})${info.demo ? ', loaded with the demo contact center' : ''}. Calls are analyzed in the background as they arrive.</p>
<ul>
  <li><a href="/api/docs">API documentation</a> (<a href="/api/openapi.json">OpenAPI document</a>)</li>
  <li><a href="/api/v1/calls">Calls</a> and <a href="/api/v1/agents">agents</a></li>
  <li><a href="/api/v1/dead-letters">Failed analyses</a></li>
  <li><a href="/healthz">Health</a></li>
</ul>
<p>The dashboard is not part of this build yet.</p>
</body>
</html>
`;
}
