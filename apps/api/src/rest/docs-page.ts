import type { JsonSchema } from './procedures.ts';

/**
 * The human-readable docs: one self-contained HTML page rendered on the server from the OpenAPI document
 * (no scripts, no CDN), so it works offline and cannot disagree with the document.
 */
export function renderDocsPage(doc: JsonSchema): string {
  const info = doc['info'] as { title: string; version: string; description: string };
  const paths = doc['paths'] as Record<string, Record<string, JsonSchema>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(operations.map((o) => (o.op['tags'] as string[])[0] ?? 'Other'))];
  const sections = tags
    .map((tag) => {
      const ops = operations.filter((o) => (o.op['tags'] as string[])[0] === tag);
      return `<section><h2 id="${slug(tag)}">${esc(tag)}</h2>${ops.map((o) => renderOperation(o.method, o.path, o.op)).join('')}</section>`;
    })
    .join('');
  const toc = tags
    .map((tag) => {
      const ops = operations.filter((o) => (o.op['tags'] as string[])[0] === tag);
      return `<li><a href="#${slug(tag)}">${esc(tag)}</a><ul>${ops
        .map(
          (o) =>
            `<li><a href="#${esc(String(o.op['operationId']))}"><code>${o.method.toUpperCase()} ${esc(o.path)}</code></a></li>`,
        )
        .join('')}</ul></li>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} — reference</title><style>${STYLE}</style></head><body>
<nav><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p><a href="/api/openapi.json">openapi.json</a></p><ul>${toc}</ul></nav>
<main><article class="guide">${markdown(info.description)}</article>${sections}</main></body></html>`;
}

function renderOperation(method: string, path: string, op: JsonSchema): string {
  const params = (op['parameters'] ?? []) as JsonSchema[];
  const body = (op['requestBody'] as { content: Record<string, { schema: JsonSchema }> } | undefined)?.content[
    'application/json'
  ]?.schema;
  const responses = Object.entries(op['responses'] as Record<string, JsonSchema>);
  return `<div class="op" id="${esc(String(op['operationId']))}">
<h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p class="summary">${esc(String(op['summary']))}</p>${markdown(String(op['description']))}
${params.length > 0 ? `<h4>Parameters</h4><table>${params.map(renderParameter).join('')}</table>` : ''}
${body ? `<h4>Request body (JSON)</h4><pre>${esc(JSON.stringify(body, null, 2))}</pre>` : ''}
<h4>Responses</h4><table>${responses.map(([status, r]) => `<tr><td><b>${esc(status)}</b></td><td>${esc(describeResponse(r))}</td></tr>`).join('')}</table></div>`;
}

function renderParameter(p: JsonSchema): string {
  if (typeof p['$ref'] === 'string') {
    return '<tr><td><code>Idempotency-Key</code> (header)</td><td>Optional. Makes a retry safe; see Idempotency above.</td></tr>';
  }
  return `<tr><td><code>${esc(String(p['name']))}</code> (${esc(String(p['in']))}${p['required'] ? ', required' : ''})</td><td><code>${esc(JSON.stringify(p['schema']))}</code></td></tr>`;
}

function describeResponse(r: JsonSchema): string {
  if (typeof r['$ref'] === 'string')
    return `Error — ${String(r['$ref']).split('/').pop() ?? ''} (see the Error schema)`;
  const schema = (r['content'] as Record<string, { schema: JsonSchema }>)['application/json']?.schema;
  const ref = typeof schema?.['$ref'] === 'string' ? String(schema['$ref']).split('/').pop() : null;
  return `${String(r['description'])}${ref ? ` — ${ref}` : ''}`;
}

/** Just enough Markdown for the guide: headings, lists, paragraphs, **bold**, *em* and `code`. */
function markdown(text: string): string {
  const html: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) html.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of text.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading?.[1] !== undefined && heading[2] !== undefined) {
      flush();
      html.push(`<h${heading[1].length + 1}>${inline(heading[2])}</h${heading[1].length + 1}>`);
    } else if (line.startsWith('- ')) {
      list.push(inline(line.slice(2)));
    } else if (line.trim() === '') {
      flush();
    } else {
      flush();
      html.push(`<p>${inline(line)}</p>`);
    }
  }
  flush();
  return html.join('');
}

function inline(text: string): string {
  return esc(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

const STYLE = `body{margin:0;display:flex;font:15px/1.5 system-ui,sans-serif;color:#1d1d1f}
nav{width:300px;flex:none;height:100vh;position:sticky;top:0;overflow:auto;background:#f5f5f7;padding:1rem;box-sizing:border-box;font-size:13px}
nav ul{padding-left:1rem}main{padding:1rem 2rem;max-width:980px}h1 small{color:#888;font-size:60%}
.op{border:1px solid #ddd;border-radius:8px;padding:0 1rem 1rem;margin:1rem 0}.summary{font-weight:600}
.m{display:inline-block;min-width:4.2em;text-align:center;border-radius:4px;color:#fff;font-size:80%;padding:2px 6px}
.get{background:#2b7bb9}.post{background:#2e8b57}.patch{background:#b8860b}.delete{background:#b22222}
pre{background:#f5f5f7;padding:.75rem;overflow:auto;font-size:12px}table{border-collapse:collapse}td{border-top:1px solid #eee;padding:4px 8px;vertical-align:top}
code{font-size:90%;overflow-wrap:anywhere}main{min-width:0}td{overflow-wrap:anywhere}
@media (max-width:760px){body{display:block}nav{width:auto;height:auto;max-height:45vh;position:static}
main{padding:.75rem}.op{padding:0 .75rem .75rem}pre{white-space:pre-wrap;overflow-wrap:anywhere}}`;
