// The actor network: an arrow from each source to each target, as wide as their events are many and coloured by
// the share of them on the conflict side; a click on an actor opens its page.
import { api, frame, params, page, showError, bindForm, conflictColour } from './common.js';

frame('Network');
bindForm(document.getElementById('network-form'));
const p = params();
const box = document.getElementById('network');
const note = document.getElementById('network-note');

async function show() {
  const q = {};
  for (const k of ['text', 'actor', 'source', 'target', 'type', 'from', 'to', 'limit']) q[k] = p.get(k);
  const net = await api('/api/network', q);
  const max = Math.max(1, ...net.links.map((l) => l.events));
  const degree = {};
  for (const l of net.links) {
    degree[l.source] = (degree[l.source] || 0) + l.events;
    degree[l.target] = (degree[l.target] || 0) + l.events;
  }
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, weight: degree[n.id] || 1 } })),
    ...net.links.map((l, i) => ({ data: { id: `l${i}`, source: l.source, target: l.target, events: l.events,
      width: 1 + 7 * Math.sqrt(l.events / max), colour: conflictColour(l.conflict / l.events) } })),
  ];
  box.setAttribute('data-nodes', String(net.nodes.length));
  box.setAttribute('data-links', String(net.links.length));
  note.textContent = `${net.nodes.length} actors, ${net.links.length} links`;
  const cy = window.cytoscape({
    container: box,
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#4a6f94',
        width: 'mapData(weight, 1, 50, 14, 44)', height: 'mapData(weight, 1, 50, 14, 44)' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color':
        'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
    ],
    maxZoom: 1.6,
    layout: { name: net.nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, padding: 40 },
  });
  cy.on('tap', 'node', (ev) => { location.href = page('/actor.html', { id: ev.target.id() }); });
  window.sitrepNetwork = cy;
}

show().catch((e) => showError(box, e));
