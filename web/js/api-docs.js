// Renders /openapi.json as readable sections: one per endpoint (parameters, request body, responses with their
// examples), then the schemas. Plain DOM, no libraries; the page's CSP allows scripts from this origin only.

const SPEC_URL = '/openapi.json';

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'className') node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

function refName(ref) {
  return ref.split('/').pop();
}

function resolve(spec, obj) {
  return obj && obj.$ref ? resolve(spec, obj.$ref.split('/').slice(1).reduce((o, k) => o[k], spec)) : obj;
}

function typeText(schema) {
  if (!schema) return '';
  if (schema.$ref) return el('a', { href: '#schema-' + refName(schema.$ref) }, refName(schema.$ref));
  if (schema.type === 'array') {
    const inner = typeText(schema.items);
    return el('span', {}, 'array of ', inner);
  }
  let text = schema.type || 'any';
  if (schema.enum) text += ': ' + schema.enum.join(' | ');
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    text += ` (${schema.minimum ?? ''}..${schema.maximum ?? ''})`;
  }
  if (schema.default !== undefined) text += `, default ${schema.default}`;
  return text;
}

function parametersTable(params) {
  if (!params || params.length === 0) return null;
  return el('table', {},
    el('tr', {}, el('th', {}, 'Parameter'), el('th', {}, 'In'), el('th', {}, 'Type'), el('th', {}, 'Description')),
    params.map(p => el('tr', {},
      el('td', {}, el('code', {}, p.name), p.required ? ' (required)' : ''),
      el('td', {}, p.in), el('td', {}, typeText(p.schema)), el('td', {}, p.description || ''))));
}

function example(content) {
  if (content.example === undefined) return null;
  const text = typeof content.example === 'string' ? content.example : JSON.stringify(content.example, null, 2);
  return el('pre', {}, text);
}

function requestBody(spec, body) {
  if (!body) return null;
  const resolved = resolve(spec, body);
  return el('div', {}, el('h3', {}, 'Request body'),
    Object.entries(resolved.content).map(([type, c]) =>
      el('div', {}, el('p', {}, el('code', {}, type), ': ', typeText(c.schema)), example(c))));
}

function responses(spec, rs) {
  return el('div', {}, el('h3', {}, 'Responses'),
    Object.entries(rs).map(([code, r]) => {
      const resolved = resolve(spec, r);
      const contents = Object.entries(resolved.content || {});
      return el('div', {},
        el('p', {}, el('span', { className: 'status' + (code >= 400 ? ' error' : '') }, code), ' ',
          resolved.description || ''),
        contents.map(([type, c]) => el('div', {}, el('p', {}, el('code', {}, type), ': ', typeText(c.schema)),
          code < 400 ? example(c) : null)));
    }));
}

function endpoint(spec, path, method, op) {
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
  return el('section', { className: 'endpoint', id },
    el('h2', {}, el('span', { className: 'method ' + method }, method.toUpperCase()), path),
    el('p', {}, op.summary || ''),
    op.description ? el('p', {}, op.description) : null,
    op.security ? el('p', {}, 'Needs ', el('code', {}, 'Authorization: Bearer <admin token>'), '.') : null,
    parametersTable(op.parameters), requestBody(spec, op.requestBody), responses(spec, op.responses));
}

function schemaSection(name, schema) {
  const props = Object.entries(schema.properties || {});
  const required = new Set(schema.required || []);
  return el('section', { className: 'endpoint', id: 'schema-' + name },
    el('h2', {}, name), schema.description ? el('p', {}, schema.description) : null,
    props.length === 0 ? null : el('table', {},
      el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'Type'), el('th', {}, 'Description')),
      props.map(([p, s]) => el('tr', {},
        el('td', {}, el('code', {}, p), required.has(p) ? ' (always)' : ''),
        el('td', {}, typeText(s)), el('td', {}, s.description || '')))));
}

function render(spec) {
  document.getElementById('title').textContent = `${spec.info.title} ${spec.info.version}`;
  document.getElementById('description').textContent = spec.info.description || '';
  const toc = el('ul');
  const main = document.getElementById('endpoints');
  main.replaceChildren();
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const section = endpoint(spec, path, method, op);
      main.append(section);
      toc.append(el('li', {}, el('a', { href: '#' + section.id }, `${method.toUpperCase()} ${path}`)));
    }
  }
  document.getElementById('toc').replaceChildren(toc);
  const schemas = document.getElementById('schemas');
  schemas.replaceChildren(el('h2', {}, 'Schemas'),
    Object.entries(spec.components.schemas).map(([name, s]) => schemaSection(name, s)));
}

async function main() {
  try {
    const response = await fetch(SPEC_URL);
    if (!response.ok) throw new Error(`${SPEC_URL} answered ${response.status}`);
    render(await response.json());
  } catch (e) {
    document.getElementById('status').textContent = 'Could not load the API description: ' + e.message;
  }
}

main();
