// The search page: ranked articles with snippets, facets (site, month, actor, event type) that narrow the search.
import { api, el, frame, params, page, snippet, articleLink, showError, pager, bindForm, format } from './common.js';

const NARROWING = ['site', 'actor', 'type'];

frame('Search');
bindForm(document.getElementById('search-form'));
const p = params();
const results = document.getElementById('results');
const facets = document.getElementById('facets');

function withParams(changes) {
  const next = Object.fromEntries(p.entries());
  delete next.offset;
  return page('/', { ...next, ...changes });
}

async function overview() {
  const stats = await api('/api/stats');
  const count = (name) => (stats.items.find((r) => r.table_name === name) || { rows: 0 }).rows;
  results.replaceChildren(el('h1', {}, 'The news record'),
    el('div', { class: 'cards' }, ...['articles', 'stories', 'actors', 'events', 'quotes', 'commitments']
      .map((t) => el('div', { class: 'card' }, el('b', {}, format(count(t))), t))),
    el('p', { class: 'muted' }, 'Search the articles above, or browse the ',
      el('a', { href: '/timeline.html' }, 'timeline'), ', the ', el('a', { href: '/network.html' }, 'actor network'),
      ' and the ', el('a', { href: '/support.html' }, 'support tracker'), '.'));
  const actors = await api('/api/actors', { limit: 15 });
  results.append(el('h2', {}, 'Most mentioned actors'),
    el('ul', {}, ...actors.items.map((a) => el('li', {}, el('a', { href: page('/actor.html', { id: a.actor_id }) },
      a.name), ` ${a.kind.toLowerCase()}, ${format(a.mentions)} mentions`))));
}

async function search() {
  const q = p.get('q');
  const chips = document.getElementById('chips');
  for (const k of NARROWING.filter((k) => p.has(k))) {
    chips.append(el('span', { class: 'chip', 'data-facet': k }, `${k}: ${p.get(k)}`,
      el('a', { href: withParams({ [k]: null }), title: 'remove' }, '×')));
  }
  const query = { q, from: p.get('from'), to: p.get('to'), limit: 20, offset: p.get('offset') };
  for (const k of NARROWING) query[k] = p.get(k);
  const [hits, found] = await Promise.all([api('/api/search', query),
    api('/api/facets', { q, from: p.get('from'), to: p.get('to') })]);
  showFacets(found);
  if (hits.items.length === 0) {
    results.replaceChildren(el('p', { class: 'muted' }, 'No articles match.'));
    return;
  }
  results.replaceChildren(
    el('p', { class: 'muted' }, `${found.hits}${found.hits === found.of_at_most ? '+' : ''} articles match`),
    el('ol', { class: 'hits' }, ...hits.items.map((h) => el('li', { class: 'hit' },
      el('div', {}, articleLink(h.article_id, h.title || '(untitled)')),
      el('div', { class: 'meta' }, [h.site, h.published].filter(Boolean).join(' · ')),
      el('div', { class: 'snippet' }, snippet(h.snippet))))),
    pager(hits, (offset) => { location.href = page('/', { ...Object.fromEntries(p.entries()), offset }); }));
}

function showFacets(found) {
  const names = { site: 'Source site', month: 'Month', actor: 'Actor', type: 'Event type' };
  facets.replaceChildren(...Object.entries(names).filter(([k]) => found.facets[k].length)
    .map(([k, title]) => el('section', { 'data-facet': k },
    el('h3', {}, title), ...found.facets[k].map((f) => el('a', { href: facetHref(k, f.value) },
      el('span', {}, f.label), el('span', { class: 'muted' }, format(f.articles)))))));
}

function facetHref(facet, value) {
  if (facet === 'month') {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return withParams({ from: `${value}-01`, to: `${value}-${String(last).padStart(2, '0')}` });
  }
  return withParams({ [facet]: value });
}

(p.get('q') ? search() : overview()).catch((e) => showError(results, e));
