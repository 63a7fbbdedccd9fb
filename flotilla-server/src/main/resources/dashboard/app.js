/* Flotilla dashboard: hash routes, one fetch helper, plain DOM. Token kept in sessionStorage. */
(function () {
  'use strict';
  const TOKEN = 'flotilla.token';
  const view = document.getElementById('view');
  const flash = document.getElementById('flash');
  let timer = null;

  const esc = (v) => String(v === null || v === undefined ? '' : v)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const pill = (s) => `<span class="pill ${esc(s)}">${esc(s)}</span>`;
  const pct = (v, d) => (v === null || v === undefined) ? '–' : Number(v).toFixed(d === undefined ? 3 : d) + '%';
  const when = (t) => t ? esc(t.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')) : '–';
  const jobLink = (k) => `<a href="#/job/${encodeURIComponent(k)}">${esc(k)}</a>`;

  function showFlash(msg, kind) {
    flash.className = kind || '';
    flash.textContent = msg || '';
  }

  async function api(path, options) {
    const headers = { 'Accept': 'application/json' };
    const token = sessionStorage.getItem(TOKEN);
    if (token) headers['Authorization'] = 'Bearer ' + token;
    const res = await fetch('/api/v1' + path, Object.assign({ headers }, options || {}));
    const text = await res.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch (e) { body = { error: text }; }
    if (!res.ok) {
      const err = new Error((body && body.error) || ('HTTP ' + res.status));
      err.status = res.status;
      throw err;
    }
    return body;
  }

  function healthCell(h) {
    const color = h >= 80 ? 'var(--ok)' : h >= 50 ? 'var(--warn)' : 'var(--bad)';
    return `<span class="health">${h}</span><span class="bar"><span style="width:${h}%;background:${color}"></span></span>`;
  }

  function budgetCell(r) {
    const v = Math.max(0, Math.min(1, r.budgetRemainingRatio));
    const color = v > 0.5 ? 'var(--ok)' : v > 0.2 ? 'var(--warn)' : 'var(--bad)';
    const over = r.budgetRemainingRatio < 0 ? ' over' : '';
    return `${(r.budgetRemainingRatio * 100).toFixed(1)}%<span class="bar${over}" title="${over ? 'budget exhausted' : ''}"><span style="width:${v * 100}%;background:${color}"></span></span>`;
  }

  function slaTable(title, rows) {
    return `<div class="card"><h2>${esc(title)}</h2><table><tr><th>Group</th><th class="num">Jobs</th>
      <th class="num">Availability</th><th class="num">Target</th><th class="num">Breach min</th>
      <th>Error budget left</th><th class="num">Burn rate</th></tr>
      ${rows.map(r => `<tr><td>${esc(r.group)}</td><td class="num">${r.jobs}</td>
      <td class="num">${pct(r.availabilityPct)}</td><td class="num">${pct(r.sloTargetPct, 2)}</td>
      <td class="num">${r.breachMinutes}</td><td>${budgetCell(r)}</td>
      <td class="num">${Number(r.burnRate).toFixed(2)}</td></tr>`).join('')}</table></div>`;
  }

  async function overview() {
    const o = await api('/overview');
    const s = o.jobsBySliState;
    const kpi = (v, l, cls) => `<div class="kpi"><div class="v ${cls || ''}">${esc(v)}</div><div class="l">${esc(l)}</div></div>`;
    const fleet = o.fleet[0] || { availabilityPct: 100 };
    return `<h1>Fleet overview <span class="muted" style="font-size:13px">last 7 days, as of ${when(o.asOf)}</span></h1>
      <div class="kpis">${kpi(o.jobs, 'jobs')}${kpi(pct(fleet.availabilityPct), 'fleet availability')}
      ${kpi(s.RUNNING_NORMAL, 'running normally')}${kpi(s.RUNNING_ABNORMAL + s.SCHEDULING, 'degraded')}
      ${kpi(s.NOT_RUNNING, 'not running')}${kpi(s.UNKNOWN, 'unknown')}
      ${kpi(o.clusters - o.clustersUnreachable + ' / ' + o.clusters, 'clusters reachable')}
      ${kpi(o.pendingApprovals, 'awaiting approval')}</div>
      <div class="grid">${slaTable('SLA by tier', o.byTier)}${slaTable('SLA by cluster', o.byCluster)}</div>
      <div class="card"><h2>Jobs by SLI state</h2><table><tr>${Object.keys(s).map(k => `<th>${pill(k)}</th>`).join('')}</tr>
      <tr>${Object.keys(s).map(k => `<td class="num" style="text-align:left">${s[k]}</td>`).join('')}</tr></table></div>
      <div class="card"><h2>Open incidents</h2>${incidentTable(o.openIncidents)}</div>`;
  }

  function incidentTable(items) {
    if (!items.length) return '<p class="muted">No open incidents.</p>';
    return `<table><tr><th>Incident</th><th>Label</th><th>Side</th><th class="num">Jobs</th><th>Since</th><th>Summary</th></tr>
      ${items.map(i => `<tr><td>${esc(i.id)}</td><td>${esc(i.label)}</td><td>${pill(i.side)}</td>
      <td class="num">${i.jobCount}</td><td>${when(i.firstAt)}</td><td>${esc(i.summary)}<br>
      <span class="muted">${i.jobs.map(jobLink).join(', ')}</span></td></tr>`).join('')}</table>`;
  }

  async function jobs(params) {
    const q = new URLSearchParams(params);
    if (!q.has('limit')) q.set('limit', '100');
    const page = await api('/jobs?' + q.toString());
    const f = (name, ph) => `<input name="${name}" placeholder="${ph}" value="${esc(params.get(name) || '')}">`;
    return `<h1>Jobs <span class="muted" style="font-size:13px">${page.total} matching</span></h1>
      <form class="filters" id="job-filter">${f('cluster', 'cluster')}${f('tier', 'tier (P0..P3)')}
      ${f('owner', 'owner')}${f('maxHealth', 'max health')}<button>Filter</button></form>
      <div class="card"><table id="job-table"><tr><th>Job</th><th>Cluster</th><th>Tier</th><th>Owner</th>
      <th>Flink state</th><th>SLI</th><th>Health</th><th>Diagnosis</th><th class="num">Restarts</th></tr>
      ${page.items.map(j => `<tr><td>${jobLink(j.jobKey)}</td><td>${esc(j.cluster)}</td><td>${esc(j.tier)}</td>
      <td>${esc(j.owner)}</td><td>${esc(j.state)}</td><td>${pill(j.sliState)}</td><td>${healthCell(j.health)}</td>
      <td>${esc(j.diagnosis || '')}</td><td class="num">${esc(j.restarts)}</td></tr>`).join('')}</table>
      <p class="muted">Showing ${page.items.length} from offset ${page.offset}.</p></div>`;
  }

  async function job(key) {
    const enc = key.split('/').map(encodeURIComponent).join('/');
    const [d, sli] = await Promise.all([api('/jobs/' + enc), api('/jobs/' + enc + '/sli?since=6h')]);
    const dg = d.latestDiagnosis;
    const diag = dg ? `<div class="card" id="diagnosis"><h2>Diagnosis: ${esc(dg.label)} ${pill(dg.side)}
      <span class="muted">confidence ${(dg.confidence * 100).toFixed(0)}% · ${when(dg.at)}</span></h2>
      <p>${esc(dg.summary)}</p>${dg.evidence.map(e => `<blockquote class="evidence">${esc(e)}</blockquote>`).join('')}
      <p>Recommended: ${dg.actions.map(a => `<span class="pill">${esc(a)}</span>`).join(' ')}</p></div>`
      : '<div class="card"><h2>Diagnosis</h2><p class="muted">No diagnosis.</p></div>';
    setTimeout(() => { drawSli(sli); drawHealth(d.healthHistory, sli.to); }, 0);
    return `<h1>${esc(d.jobKey)} ${pill(d.sliState)}</h1>
      <div class="kpis"><div class="kpi"><div class="v">${healthCell(d.health)}</div><div class="l">health</div></div>
      <div class="kpi"><div class="v">${esc(d.state)}</div><div class="l">Flink state on ${esc(d.cluster)}</div></div>
      <div class="kpi"><div class="v">${esc(d.tier)}</div><div class="l">tier · ${esc(d.owner)}</div></div>
      <div class="kpi"><div class="v">${esc(d.restarts)}</div><div class="l">restarts</div></div></div>
      <div class="card"><h2>SLI timeline, last 6 hours</h2><div id="sli-chart"></div>
      ${intervalTable(sli.intervals)}</div>${diag}
      <div class="card"><h2>Health score, last 24 hours <span class="muted">(${esc(d.healthSource)}${d.healthFinding ? ': ' + esc(d.healthFinding) : ''})</span></h2>
      ${d.healthHistory.length ? '<div id="health-chart"></div>' : '<p class="muted">No health history recorded by the adviser.</p>'}</div>
      <div class="card"><h2>Workflows</h2>${workflowTable(d.workflows)}</div>`;
  }

  function intervalTable(items) {
    if (!items.length) return '<p class="muted">No exception intervals in the window.</p>';
    return `<table><tr><th>State</th><th>Start</th><th>End</th><th class="num">Minutes</th><th>Side</th><th>Evidence</th></tr>
      ${items.map(i => `<tr><td>${pill(i.state)}</td><td>${when(i.start)}</td><td>${i.end ? when(i.end) : 'open'}</td>
      <td class="num">${i.minutes}</td><td>${pill(i.side)}</td><td>${i.evidence.map(esc).join('<br>')}</td></tr>`).join('')}</table>`;
  }

  const LEVEL = { RUNNING_NORMAL: 0, EXCLUDED: 0, UNKNOWN: 1, RUNNING_ABNORMAL: 2, SCHEDULING: 3, NOT_RUNNING: 4 };
  function drawSli(sli) {
    const el = document.getElementById('sli-chart');
    if (!el || typeof uPlot === 'undefined') return;
    const from = Date.parse(sli.from) / 1000, to = Date.parse(sli.to) / 1000;
    const xs = [], ys = [];
    for (let t = from; t <= to; t += 60) {
      let lvl = 0;
      for (const i of sli.intervals) {
        const s = Date.parse(i.start) / 1000, e = i.end ? Date.parse(i.end) / 1000 : Infinity;
        if (t >= s && t < e) lvl = Math.max(lvl, LEVEL[i.state] || 0);
      }
      xs.push(t); ys.push(lvl);
    }
    const names = ['normal', 'unknown', 'abnormal', 'scheduling', 'not running'];
    el.innerHTML = '';
    new uPlot({
      width: Math.max(400, el.clientWidth - 10), height: 220,
      scales: { y: { range: [0, 4.3] } },
      axes: [{}, { values: (u, v) => v.map(x => Number.isInteger(x) ? names[x] : ''), size: 90, splits: () => [0, 1, 2, 3, 4] }],
      series: [{}, { label: 'SLI state', stroke: '#d93025', fill: 'rgba(217,48,37,0.12)', width: 2, paths: uPlot.paths.stepped({ align: 1 }) }],
    }, [xs, ys], el);
  }

  function drawHealth(history, until) {
    const el = document.getElementById('health-chart');
    if (!el || typeof uPlot === 'undefined' || !history.length) return;
    const xs = history.map(h => Date.parse(h.at) / 1000), ys = history.map(h => h.score);
    xs.push(Date.parse(until) / 1000); ys.push(ys[ys.length - 1]);
    el.innerHTML = '';
    new uPlot({
      width: Math.max(400, el.clientWidth - 10), height: 140, legend: { show: false },
      scales: { y: { range: [0, 100] } },
      series: [{}, { label: 'health', stroke: '#2b5fd9', fill: 'rgba(43,95,217,0.10)', width: 2, paths: uPlot.paths.stepped({ align: 1 }) }],
    }, [xs, ys], el);
  }

  function workflowTable(items, withActions) {
    if (!items.length) return '<p class="muted">No workflows.</p>';
    return `<table class="workflows"><tr><th>Id</th><th>Type</th><th>Job</th><th>State</th><th>Reason</th><th>Updated</th>${withActions ? '<th></th>' : ''}</tr>
      ${items.map(w => `<tr data-workflow="${esc(w.id)}"><td>${esc(w.id)}</td><td>${esc(w.type)}</td><td>${jobLink(w.jobKey)}</td>
      <td>${pill(w.state)}</td><td>${esc(w.reason)}</td><td>${when(w.updatedAt)}</td>
      ${withActions ? `<td class="actions">${w.state === 'AWAITING_APPROVAL' ? `<button class="approve" data-id="${esc(w.id)}" data-decision="approve">Approve</button>
      <button class="reject" data-id="${esc(w.id)}" data-decision="reject">Reject</button>` : ''}</td>` : ''}</tr>`).join('')}</table>`;
  }

  async function workflows() {
    const [pending, all] = await Promise.all([api('/actions/pending'), api('/workflows?limit=100')]);
    return `<h1>Workflows</h1><div class="card"><h2>Awaiting approval</h2>${workflowTable(pending.items, true)}</div>
      <div class="card"><h2>Recent workflows</h2>${workflowTable(all.items, false)}</div>`;
  }

  async function incidents() {
    const inc = await api('/incidents');
    return `<h1>Platform incidents</h1><div class="card">${incidentTable(inc.items)}</div>`;
  }

  async function sla(params) {
    const by = params.get('by') || 'tier', since = params.get('since') || '7d';
    const r = await api(`/sla?by=${encodeURIComponent(by)}&since=${encodeURIComponent(since)}`);
    const opts = ['fleet', 'tier', 'cluster', 'owner', 'job', 'side'].map(o => `<option ${o === by ? 'selected' : ''}>${o}</option>`).join('');
    return `<h1>SLA report</h1><form class="filters" id="sla-form"><select name="by">${opts}</select>
      <input name="since" value="${esc(since)}"><button>Show</button>
      <button type="button" id="csv" data-by="${esc(by)}" data-since="${esc(since)}">Export CSV</button></form>
      <div class="card"><table><tr><th>Group</th><th class="num">Jobs</th><th class="num">Availability</th>
      <th class="num">Breach min</th><th class="num">User min</th><th class="num">Platform min</th>
      <th class="num">Unknown min</th><th class="num">Budget left min</th><th class="num">Burn</th></tr>
      ${r.rows.map(x => `<tr><td>${esc(x.group)}</td><td class="num">${x.jobs}</td><td class="num">${pct(x.availability_pct)}</td>
      <td class="num">${x.breach_min}</td><td class="num">${x.user_min}</td><td class="num">${x.platform_min}</td>
      <td class="num">${x.unknown_min}</td><td class="num">${Number(x.remaining_min).toFixed(1)}</td>
      <td class="num">${Number(x.burn_rate).toFixed(2)}</td></tr>`).join('')}</table>
      <p class="muted">${when(r.from)} – ${when(r.to)}</p></div>`;
  }

  async function exportCsv(by, since) {
    const token = sessionStorage.getItem(TOKEN);
    const res = await fetch(`/api/v1/sla?by=${encodeURIComponent(by)}&since=${encodeURIComponent(since)}&format=csv`,
      { headers: token ? { 'Authorization': 'Bearer ' + token } : {} });
    if (!res.ok) { showFlash('CSV export failed: HTTP ' + res.status); return; }
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url; a.download = 'flotilla-sla.csv'; a.click();
    URL.revokeObjectURL(url);
  }

  async function decide(id, decision) {
    try {
      const w = await api(`/workflows/${encodeURIComponent(id)}/${decision}`, { method: 'POST' });
      showFlash(`Workflow ${w.id} ${decision === 'approve' ? 'approved' : 'rejected'} by ${w.decidedBy}: now ${w.state}`, 'info');
    } catch (e) {
      showFlash(`${decision === 'approve' ? 'Approval' : 'Rejection'} refused (${e.status}): ${e.message}`);
    }
    render(false);
  }

  async function render(clearFlash) {
    if (clearFlash) showFlash('');
    const hash = location.hash.replace(/^#\/?/, '');
    const [path, query] = hash.split('?');
    const params = new URLSearchParams(query || '');
    const section = path.split('/')[0] || 'overview';
    document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', a.dataset.nav === (section === 'job' ? 'jobs' : section)));
    try {
      let html;
      if (section === 'job') html = await job(decodeURIComponent(path.substring(4)));
      else if (section === 'jobs') html = await jobs(params);
      else if (section === 'incidents') html = await incidents();
      else if (section === 'workflows') html = await workflows();
      else if (section === 'sla') html = await sla(params);
      else html = await overview();
      view.innerHTML = html;
      document.getElementById('refreshed').textContent = 'updated ' + new Date().toLocaleTimeString();
    } catch (e) {
      if (e.status === 401) view.innerHTML = `<div class="card"><h2>Sign in</h2><p>${esc(e.message)}. Paste an API token above.</p></div>`;
      else view.innerHTML = `<div class="card"><h2>Error</h2><p>${esc(e.message)}</p></div>`;
    }
  }

  document.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-decision]');
    if (b) { ev.preventDefault(); decide(b.dataset.id, b.dataset.decision); }
    const c = ev.target.closest('#csv');
    if (c) { ev.preventDefault(); exportCsv(c.dataset.by, c.dataset.since); }
  });
  document.addEventListener('submit', (ev) => {
    const form = ev.target;
    if (form.id === 'job-filter' || form.id === 'sla-form') {
      ev.preventDefault();
      const q = new URLSearchParams();
      new FormData(form).forEach((v, k) => { if (String(v).trim()) q.set(k, String(v).trim()); });
      location.hash = (form.id === 'sla-form' ? '#/sla?' : '#/jobs?') + q.toString();
    }
  });
  document.getElementById('login').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = document.getElementById('token').value.trim();
    if (v) sessionStorage.setItem(TOKEN, v);
    document.getElementById('token').value = '';
    whoami(); render(true);
  });
  document.getElementById('token-clear').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN); whoami(); render(true);
  });
  async function whoami() {
    const who = document.getElementById('who');
    try {
      const me = await api('/whoami');
      who.textContent = `${me.name} (${me.role})`;
    } catch (e) {
      who.textContent = sessionStorage.getItem(TOKEN) ? 'token rejected' : 'not signed in';
    }
  }

  window.addEventListener('hashchange', () => render(true));
  whoami();
  render(true);
  timer = setInterval(() => render(false), 10000);
})();
