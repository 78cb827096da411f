// The workbench page: the JSON API of ./chancery serve (docs/running.md), no library, nothing from elsewhere.
"use strict";
const token = document.querySelector('meta[name="chancery-token"]').content;
const $ = (id) => document.getElementById(id);
let result = null;
let changed = new Set();
let sortKey = "id";
/** The result on the date compared with, shown beside the date's own (null: no comparison). */
let then = null;

function asOf() { return $("as-of").value; }
function query() { return asOf() ? "?asOf=" + encodeURIComponent(asOf()) : ""; }

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) { throw new Error(body.error || response.statusText); }
  return body;
}

async function load() {
  $("status").textContent = "evaluating…";
  try {
    result = await api("/api/run" + query());
    $("status").textContent = "as of " + result.asOf;
    $("export").href = "/api/entities.csv" + query();
    render();
  } catch (e) { $("status").textContent = e.message; }
}

/** A button that opens the derivation of a conclusion, a tally ("tally DPR") or a rank ("ordinal DPR PRK"). */
function whyButton(name) {
  const why = document.createElement("button");
  why.textContent = "why";
  why.dataset.id = name;
  why.addEventListener("click", event => { event.stopPropagation(); explain(name); });
  return why;
}

/** The ids the what-if's pickers offer: the entities and every state that recognizes one. */
function fillPickers() {
  const ids = new Set(result.entities.map(e => e.id));
  result.entities.forEach(e => e.recognizedBy.concat(e.withdrawn, e.lapsed).forEach(r => ids.add(r.state)));
  result.relations.forEach(r => { ids.add(r.a); ids.add(r.b); });
  $("actors").replaceChildren(...[...ids].sort().map(id => {
    const option = document.createElement("option");
    option.value = id;
    return option;
  }));
}

