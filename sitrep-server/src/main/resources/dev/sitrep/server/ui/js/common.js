// Shared helpers of the Sitrep web UI. Article text and everything extracted from it is untrusted: the DOM is
// built with textContent and setAttribute only, never from HTML strings.

/** An element with attributes (class, data-*, title, ...) and children (nodes or strings, added as text). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'href') {
      const href = safeHref(v);
      if (href) e.setAttribute('href', href);
    } else {
      e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** A link target that is a page of this site or an http(s) address; anything else (javascript:, data:) is null. */
export function safeHref(url) {
  const s = String(url).trim();
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** A link to a page of this site with query parameters (those null or empty left out). */
export function page(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** GET an API path with parameters; the parsed JSON, or an Error carrying the server's message. */
export async function api(path, params = {}) {
  const r = await fetch(page(path, params), { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ message: `${r.status} ${r.statusText}` }));
  if (!r.ok) throw new Error(body.message || `${r.status} ${r.statusText}`);
  return body;
}

/** This page's query parameters. */
export function params() {
  return new URLSearchParams(location.search);
}

/** The page frame: the navigation bar with the current page marked. */
export function frame(current) {
  const links = [['/', 'Search'], ['/timeline.html', 'Timeline'], ['/network.html', 'Network'],
    ['/support.html', 'Support'], ['/openapi.json', 'API']];
  const nav = el('nav', { class: 'top' }, el('a', { href: '/', class: 'brand' }, 'Sitrep'),
    ...links.map(([href, label]) => el('a', { href, class: label === current ? 'current' : null }, label)));
  document.body.prepend(nav);
}

/** Replaces a container's content with a message saying what went wrong. */
export function showError(container, err) {
  container.replaceChildren(el('p', { class: 'error', role: 'alert' }, String(err.message || err)));
}

/** A search snippet: its text, with the <b>...</b> the highlighter put around matches shown bold. */
export function snippet(text) {
  const f = document.createDocumentFragment();
  const parts = String(text || '').split(/(<b>|<\/b>)/);
  let bold = false;
  for (const p of parts) {
    if (p === '<b>') bold = true;
    else if (p === '</b>') bold = false;
    else if (p) f.append(bold ? el('mark', {}, p) : document.createTextNode(p));
  }
  return f;
}

/** A link to an actor's page. */
export function actorLink(id, name) {
  return el('a', { href: page('/actor.html', { id }), class: 'actor' }, name || id);
}

/** A link to an article's page, optionally to the characters [start, end). */
export function articleLink(id, title, start, end) {
  const href = page('/article.html', { id }) + (start !== undefined ? `#${start}-${end}` : '');
  return el('a', { href, class: 'article' }, title || id);
}

/** A table of items under columns [[key, heading, render?], ...]; render gives a node or text for a row. */
export function table(items, columns, attrs = {}) {
  const head = el('tr', {}, ...columns.map(([, h]) => el('th', {}, h)));
  const rows = items.map((it) => el('tr', {}, ...columns.map(([k, , render]) =>
    el('td', { class: `col-${k}` }, render ? render(it) : format(it[k])))));
  return el('table', attrs, el('thead', {}, head), el('tbody', {}, ...rows));
}

/** A value for a table cell: lists joined, numbers grouped, null empty. */
export function format(v) {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('; ');
  if (typeof v === 'number') return v.toLocaleString('en');
  return String(v);
}

/** Previous and next page links for a paged API answer, keeping the page's other parameters. */
export function pager(answer, onPage) {
  const prev = answer.offset > 0 ? el('button', { type: 'button', class: 'prev' }, '← previous') : null;
  const next = answer.next !== null ? el('button', { type: 'button', class: 'next' }, 'next →') : null;
  if (prev) prev.addEventListener('click', () => onPage(Math.max(0, answer.offset - answer.limit)));
  if (next) next.addEventListener('click', () => onPage(answer.next));
  return el('div', { class: 'pager' }, prev, el('span', {}, `rows ${answer.offset + 1}–${answer.offset
    + answer.items.length}`), next);
}

/** Fills a form's fields from the page's parameters, and on submit goes to the page with the form's values. */
export function bindForm(form) {
  const p = params();
  for (const f of form.elements) {
    if (f.name && p.has(f.name)) f.value = p.get(f.name);
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const values = {};
    for (const f of form.elements) {
      if (f.name && f.value.trim()) values[f.name] = f.value.trim();
    }
    location.href = page(location.pathname, values);
  });
}

/** A colour from cooperation (0, green) to conflict (1, red) through amber. */
export function conflictColour(share) {
  const s = Math.max(0, Math.min(1, share));
  const hue = 130 * (1 - s);
  return `hsl(${hue.toFixed(0)}, 70%, 42%)`;
}
