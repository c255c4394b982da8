/*
 * Class family explorer: search a class, draw its family (classFamily over /graphql) with Cytoscape.js, show a
 * class's details with the passages they come from, and in "pick two" mode highlight the promotion path
 * between two classes and compare them. Plain browser JavaScript, no build step; every text from the graph is
 * put in the page with textContent, never as HTML.
 */
(function () {
  'use strict';

  var COLOURS = { Jurisdiction: '#2e3440', Agency: '#5e6ad2', JobFamily: '#8e44ad', ClassSeries: '#f39c12', JobClass: '#2d7dd2', Position: '#7f8c8d', Competency: '#27ae60' };

  var Q = {
    search: 'query($text: String!) { search(text: $text, first: 15) { kind score matched jobClass { id code title series { id title } jurisdiction { name } } competency { id name } } }',
    family: 'query($scope: FamilyScope!, $maxNodes: Int) { classFamily(scope: $scope, maxNodes: $maxNodes) { truncated nodes { id type label properties } edges { id source target type properties } } }',
    jobClass: 'query($id: ID!) { jobClass(id: $id) { id code title specified level payGrade payBand bargainingUnit flsaStatus concept jurisdiction { name } series { id title } ' +
      'duties { text source { CITATION } } qualifications { kind text source { CITATION } } competencies { kind competency { name } provenance { source by reason } source { CITATION } } ' +
      'distinctions { statement outgoing other { id code title } provenance { source by reason } source { CITATION } } fieldCorrections { field action provenance { by reason } } ' +
      'sources { mention passage CITATION } } }',
    paths: 'query($from: ID!, $to: ID!) { promotionPaths(from: $from, to: $to, limit: 1) { found reason paths { length explicit totalMonthsExperience payMovement steps { from { id code title } to { id code title } edges { basis inferred monthsExperience statement provenance { source by reason } source { CITATION } } } } } }',
    compare: 'query($a: ID!, $b: ID!) { compareClasses(a: $a, b: $b) { similarity payComparable payDifference a { id code title payGrade payBand concept } b { id code title payGrade payBand concept } ' +
      'sharedCompetencies { name } onlyInA { name } onlyInB { name } statements { statement from { code title } to { code title } } } }',
  };

  // A citation: where a fact is in its document. `page` (paginated originals) is asked for only when the server
  // has it, so the page works against any version of the API.
  var CITATION = 'start end document { id fileName url }';
  function query(name) { return Q[name].replace(/CITATION/g, CITATION); }

  var state = { cy: null, graph: null, pickMode: false, picks: [], path: null };
  var $ = function (id) { return document.getElementById(id); };

  /** Builds an element; children are nodes or strings (always text, never HTML). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'onclick') node.addEventListener('click', attrs[k]);
      else if (attrs[k] !== undefined && attrs[k] !== null) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function status(text, isError) { var s = $('status'); s.textContent = text; s.className = isError ? 'error' : ''; }
  function classLabel(c) { return [c.code, c.title].filter(Boolean).join(' '); }

  function gql(query, variables) {
    return fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query, variables: variables }) })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (body.errors && body.errors.length) throw new Error(body.errors.map(function (e) { return e.message; }).join('; '));
        return body.data;
      });
  }

  // ---- search ----
  function search(text) {
    status('Searching…');
    return gql(Q.search, { text: text }).then(function (data) {
      var list = clear($('search-results'));
      var hits = data.search.filter(function (h) { return h.jobClass; });
      hits.forEach(function (h) {
        var c = h.jobClass;
        list.appendChild(el('li', {}, [el('button', { type: 'button', 'data-testid': 'hit-' + c.id, 'data-class-id': c.id, onclick: function () { openClass(c); } }, [
          el('strong', {}, [classLabel(c)]), el('br'), el('small', {}, [[c.jurisdiction && c.jurisdiction.name, c.series && c.series.title].filter(Boolean).join(' · ')]),
        ])]));
      });
      status(hits.length ? hits.length + ' classes found' : 'No class matches "' + text + '"');
    }).catch(function (e) { status(e.message, true); });
  }

  /** A hit opens the family around its series, or the class and its neighbours when it has none. */
  function openClass(c) {
    var scope = c.series ? { seriesId: c.series.id, hops: 1 } : { classId: c.id, hops: 1 };
    return loadFamily(scope, c.series ? c.series.id : c.id).then(function () { return showDetails(c.id); });
  }

  // ---- graph ----
  function loadFamily(scope, rootId) {
    status('Loading family…');
    return gql(Q.family, { scope: scope, maxNodes: 300 }).then(function (data) {
      state.graph = data.classFamily;
      state.picks = [];
      state.path = null;
      draw(state.graph, rootId);
      renderNodeList();
      renderPicks();
      $('graph-summary').textContent = state.graph.nodes.length + ' nodes, ' + state.graph.edges.length + ' edges' + (state.graph.truncated ? ' (cut at 300)' : '');
      status('Family loaded');
    }).catch(function (e) { status(e.message, true); });
  }

  function draw(graph, rootId) {
    if (state.cy) state.cy.destroy();
    var elements = graph.nodes.map(function (n) { return { group: 'nodes', data: { id: n.id, label: n.label, type: n.type } }; })
      .concat(graph.edges.map(function (e) { return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } }; }));
    state.cy = cytoscape({
      container: $('cy'),
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110, 'text-valign': 'bottom', 'background-color': function (n) { return COLOURS[n.data('type')] || '#999'; }, width: 22, height: 22 } },
        { selector: 'node[type = "ClassSeries"], node[type = "JobFamily"]', style: { width: 32, height: 32, shape: 'round-rectangle' } },
        { selector: 'node[type = "Competency"], node[type = "Position"]', style: { width: 14, height: 14, 'font-size': 7 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#c3c9d1', 'target-arrow-color': '#c3c9d1', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.7 } },
        { selector: 'edge[type = "PROMOTES_TO"]', style: { width: 2, 'line-color': '#e59a91', 'target-arrow-color': '#e59a91' } },
        { selector: 'edge[type = "DISTINGUISHED_FROM"]', style: { 'line-style': 'dashed' } },
        { selector: '.picked', style: { 'border-width': 4, 'border-color': '#c0392b' } },
        { selector: 'node.on-path', style: { 'background-color': '#c0392b', 'font-weight': 'bold' } },
        { selector: 'edge.on-path', style: { width: 5, 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'z-index': 10 } },
        { selector: '.faded', style: { opacity: 0.25 } },
      ],
      layout: { name: 'breadthfirst', directed: true, roots: rootId && graph.nodes.some(function (n) { return n.id === rootId; }) ? [rootId] : undefined, spacingFactor: 1.1, animate: false },
    });
    state.cy.on('tap', 'node', function (evt) { nodeClicked(evt.target.id()); });
    window.explorer.cy = state.cy;
  }

  function renderNodeList() {
    var list = clear($('node-list'));
    var order = ['Jurisdiction', 'Agency', 'JobFamily', 'ClassSeries', 'JobClass', 'Position', 'Competency'];
    state.graph.nodes.slice().sort(function (a, b) { return order.indexOf(a.type) - order.indexOf(b.type) || a.label.localeCompare(b.label); }).forEach(function (n) {
      var onPath = state.path && state.path.nodeIds.indexOf(n.id) >= 0;
      var picked = state.picks.indexOf(n.id) >= 0;
      list.appendChild(el('li', { class: [picked ? 'picked' : '', onPath ? 'on-path' : ''].join(' ').trim() || null, 'data-type': n.type }, [
        el('button', { type: 'button', 'data-testid': 'node-' + n.id, 'data-node-id': n.id, 'data-on-path': onPath ? 'true' : 'false', onclick: function () { nodeClicked(n.id); } }, [
          el('span', { class: 'swatch', style: 'background:' + (COLOURS[n.type] || '#999') }), n.label,
        ]),
      ]));
    });
    var legend = clear($('legend'));
    Object.keys(COLOURS).forEach(function (t) { legend.appendChild(el('li', {}, [el('span', { class: 'swatch', style: 'background:' + COLOURS[t] }), t])); });
  }

  function nodeOf(id) { return state.graph && state.graph.nodes.filter(function (n) { return n.id === id; })[0]; }

  function nodeClicked(id) {
    var node = nodeOf(id);
    if (!node) return;
    if (state.pickMode && node.type === 'JobClass') return pick(id);
    if (node.type === 'JobClass') return showDetails(id);
    return showNode(node);
  }

  // ---- details ----
  function showNode(node) {
    var panel = clear($('details'));
    panel.appendChild(el('h2', { 'data-testid': 'details-title' }, [node.label]));
    panel.appendChild(el('p', {}, [node.type]));
    var dl = el('dl');
    Object.keys(node.properties).forEach(function (k) { dl.appendChild(el('dt', {}, [k])); dl.appendChild(el('dd', {}, [String(node.properties[k])])); });
    panel.appendChild(dl);
  }

  function showDetails(id) {
    return gql(query('jobClass'), { id: id }).then(function (data) {
      var c = data.jobClass;
      var panel = clear($('details'));
      panel.appendChild(el('h2', { 'data-testid': 'details-title' }, [classLabel(c)]));
      var dl = el('dl', { 'data-testid': 'details-fields' });
      [['Employer', c.jurisdiction && c.jurisdiction.name], ['Series', c.series && c.series.title], ['Level', c.level], ['Pay grade', c.payGrade], ['Pay band', c.payBand],
        ['Bargaining unit', c.bargainingUnit], ['FLSA', c.flsaStatus], ['Specified', c.specified ? 'yes' : 'no (named by another document only)']].forEach(function (f) {
        if (f[1] === null || f[1] === undefined || f[1] === '') return;
        dl.appendChild(el('dt', {}, [f[0]])); dl.appendChild(el('dd', {}, [String(f[1])]));
      });
      panel.appendChild(dl);
      if (c.concept) panel.appendChild(el('p', {}, [c.concept]));
      section(panel, 'Duties', c.duties.map(function (d) { return withProvenance(d.text, d); }));
      section(panel, 'Qualifications', c.qualifications.map(function (q) { return withProvenance(q.kind + ': ' + q.text, q); }));
      section(panel, 'Competencies', c.competencies.map(function (k) { return withProvenance(k.competency.name + ' (' + k.kind.toLowerCase() + ')', k); }));
      section(panel, 'Distinguished from', c.distinctions.map(function (d) { return withProvenance((d.outgoing ? '' : '← ') + classLabel(d.other) + ': ' + d.statement, d); }));
      section(panel, 'Corrected by an analyst', c.fieldCorrections.map(function (f) { return withProvenance(f.field + ' (' + f.action + ')', { provenance: { source: 'ANALYST', by: f.provenance.by, reason: f.provenance.reason } }); }));
      var sources = el('div', { 'data-testid': 'details-sources' }, [el('h3', {}, ['Sources'])]);
      c.sources.forEach(function (s) {
        sources.appendChild(el('p', {}, [provenance({ source: s }), ' (characters ' + s.start + '–' + s.end + (s.mention ? ', mentioned' : '') + ')']));
        if (s.passage) sources.appendChild(el('blockquote', { 'data-testid': 'passage' }, [s.passage]));
      });
      panel.appendChild(sources);
    }).catch(function (e) { status(e.message, true); });
  }

  /**
   * A fact's provenance: a link to the original (its URL, at the page when the original is paginated) or, when the
   * manifest gave no URL, to the stored text with the passage marked; and, for an analyst's correction, who and why.
   */
  function provenance(fact, compact) {
    var out = el('span', { class: 'provenance' });
    var s = fact.source;
    if (s && s.document) {
      var page = typeof s.page === 'number' ? s.page : null;
      var stored = '/documents/view?id=' + encodeURIComponent(s.document.id) + '&start=' + s.start + '&end=' + s.end + '#passage';
      var href = s.document.url ? s.document.url + (page ? '#page=' + page : '') : stored;
      var label = compact ? (page ? 'p. ' + page : 'source') : s.document.fileName + (page ? ', p. ' + page : '');
      out.appendChild(el('a', { href: href, target: '_blank', rel: 'noopener', title: s.document.fileName, 'data-testid': 'source-link' }, [label]));
      if (s.document.url) out.appendChild(el('a', { href: stored, target: '_blank', rel: 'noopener', class: 'stored' }, ['passage']));
    }
    if (fact.provenance && fact.provenance.source === 'ANALYST') {
      out.appendChild(el('span', { class: 'analyst', 'data-testid': 'analyst' }, ['corrected by ' + fact.provenance.by + ': ' + fact.provenance.reason]));
    }
    return out;
  }

  function withProvenance(text, fact) { return el('span', {}, [text, ' ', provenance(fact, true)]); }

  function section(panel, title, items) {
    if (!items.length) return;
    panel.appendChild(el('h3', {}, [title]));
    panel.appendChild(el('ul', {}, items.map(function (t) { return el('li', {}, [t]); })));
  }

  // ---- pick two: promotion path and comparison ----
  function setPickMode(on) {
    state.pickMode = on;
    state.picks = [];
    state.path = null;
    $('pick-two').setAttribute('aria-pressed', on ? 'true' : 'false');
    $('pick-panel').hidden = !on;
    $('comparison').hidden = true;
    if (state.cy) state.cy.elements().removeClass('picked on-path faded');
    renderPicks();
    if (state.graph) renderNodeList();
  }

  function pick(id) {
    if (state.picks.indexOf(id) >= 0) return;
    if (state.picks.length === 2) { state.picks = []; state.path = null; $('comparison').hidden = true; }
    state.picks.push(id);
    if (state.cy) { state.cy.elements().removeClass('picked on-path faded'); state.picks.forEach(function (p) { state.cy.getElementById(p).addClass('picked'); }); }
    renderPicks();
    renderNodeList();
    if (state.picks.length === 2) return findPath(state.picks[0], state.picks[1]);
  }

  function renderPicks() {
    var labels = state.picks.map(function (id) { var n = nodeOf(id); return n ? n.label : id; });
    $('pick-status').textContent = state.picks.length === 0 ? 'Click the lower class, then the higher one.' : state.picks.length === 1 ? 'From ' + labels[0] + ': now click the second class.' : labels[0] + ' → ' + labels[1];
    if (state.picks.length < 2) { clear($('path')); $('compare-button').hidden = true; }
  }

  /** The path a → b; when there is none, b → a (people often pick the higher class first). */
  function findPath(a, b) {
    status('Finding the promotion path…');
    return gql(query('paths'), { from: a, to: b }).then(function (data) {
      if (data.promotionPaths.found) return data.promotionPaths;
      return gql(query('paths'), { from: b, to: a }).then(function (back) { return back.promotionPaths.found ? back.promotionPaths : data.promotionPaths; });
    }).then(function (result) {
      var panel = clear($('path'));
      $('compare-button').hidden = false;
      if (!result.found) { panel.appendChild(el('p', { 'data-testid': 'path-none' }, [result.reason])); status('No promotion path'); return; }
      var path = result.paths[0];
      var nodeIds = [path.steps[0].from.id].concat(path.steps.map(function (s) { return s.to.id; }));
      state.path = { nodeIds: nodeIds };
      highlight(nodeIds);
      panel.appendChild(el('p', { 'data-testid': 'path-summary' }, [path.length + ' step' + (path.length === 1 ? '' : 's') + (path.explicit ? ', all stated in qualifications' : ', some inferred') +
        (path.totalMonthsExperience !== null ? ', ' + path.totalMonthsExperience + ' months of experience' : '') + (path.payMovement ? ', ' + path.payMovement : '')]));
      panel.appendChild(el('ol', {}, path.steps.map(function (s) {
        return el('li', { 'data-testid': 'path-step' }, [classLabel(s.from) + ' → ' + classLabel(s.to), el('ul', {}, s.edges.map(function (e) {
          return el('li', { 'data-provenance': e.provenance.source }, [e.basis.toLowerCase() + (e.inferred ? ' (inferred)' : '') + (e.monthsExperience !== null ? ', ' + e.monthsExperience + ' months' : '') + (e.statement ? ': ' + e.statement : '') + ' ', provenance(e, true)]);
        }))]);
      })));
      renderNodeList();
      status('Promotion path highlighted');
    }).catch(function (e) { status(e.message, true); });
  }

  function highlight(nodeIds) {
    if (!state.cy) return;
    var cy = state.cy;
    cy.elements().removeClass('on-path').addClass('faded');
    nodeIds.forEach(function (id, i) {
      cy.getElementById(id).removeClass('faded').addClass('on-path');
      if (i > 0) cy.edges('[type = "PROMOTES_TO"]').filter(function (e) { return e.source().id() === nodeIds[i - 1] && e.target().id() === id; }).removeClass('faded').addClass('on-path');
    });
    state.picks.forEach(function (p) { cy.getElementById(p).removeClass('faded'); });
  }

  function compare() {
    if (state.picks.length !== 2) return;
    status('Comparing…');
    return gql(Q.compare, { a: state.picks[0], b: state.picks[1] }).then(function (data) {
      var c = data.compareClasses;
      var box = clear($('comparison'));
      box.hidden = false;
      var names = function (list) { return list.map(function (k) { return k.name; }).join(', ') || '—'; };
      var row = function (label, a, b, testid) { return el('tr', { 'data-testid': testid }, [el('th', { scope: 'row' }, [label]), el('td', {}, [a === null || a === undefined ? '—' : String(a)]), el('td', {}, [b === null || b === undefined ? '—' : String(b)])]); };
      box.appendChild(el('h2', {}, ['Side by side (similarity ' + Math.round(c.similarity * 100) + '%)']));
      box.appendChild(el('table', { 'data-testid': 'comparison-table' }, [
        el('thead', {}, [el('tr', {}, [el('th', {}, ['']), el('th', { 'data-testid': 'compare-a' }, [classLabel(c.a)]), el('th', { 'data-testid': 'compare-b' }, [classLabel(c.b)])])]),
        el('tbody', {}, [
          row('Pay grade', c.a.payGrade, c.b.payGrade, 'compare-pay'),
          row('Pay band', c.a.payBand, c.b.payBand),
          row('Concept', c.a.concept, c.b.concept),
          row('Competencies only here', names(c.onlyInA), names(c.onlyInB)),
          el('tr', {}, [el('th', { scope: 'row' }, ['Shared competencies']), el('td', { colspan: '2' }, [names(c.sharedCompetencies)])]),
          el('tr', {}, [el('th', { scope: 'row' }, ['Pay difference']), el('td', { colspan: '2' }, [c.payComparable ? (c.payDifference || 'same') : 'not comparable (different plans or scales)'])]),
        ]),
      ]));
      box.appendChild(el('h3', {}, ['What distinguishes them']));
      box.appendChild(el('ul', { 'data-testid': 'compare-statements' }, c.statements.length ? c.statements.map(function (s) { return el('li', {}, [classLabel(s.from) + ' / ' + classLabel(s.to) + ': ' + s.statement]); }) : [el('li', {}, ['No statement in the documents compares these two directly.'])]));
      // The comparison takes room from the graph pane; let Cytoscape re-measure and keep the family in view.
      if (state.cy) { state.cy.resize(); state.cy.fit(undefined, 30); }
      status('Comparison open');
    }).catch(function (e) { status(e.message, true); });
  }

  // ---- wiring ----
  window.explorer = { cy: null, state: state };
  // Servers whose citations know their page (PDF originals) get asked for it.
  gql('{ __type(name: "Citation") { fields { name } } }').then(function (data) {
    var fields = (data.__type && data.__type.fields) || [];
    if (fields.some(function (f) { return f.name === 'page'; })) CITATION = 'start end page document { id fileName url }';
  }).catch(function () { /* introspection off: links without pages */ });
  $('search-form').addEventListener('submit', function (e) { e.preventDefault(); var text = $('search-input').value.trim(); if (text) search(text); });
  $('pick-two').addEventListener('click', function () { setPickMode(!state.pickMode); });
  $('compare-button').addEventListener('click', compare);
})();
