/** What `/` shows when the dashboard has not been built: how to build it, and what works meanwhile. */
export function webMissingPage(info: { version: string; distDir: string | null }): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Undertone: dashboard not built</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 42rem; padding: 0 1rem; color: #1d2330; } code { font-size: 14px; background: #eef0f6; padding: 0 .25rem; }</style>
</head>
<body>
<h1>The dashboard is not built</h1>
<p>The Undertone API server (version ${info.version}) is running, but the web dashboard has no build${info.distDir ? ` in <code>${escapeHtml(info.distDir)}</code>` : ' (the @undertone/web package is not installed)'}.</p>
<p>Build it from the repository root with <code>npm run build</code> (or start everything with <code>npm start</code>), then reload this page.</p>
<ul>
  <li><a href="/api/docs">API documentation</a> (<a href="/api/openapi.json">OpenAPI document</a>)</li>
  <li><a href="/api/v1/calls">Calls</a> and <a href="/api/v1/agents">agents</a> as JSON</li>
  <li><a href="/healthz">Health</a></li>
</ul>
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
