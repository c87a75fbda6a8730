// The article page: the text with entity mentions, quotes (their speaker shown) and event triggers marked in place,
// and every extracted fact listed beside it; clicking a fact marks the characters it rests on.
import { api, el, frame, params, page, actorLink, articleLink, showError, format } from './common.js';

frame('');
const main = document.getElementById('article');
const id = params().get('id');
let segments = [];

/** Marks the characters [start, end) of the text and scrolls to them. */
function focus(ranges) {
  for (const s of document.querySelectorAll('.text .focus')) s.classList.remove('focus');
  let first = null;
  for (const [start, end] of ranges) {
    for (const s of segments) {
      if (s.start >= start && s.end <= end) {
        s.node.classList.add('focus');
        first = first || s.node;
      }
    }
  }
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** The text cut at every start and end of a fact, each piece a span with the classes of what covers it. */
function markedText(a) {
  const text = a.text;
  const marks = [];
  for (const e of a.entities) {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, cls: 'ent', entity: e.id });
  }
  a.quotes.forEach((q, i) => marks.push({ start: q.start, end: q.end, cls: 'quote', quote: i,
    speaker: q.speakerName || 'unknown speaker' }));
  a.events.forEach((ev, i) => marks.push({ start: (ev.triggerSpan || ev).start, end: (ev.triggerSpan || ev).end,
    cls: 'trigger', event: i, type: ev.type }));
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  for (const e of a.events) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  for (const c of a.commitments) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((x, y) => x - y);
  const box = el('div', { class: 'text', id: 'text' });
  segments = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const classes = [...new Set(covering.map((m) => m.cls))];
    const attrs = { class: classes.join(' ') || null, 'data-start': start, 'data-end': end };
    const quoteStart = covering.find((m) => m.cls === 'quote' && m.start === start);
    if (quoteStart) {
      attrs.class = `${attrs.class} quote-start`;
      attrs['data-speaker'] = quoteStart.speaker;
    }
    const ent = covering.find((m) => m.cls === 'ent');
    if (ent) attrs['data-entity'] = ent.entity;
    const trig = covering.find((m) => m.cls === 'trigger');
    if (trig) attrs.title = trig.type;
    const node = el('span', attrs, text.slice(start, end));
    segments.push({ start, end, node });
    box.append(node);
  }
  return box;
}

function offsets(start, end) {
  return el('span', { class: 'offsets' }, ` [${start}, ${end})`);
}

function item(ranges, ...content) {
  const li = el('li', { tabindex: 0, 'data-start': ranges[0]?.[0], 'data-end': ranges[0]?.[1] }, ...content);
  li.addEventListener('click', (ev) => {
    if (ev.target.closest('a')) return;
    focus(ranges);
  });
  li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') focus(ranges); });
  return li;
}

function refs(list) {
  return (list || []).map((r) => r.name).join(', ') || '—';
}

async function reportsOf(eventId, li) {
  const r = await api(`/api/events/${encodeURIComponent(eventId)}/reports`);
  const others = r.items.filter((x) => x.article_id !== id);
  li.append(others.length ? el('ul', { class: 'reports' }, ...others.map((x) => el('li', {},
    articleLink(x.article_id, x.title || x.article_id), ` ${x.site || ''}: “${x.evidence}”`)))
    : el('span', { class: 'muted' }, ' (reported by this article only)'));
}

function facts(doc, a) {
  const actorOf = doc.actor_ids || {};
  const entities = el('section', { id: 'entities' }, el('h2', {}, `Entities (${a.entities.length})`), el('ul', {},
    ...a.entities.map((e) => item(e.mentions.map((m) => [m.start, m.end]),
      el('span', { class: 'tag' }, e.type.toLowerCase()), actorOf[e.id] ? actorLink(actorOf[e.id], e.name) : e.name,
      e.code ? ` (${e.code})` : '', (e.titles || []).length ? `, ${e.titles.join(', ')}` : '',
      e.affiliation ? `, ${e.affiliation}` : '', el('span', { class: 'muted' }, ` ${e.mentions.length}×`)))));
  const quotes = el('section', { id: 'quotes' }, el('h2', {}, `Quotes (${a.quotes.length})`), el('ul', {},
    ...a.quotes.map((q) => item([[q.start, q.end]], el('b', { class: 'speaker' },
      q.speaker && actorOf[q.speaker] ? actorLink(actorOf[q.speaker], q.speakerName) : (q.speakerName || 'unknown')),
    ` ${q.cue || ''}: “${q.text}”`, el('span', { class: 'tag' }, q.direct ? 'direct' : 'reported'),
    offsets(q.start, q.end)))));
  const events = el('section', { id: 'events' }, el('h2', {}, `Events (${a.events.length})`), el('ul', {},
    ...a.events.map((e, i) => {
      const li = item([[e.start, e.end]], el('span', { class: 'tag' }, e.type),
        `${refs(e.source)} → ${refs(e.target)}`,
        ` (${e.mode}) “${e.trigger}”`, e.date ? ` on ${e.date}` : '', offsets(e.start, e.end));
      const eventId = (doc.event_ids || [])[i];
      if (eventId) {
        const more = el('a', { href: '#', class: 'more' }, ' other reports');
        more.addEventListener('click', (ev) => {
          ev.preventDefault();
          more.remove();
          reportsOf(eventId, li).catch((err) => li.append(el('span', { class: 'error' }, err.message)));
        });
        li.append(more);
      }
      return li;
    })));
  const commitments = el('section', { id: 'commitments' }, el('h2', {}, `Commitments (${a.commitments.length})`),
    el('ul', {}, ...a.commitments.map((c) => item([[c.start, c.end]], el('span', { class: 'tag' }, c.aidType),
      `${c.donor || '?'} → ${c.recipient || '?'}: ${c.what || ''}`,
      c.amount !== null && c.amount !== undefined ? ` ${format(Number(c.amount))} ${c.currency || ''}` : '',
      ` (${c.status})`, offsets(c.start, c.end)))));
  return el('div', { class: 'facts' }, quotes, events, entities, commitments);
}

async function show() {
  if (!id) throw new Error('no article id: open an article from the search page');
  const doc = await api(`/api/articles/${encodeURIComponent(id)}`);
  const a = doc.article;
  document.title = `Sitrep: ${doc.title || a.title || 'article'}`;
  const source = doc.url ? el('a', { href: doc.url, rel: 'noopener noreferrer' }, doc.url) : null;
  main.replaceChildren(el('h1', { id: 'title' }, doc.title || '(untitled)'),
    el('p', { class: 'muted' }, [doc.site, doc.published, doc.author].filter(Boolean).join(' · '), ' ',
      source || (doc.url ? el('span', { class: 'url' }, doc.url) : '')),
    el('div', { class: 'layout article' }, markedText(a), facts(doc, a)));
  const m = location.hash.match(/^#(\d+)-(\d+)$/);
  if (m) focus([[Number(m[1]), Number(m[2])]]);
}

show().catch((e) => showError(main, e));
