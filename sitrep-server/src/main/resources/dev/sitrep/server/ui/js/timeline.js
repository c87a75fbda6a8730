// The timeline page: events per period, stacked by PLOVER type (cooperation in greens and blues, conflict in reds),
// for all events, an actor's, or those between two actors.
import { api, frame, params, showError, bindForm } from './common.js';

frame('Timeline');
bindForm(document.getElementById('timeline-form'));
const p = params();
const box = document.getElementById('timeline-box');
const note = document.getElementById('timeline-note');

async function show() {
  const q = {};
  for (const k of ['actor', 'source', 'target', 'interval', 'from', 'to', 'type']) q[k] = p.get(k);
  const [answer, types] = await Promise.all([api('/api/timeline', q), api('/api/types')]);
  const periods = [...new Set(answer.items.map((r) => r.period))].sort();
  const order = types.items.map((t) => t.type);
  const present = order.filter((t) => answer.items.some((r) => r.type === t));
  const conflict = types.items.filter((t) => t.conflict).map((t) => t.type);
  const cooperation = order.filter((t) => !conflict.includes(t));
  const colour = (t) => {
    const i = conflict.includes(t) ? conflict.indexOf(t) : cooperation.indexOf(t);
    return conflict.includes(t) ? `hsl(${(i * 7) % 50}, 75%, ${32 + (i % 3) * 12}%)`
      : `hsl(${100 + i * 22}, 55%, ${30 + (i % 3) * 12}%)`;
  };
  const datasets = present.map((t, i) => ({
    label: t,
    data: periods.map((per) => (answer.items.find((r) => r.period === per && r.type === t) || { events: 0 }).events),
    backgroundColor: colour(t),
    stack: 'events',
    order: i,
  }));
  const total = answer.items.reduce((n, r) => n + r.events, 0);
  const who = q.actor ? ` involving ${q.actor}` : q.source && q.target ? ` between ${q.source} and ${q.target}`
    : q.source ? ` by ${q.source}` : q.target ? ` against ${q.target}` : '';
  note.textContent = `${total} events${who}, per ${answer.interval}.`;
  box.setAttribute('data-events', String(total));
  new window.Chart(document.getElementById('timeline-chart'), {
    type: 'bar',
    data: { labels: periods, datasets },
    options: { maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
}

show().catch((e) => showError(box, e));