/** Any table as CSV (RFC 4180), for its export link; a leading =, +, - or @ stays text in a spreadsheet. */
function tableCsv(table) {
  const field = text => {
    const safe = /^[=+\-@]/.test(text) ? "'" + text : text;
    return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
  };
  const text = cell => [...cell.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join("");
  return [...table.rows].map(row => [...row.cells].map(c => field(text(c))).join(",")).join("\r\n") + "\r\n";
}

function exportLink(link, table) {
  link.href = "data:text/csv;charset=utf-8," + encodeURIComponent(tableCsv(table));
}

function render() {
  fillPickers();
  const filter = $("filter").value.trim().toLowerCase();
  const rows = result.entities
    .filter(e => !filter || e.id.toLowerCase().includes(filter) || e.status.toLowerCase().includes(filter))
    .sort((a, b) => sortKey === "tally" ? b.tally - a.tally : String(a[sortKey]).localeCompare(String(b[sortKey])));
  const body = $("entities").tBodies[0];
  body.replaceChildren(...rows.map(e => {
    const tr = document.createElement("tr");
    tr.id = "entity-" + e.id;
    if (changed.has(e.id)) { tr.className = "changed"; }
    const by = e.recognizedBy.map(r => r.state + (r.ordinal == null ? "" : " (" + r.ordinal + ")")).join(", ");
    const before = then && then.entities.find(x => x.id === e.id);
    for (const text of [e.id, e.status, String(e.tally), before ? String(before.tally) : null, by]) {
      if (text === null && !then) { continue; }
      const td = document.createElement("td");
      td.textContent = text === null ? "" : text;
      tr.appendChild(td);
    }
    tr.cells[2].className = "tally";
    if (then) { tr.cells[3].className = "then"; }
    tr.cells[2].appendChild(whyButton("tally " + e.id));
    tr.addEventListener("click", () => showEvents(e.id));
    return tr;
  }));
  const wanted = $("conclusion-filter").value.trim().toLowerCase();
  $("conclusions").replaceChildren(...result.conclusions.filter(c => !wanted || c.id.toLowerCase().includes(wanted)
      || (c.reason || "").toLowerCase().includes(wanted)).map(c => {
    const li = document.createElement("li");
    li.textContent = c.id + " ";
    li.title = c.reason || "";
    li.appendChild(whyButton(c.id));
    return li;
  }));
}

/** A derivation (explain's JSON) as an indented tree: each fact, the rule that concludes it, its source and quote. */
function tree(node, depth) {
  const pad = "  ".repeat(depth);
  let text = pad + node.fact + (node.at ? "  [" + node.at + "]" : "") + "\n";
  if (node.source) { text += pad + "    source: " + node.source + "\n"; }
  if (node.quote) { text += pad + "    quote: \"" + node.quote + "\"\n"; }
  for (const support of node.supports || []) {
    text += pad + "  by rule \"" + support.rule + "\" (" + support.ruleAt + ")\n";
    for (const premise of support.premises || []) { text += tree(premise, depth + 2); }
  }
  return text;
}

async function explain(id) {
  $("why").textContent = "…";
  try {
    const derivation = await api("/api/explain?id=" + encodeURIComponent(id) + (asOf() ? "&asOf=" + asOf() : ""));
    $("why").textContent = tree(derivation, 0);
  } catch (e) { $("why").textContent = e.message; }
}

/** An entity's page: its recognizers in order of recognition (ordinal, since, until; ~ an approximate date), its tally over time. */
function showEntity(id) {
  const e = result.entities.find(x => x.id === id);
  if (!e) { return; }
  $("entity-view").hidden = false;
  $("entity-title").textContent = id + ": " + e.status + ", tally " + e.tally
    + (e.coverage && e.coverage.ordinalsUnknown ? " (ordinals unknown: " + e.coverage.ordinalsUnknown + ")" : "");
  const rows = e.recognizedBy.map(r => [r.state, r.ordinal, (r.approximate ? "~" : "") + r.since, ""])
    .concat(e.withdrawn.concat(e.lapsed).map(r => [r.state, r.ordinal, r.since, r.until]))
    .sort((a, b) => (a[1] == null ? 1e9 : a[1]) - (b[1] == null ? 1e9 : b[1]));
  $("ordinals").tBodies[0].replaceChildren(...rows.map(cells => {
    const tr = document.createElement("tr");
    for (const cell of cells) {
      const td = document.createElement("td");
      td.textContent = cell == null ? "?" : String(cell);
      tr.appendChild(td);
    }
    if (cells[1] != null) { tr.cells[1].appendChild(whyButton("ordinal " + id + " " + cells[0])); }
    return tr;
  }));
  exportLink($("ordinals-export"), $("ordinals"));
  $("timeline").src = "/api/timeline.svg?id=" + encodeURIComponent(id) + (asOf() ? "&asOf=" + asOf() : "");
  const inForce = new Set(e.recognizedBy.map(r => r.state));
  const ended = new Set(e.withdrawn.concat(e.lapsed).map(r => r.state));
  worldMap.draw($("map"),
    state => state === e.parent ? "parent" : inForce.has(state) ? "in-force" : ended.has(state) ? "ended" : "none",
    state => state === e.parent ? ": " + id + " is claimed from it" : inForce.has(state) ? ": recognizes " + id
      : ended.has(state) ? ": recognized " + id + " once" : "");
}

/** The events by or about an entity, each with a button that switches it off as a what-if. */
async function showEvents(id) {
  showEntity(id);
  try {
    const events = await api("/api/events?id=" + encodeURIComponent(id));
    $("events-title").textContent = "Events of " + id;
    $("events").replaceChildren(...events.map(ev => {
      const li = document.createElement("li");
      li.textContent = ev.date + " " + ev.type + " " + ev.by + " " + (ev.of || ev.with) + " ";
      li.title = ev.at;
      const off = document.createElement("button");
      off.textContent = "switch off";
      off.addEventListener("click", () => {
        const item = { date: ev.date, type: ev.type, by: ev.by };
        item[ev.of ? "of" : "with"] = ev.of || ev.with;
        evaluate("remove", item);
      });
      li.appendChild(off);
      return li;
    }));
  } catch (e) { $("events").textContent = e.message; }
}

/** Why a conclusion, a count in a tally or a rank is absent: the condition of its rule that fails. */
async function whyNot(event) {
  event.preventDefault();
  const question = $("why-not-question").value.trim();
  $("why").textContent = "…";
  try {
    const answer = await api("/api/why-not?q=" + encodeURIComponent(question) + (asOf() ? "&asOf=" + asOf() : ""));
    $("why").textContent = "'" + answer.question + "': " + (answer.failed ? "not concluded" : "every condition holds")
      + (answer.rule ? "\nrule that could conclude it: \"" + answer.rule + "\" (" + answer.ruleAt + ")" : "")
      + answer.held.map(h => "\n  holds:  " + h).join("") + (answer.failed ? "\n  fails:  " + answer.failed : "");
  } catch (e) { $("why").textContent = e.message; }
}

/** The what-if being built: events added and switched off, evaluated together on the served facts. */
let scenario = { add: [], remove: [] };
/** What-ifs side by side, in tabs (at most ten, in this page only): each keeps its events and its last answer. */
const tabs = [{ name: "what-if 1", scenario: scenario, answer: null }];
let tab = 0;

function drawTabs() {
  const buttons = tabs.map((t, i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = t.name;
    b.className = i === tab ? "tab current" : "tab";
    b.addEventListener("click", () => switchTab(i));
    return b;
  });
  if (tabs.length < 10) {
    const add = document.createElement("button");
    add.type = "button";
    add.id = "wi-new-tab";
    add.textContent = "+ what-if";
    add.addEventListener("click", () => {
      tabs.push({ name: "what-if " + (tabs.length + 1), scenario: { add: [], remove: [] }, answer: null });
      switchTab(tabs.length - 1);
    });
    buttons.push(add);
  }
  $("wi-tabs").replaceChildren(...buttons);
}

function switchTab(i) {
  tab = i;
  scenario = tabs[i].scenario;
  listScenario();
  drawTabs();
  if (tabs[i].answer) { show(tabs[i].answer); } else { changed = new Set(); $("wi-changes").replaceChildren(); load(); }
}

async function whatIf(event) {
  event.preventDefault();
  const type = $("wi-type").value;
  const item = { date: $("wi-date").value, type: type, by: $("wi-by").value.trim() };
  item[type.endsWith("-relations") ? "with" : "of"] = $("wi-target").value.trim();
  evaluate($("wi-mode").value, item);
}

/** Adds one event to the what-if (mode add or remove) and evaluates the whole what-if, changes highlighted. */
async function evaluate(mode, item) {
  scenario[mode].push(item);
  const sent = { name: "what-if" };
  if (scenario.add.length) { sent.add = { events: scenario.add }; }
  if (scenario.remove.length) { sent.remove = { events: scenario.remove }; }
  if (asOf()) { sent.asOf = asOf(); }
  $("wi-error").textContent = "";
  try {
    tabs[tab].answer = await api("/api/what-if", {
      method: "POST", headers: { "Content-Type": "application/json", "X-Chancery-Token": token },
      body: JSON.stringify(sent) });
    show(tabs[tab].answer);
  } catch (e) {
    scenario[mode].pop(); // a refused event is not part of the what-if
    $("wi-error").textContent = e.message;
  }
  listScenario();
}

/** What a diff says, a line each: tallies, ranks, relations, conclusions and warnings gained or lost. */
function changeLines(diff) {
  const relation = r => r ? r.status + (r.since ? " since " + r.since : "") : "none";
  return diff.tallies.map(t => t.entity + ": tally " + t.before + " → " + t.after)
    .concat(diff.recognizers.map(r => r.entity + ": " + r.state + (r.inForceAfter ? " recognizes it" : " no longer")
      + (r.ordinalBefore === r.ordinalAfter ? "" : ", rank " + (r.ordinalBefore ?? "none") + " → " + (r.ordinalAfter ?? "none"))))
    .concat(diff.relations.map(r => r.a + "–" + r.b + ": " + relation(r.before) + " → " + relation(r.after)))
    .concat(diff.conclusionsGained.map(c => "+ " + c), diff.conclusionsLost.map(c => "− " + c))
    .concat(diff.warningsGained.map(w => "+ warning " + w.kind + ": " + w.message),
      diff.warningsLost.map(w => "− warning " + w.kind + ": " + w.message));
}

function listLines(list, lines) {
  list.replaceChildren(...lines.map(text => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }));
}

