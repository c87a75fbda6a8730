// The support tracker: commitments by donor, recipient, type and status, their totals per currency, and a CSV of
// the same selection.
import { api, el, frame, params, page, table, articleLink, showError, pager, bindForm, format } from './common.js';

frame('Support');
bindForm(document.getElementById('support-form'));
const p = params();
const FILTERS = ['donor', 'recipient', 'type', 'status', 'from', 'to', 'actor'];

async function show() {
  const q = {};
  for (const k of FILTERS) q[k] = p.get(k);
  document.getElementById('csv').setAttribute('href', page('/api/support.csv', q));
  const [rows, totals] = await Promise.all([api('/api/support', { ...q, limit: 50, offset: p.get('offset') }),
    api('/api/support/totals', q)]);
  document.getElementById('totals').replaceChildren(totals.items.length ? table(totals.items, [['donor', 'Donor'],
    ['recipient', 'Recipient'], ['aid_type', 'Type'], ['status', 'Status'], ['commitments', 'Commitments'],
    ['total', 'Total', (t) => (t.total === null ? '' : `${format(Number(t.total))} ${t.currency || ''}`)]],
  { id: 'totals-table' }) : el('p', { class: 'muted' }, 'No commitments match.'));
  const box = document.getElementById('commitments');
  box.replaceChildren(table(rows.items, [['day', 'Day'], ['donor', 'Donor'], ['recipient', 'Recipient'],
    ['aid_type', 'Type'], ['what', 'What'],
    ['amount', 'Amount', (c) => (c.amount === null ? '' : `${format(Number(c.amount))} ${c.currency || ''}`)],
    ['status', 'Status'], ['title', 'Article', (c) => articleLink(c.article_id, c.title)]],
  { id: 'commitments-table' }), pager(rows, (offset) => { location.href = page('/support.html', { ...q, offset }); }));
}

show().catch((e) => showError(document.getElementById('commitments'), e));
