/**
 * A self-contained page that reads /api/openapi.json and lists every path, method, parameter and schema.
 * No external scripts or styles: the server may run with no internet access.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Undertone API</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2330; }
  h1 { margin-bottom: 0; } .muted { color: #667; }
  section { border-top: 1px solid #dde; padding: .6rem 0; }
  .method { display: inline-block; min-width: 4.5rem; font-weight: 700; text-transform: uppercase; font-family: monospace; }
  .get { color: #17653a; } .post { color: #1b4fa0; } .put { color: #8a5a00; } .delete { color: #a01b1b; }
  code, pre { font-family: ui-monospace, monospace; font-size: 13px; } pre { background: #f5f6fa; padding: .6rem; overflow: auto; }
  details { margin: .2rem 0 .2rem 4.5rem; }
</style>
</head>
<body>
<h1>Undertone API</h1>
<p class="muted">Generated from <a href="/api/openapi.json">/api/openapi.json</a>. Errors are <code>{"error": {"code", "message", "issues"?}}</code>.</p>
<div id="paths">Loading…</div>
<h2>Schemas</h2>
<div id="schemas"></div>
<script>
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const json = (v) => '<pre>' + esc(JSON.stringify(v, null, 2)) + '</pre>';
fetch('/api/openapi.json').then((r) => r.json()).then((doc) => {
  const out = [];
  for (const [path, ops] of Object.entries(doc.paths).sort()) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) => '<code>' + esc(p.name) + '</code> (' + esc(p.in) + ')').join(', ');
      const responses = Object.entries(op.responses || {}).map(([s, r]) => '<b>' + esc(s) + '</b> ' + esc(r.description)).join('<br>');
      out.push('<section><span class="method ' + method + '">' + method + '</span> <code>' + esc(path) + '</code> ' + esc(op.summary) +
        (params ? '<details><summary>parameters</summary>' + params + '</details>' : '') +
        (op.requestBody ? '<details><summary>request body</summary>' + esc(op.requestBody.description || '') + json(Object.keys(op.requestBody.content || {})) + '</details>' : '') +
        '<details><summary>responses</summary>' + responses + '</details></section>');
    }
  }
  document.getElementById('paths').innerHTML = out.join('');
  document.getElementById('schemas').innerHTML = Object.entries((doc.components || {}).schemas || {})
    .map(([name, schema]) => '<details><summary><code>' + esc(name) + '</code></summary>' + json(schema) + '</details>').join('');
}).catch((err) => { document.getElementById('paths').textContent = 'Cannot load the OpenAPI document: ' + err; });
</script>
</body>
</html>
`;