/** A what-if's answer: its result in the table, what it changes listed and highlighted. */
function show(answer) {
  result = answer.result;
  changed = new Set(answer.changes.tallies.map(t => t.entity).concat(answer.changes.recognizers.map(r => r.entity)));
  listLines($("wi-changes"), changeLines(answer.changes));
  render();
}

function eventText(e) { return e.date + " " + e.type + " " + e.by + " " + (e.of || e.with); }

/** The events of the what-if, and the scenario file that says it (facts/scenarios/ format), to save. */
function listScenario() {
  $("wi-events").replaceChildren(...scenario.add.map(e => "add " + eventText(e))
    .concat(scenario.remove.map(e => "switch off " + eventText(e))).map(text => {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    }));
  const yamlEvent = e => "    - {date: " + e.date + ", type: " + e.type + ", by: " + e.by + ", "
    + (e.of ? "of: " + e.of : "with: " + e.with) + "}\n";
  let yaml = "name: what-if\ndescription: made on the workbench\n" + (asOf() ? "asOf: " + asOf() + "\n" : "");
  if (scenario.add.length) {
    yaml += "add:\n  source: {title: what-if made on the workbench, publisher: analyst}\n  events:\n"
      + scenario.add.map(yamlEvent).join("");
  }
  if (scenario.remove.length) { yaml += "remove:\n  events:\n" + scenario.remove.map(yamlEvent).join(""); }
  $("wi-save").href = "data:text/yaml;charset=utf-8," + encodeURIComponent(yaml);
}

