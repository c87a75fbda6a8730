// The actor page. A person: titles and affiliations over time, and quotes. A country or organisation: its events
// as source and as target over time (a chart), and the latest of each.
import { api, el, frame, params, page, table, articleLink, showError, format } from './common.js';

frame('');
const main = document.getElementById('actor');
const id = params().get('id');

/**
 * Where a role's fields came from, readable: "titles=kb,affiliation=store:a12" becomes "titles: knowledge base;
 * affiliation: article a12" with a link to that article; "text" says the article itself.
 */
function origins(r) {
  if (!r.origins || r.origins === 'text') return 'the article';
  const parts = [];
  for (const item of r.origins.split(',')) {
    const [field, from] = item.split('=');
    if (parts.length) parts.push('; ');
    if (from === 'kb') parts.push(`${field}: knowledge base`);
    else if (from && from.startsWith('store:')) {
      parts.push(`${field}: `, articleLink(from.slice(6), `article ${from.slice(6)}`));
    } else parts.push(`${field}: ${from || 'text'}`);
  }
  return el('span', {}, ...parts);
}

function eventsTable(items) {
  return table(items, [['day', 'Day'], ['type', 'Type'], ['mode', 'Mode'], ['source', 'Source'],
    ['target', 'Target'], ['location', 'Place'], ['reports', 'Reports']], { class: 'events' });
}

/** Events per period with the actor as source and as target, one line each. */
async function roleChart(box) {
  const [asSource, asTarget] = await Promise.all([api('/api/timeline', { source: id }),
    api('/api/timeline', { target: id })]);
  const periods = [...new Set([...asSource.items, ...asTarget.items].map((r) => r.period))].sort();
  const sum = (items) => periods.map((p) => items.filter((r) => r.period === p).reduce((n, r) => n + r.events, 0));
  const canvas = el('canvas', { id: 'role-chart' });
  box.replaceChildren(canvas);
  const chart = new window.Chart(canvas, {
    type: 'bar',
    data: { labels: periods, datasets: [
      { label: 'as source (acting)', data: sum(asSource.items), backgroundColor: '#1f5fa8' },
      { label: 'as target (acted upon)', data: sum(asTarget.items), backgroundColor: '#d2691e' }] },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
  });
  box.setAttribute('data-points', String(chart.data.datasets.reduce((n, d) => n + d.data.length, 0)));
}

async function show() {
  if (!id) throw new Error('no actor id: open an actor from an article or the search page');
  const doc = await api(`/api/actors/${encodeURIComponent(id)}`);
  const a = doc.actor;
  document.title = `Sitrep: ${a.name}`;
  const head = [el('h1', { id: 'name' }, a.name),
    el('p', { class: 'muted' }, `${a.kind.toLowerCase()}${a.code ? ` · ${a.code}` : ''} · ${format(a.mentions)} `
      + `mentions in ${format(a.articles)} articles · ${format(a.quotes)} quotes · `,
    el('a', { href: page('/timeline.html', { actor: id }) }, 'timeline'), ' · ',
    el('a', { href: page('/network.html', { actor: id }) }, 'network'))];
  if (a.kind === 'PERSON') {
    main.replaceChildren(...head,
      el('h2', {}, 'Titles and affiliations over time'),
      doc.roles.length ? table(doc.roles, [['day', 'Day'], ['titles', 'Titles'], ['affiliation', 'Affiliation'],
        ['country', 'State'], ['sector', 'Sector'], ['origins', 'From', origins],
        ['title', 'Article', (r) => articleLink(r.article_id, r.title)]], { id: 'roles' })
        : el('p', { class: 'muted' }, 'No titles or affiliations found.'),
      el('h2', {}, 'Quotes'),
      doc.quotes.length ? table(doc.quotes, [['day', 'Day'], ['text', 'Said'], ['cue', 'Cue'],
        ['title', 'Article', (q) => articleLink(q.article_id, q.title)]], { id: 'quotes' })
        : el('p', { class: 'muted' }, 'No quotes found.'));
    return;
  }
  const chart = el('div', { class: 'chart', id: 'role-chart-box' });
  main.replaceChildren(...head, el('h2', {}, 'Events over time'), chart,
    el('h2', {}, 'Latest events as source'), eventsTable(doc.as_source),
    el('h2', {}, 'Latest events as target'), eventsTable(doc.as_target));
  await roleChart(chart);
}

show().catch((e) => showError(main, e));