async function openScenario() {
  const name = $("scenarios").value;
  if (!name) { return; }
  scenario = tabs[tab].scenario = { add: [], remove: [] };
  listScenario();
  $("wi-error").textContent = "";
  try { tabs[tab].answer = await api("/api/scenario?name=" + encodeURIComponent(name)); show(tabs[tab].answer); }
  catch (e) { $("wi-error").textContent = e.message; }
}

/** Side by side in time: what changed from the date compared with to the date shown, highlighted in the table. */
async function compare() {
  const from = $("compare-with").value;
  $("then-header").hidden = !from;
  if (!from) { then = null; $("compare-changes").replaceChildren(); changed = new Set(); render(); return; }
  try {
    const to = asOf() || new Date().toISOString().slice(0, 10);
    $("then-header").textContent = "Tally on " + from;
    then = await api("/api/run?asOf=" + from);
    const diff = await api("/api/compare?from=" + from + "&to=" + to);
    changed = new Set(diff.tallies.map(t => t.entity).concat(diff.recognizers.map(r => r.entity)));
    listLines($("compare-changes"), changeLines(diff));
    render();
  } catch (e) { $("compare-changes").textContent = e.message; }
}

$("as-of").addEventListener("change", async () => { changed = new Set(); $("wi-changes").replaceChildren(); await load(); compare(); });
$("compare-with").addEventListener("change", compare);
$("filter").addEventListener("input", () => render());
$("conclusion-filter").addEventListener("input", () => render());
$("what-if").addEventListener("submit", whatIf);
$("why-not").addEventListener("submit", whyNot);
$("wi-clear").addEventListener("click", () => { scenario = tabs[tab].scenario = { add: [], remove: [] };
  tabs[tab].answer = null; listScenario(); changed = new Set(); $("wi-changes").replaceChildren(); load(); });
drawTabs();
$("scenarios").addEventListener("change", openScenario);
api("/api/scenarios").then(names => $("scenarios").append(...names.map(n => {
  const option = document.createElement("option");
  option.value = n;
  option.textContent = n;
  return option;
})));
listScenario();
for (const th of document.querySelectorAll("th[data-key]")) {
  th.addEventListener("click", () => { sortKey = th.dataset.key; render(); });
}
load();
