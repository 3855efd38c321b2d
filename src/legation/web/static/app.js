// Legation dashboard: plain JavaScript + SVG, reading only through the REST API.
// Every text coming from the API is inserted with textContent, never as HTML.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUAD_COLOURS = { "1": "#2b8a3e", "2": "#74b816", "3": "#f08c00", "4": "#c92a2a", none: "#868e96" };
const QUAD_NAMES = { "1": "verbal coop.", "2": "material coop.", "3": "verbal conflict", "4": "material conflict" };
const SVG_NS = "http://www.w3.org/2000/svg";

const state = { filters: {}, cursor: null, interval: "month", world: null, loading: 0 };

function $(id) { return document.getElementById(id); }

function el(tag, attrs = {}, text = null) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  if (text !== null && text !== undefined) node.textContent = String(text);
  return node;
}

function query(extra = {}) {
  const params = new URLSearchParams();
  const all = { ...state.filters, ...extra };
  for (const [key, value] of Object.entries(all)) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : value);
  }
  return params.toString();
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok || body.ok === false) {
    const messages = (body.errors || []).map((e) => (e.loc ? e.loc + ": " : "") + e.message);
    throw new Error(messages.join("; ") || response.statusText);
  }
  return body;
}

function showError(error) { $("error").textContent = error ? String(error.message || error) : ""; }

function busy(delta) {
  state.loading += delta;
  document.body.dataset.loading = state.loading > 0 ? "true" : "false";
}

// --- filters ------------------------------------------------------------------------------

function readForm() {
  const country = $("f-country").value.split(/[\s,]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
  const types = Array.from($("f-type").selectedOptions).map((o) => o.value);
  state.filters.since = $("f-since").value || null;
  state.filters.until = $("f-until").value || null;
  state.filters.country = country;
  state.filters.type = types;
  state.interval = $("f-interval").value;
}

function renderChips() {
  const box = $("chips");
  box.replaceChildren();
  const names = { since: "from", until: "to", country: "country", type: "type", place: "place",
    actor: "actor", recipient: "recipient" };
  for (const [key, label] of Object.entries(names)) {
    let value = state.filters[key];
    if (!value || (Array.isArray(value) && !value.length)) continue;
    if (Array.isArray(value)) value = value.join(", ");
    if (key === "place" && state.placeName) value = state.placeName;
    const chip = el("span", { class: "chip", "data-filter": key }, `${label}: ${value} ✕`);
    chip.title = "remove this filter";
    chip.addEventListener("click", () => { delete state.filters[key]; syncForm(); refresh(); });
    box.append(chip);
  }
}

function syncForm() {
  $("f-since").value = state.filters.since || "";
  $("f-until").value = state.filters.until || "";
  $("f-country").value = (state.filters.country || []).join(", ");
  const types = new Set(state.filters.type || []);
  for (const option of $("f-type").options) option.selected = types.has(option.value);
}

// --- timeline -----------------------------------------------------------------------------

function renderTimeline(data) {
  const box = $("timeline");
  box.replaceChildren();
  const buckets = data.buckets;
  const total = buckets.reduce((sum, b) => sum + b.total, 0);
  $("timeline-total").textContent = `${total} dated events, by ${data.interval}`;
  box.dataset.total = String(total);
  box.dataset.buckets = String(buckets.length);
  if (!buckets.length) { box.append(el("p", { class: "empty" }, "No dated events match these filters.")); return; }
  const width = 960, height = 220, left = 40, right = 40, top = 10, bottom = 30;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "timeline" });
  const max = Math.max(...buckets.map((b) => b.total));
  const maxG = Math.max(1, ...buckets.map((b) => Math.abs(b.goldstein)));
  // A time scale: empty periods stay empty instead of being squeezed out.
  const DAY = 86400000;
  const span = { day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY }[data.interval] || 30.44 * DAY;
  const t0 = Date.parse(buckets[0].start);
  const t1 = Date.parse(buckets[buckets.length - 1].start) + span;
  const scale = (width - left - right) / Math.max(span, t1 - t0);
  const xOf = (bucket) => left + (Date.parse(bucket.start) - t0) * scale;
  const barWidth = Math.max(1, span * scale * 0.85);
  const y = (n) => top + (height - top - bottom) * (1 - n / max);
  const axis = el("svg:g", { class: "axis" });
  axis.append(el("svg:line", { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom }));
  axis.append(el("svg:text", { x: left - 4, y: top + 8, "text-anchor": "end" }, max));
  axis.append(el("svg:text", { x: left - 4, y: height - bottom, "text-anchor": "end" }, 0));
  axis.append(el("svg:text", { x: width - right + 4, y: top + 8 }, `+${maxG.toFixed(0)}`));
  axis.append(el("svg:text", { x: width - right + 4, y: height - bottom }, `−${maxG.toFixed(0)}`));
  let lastLabel = -Infinity;
  buckets.forEach((bucket) => {
    const x = xOf(bucket);
    let base = 0;
    for (const key of ["1", "2", "3", "4", "none"]) {
      const n = bucket.counts[key] || 0;
      if (!n) continue;
      const rect = el("svg:rect", { class: "bar", x: x.toFixed(2), width: barWidth.toFixed(2), y: y(base + n), height: y(base) - y(base + n),
        fill: QUAD_COLOURS[key], "data-period": bucket.period, "data-quad": key });
      rect.append(el("svg:title", {}, `${bucket.period}: ${n} ${QUAD_NAMES[key] || "no quad class"}`));
      svg.append(rect);
      base += n;
    }
    if (x - lastLabel > 70) {
      axis.append(el("svg:text", { x: x + barWidth / 2, y: height - bottom + 14, "text-anchor": "middle" }, bucket.period));
      lastLabel = x;
    }
  });
  const mid = top + (height - top - bottom) / 2;
  const gy = (g) => mid - (g / maxG) * (height - top - bottom) / 2;
  const points = buckets.map((b) => `${(xOf(b) + barWidth / 2).toFixed(1)},${gy(b.goldstein).toFixed(1)}`);
  svg.append(el("svg:polyline", { points: points.join(" "), fill: "none", stroke: "#16233a", "stroke-width": 1.2,
    "stroke-dasharray": "3 2", class: "goldstein" }));
  svg.prepend(axis);
  box.append(svg);
}

// --- map ----------------------------------------------------------------------------------

function renderMap(geojson) {
  const box = $("map");
  box.replaceChildren();
  const svg = el("svg:svg", { viewBox: "0 6 360 146", role: "img", "aria-label": "map of event places" });
  if (state.world) svg.append(el("svg:path", { class: "land", d: state.world.land }));
  const features = geojson.features;
  const max = Math.max(1, ...features.map((f) => f.properties.events));
  for (const feature of features.slice().reverse()) {
    const [lon, lat] = feature.geometry.coordinates;
    const r = 0.8 + 5 * Math.sqrt(feature.properties.events / max);
    const dot = el("svg:circle", { class: "place", cx: (lon + 180).toFixed(2), cy: (90 - lat).toFixed(2), r: r.toFixed(2),
      "data-place": feature.properties.place_id });
    dot.append(el("svg:title", {}, `${feature.properties.name} (${feature.properties.country || "?"}): ${feature.properties.events} events`));
    dot.addEventListener("click", () => {
      state.filters.place = feature.properties.place_id;
      state.placeName = feature.properties.name;
      refresh();
    });
    svg.append(dot);
  }
  box.dataset.places = String(features.length);
  box.append(svg);
  if (!features.length) box.append(el("p", { class: "empty" }, "No located events."));
}

// --- dyads --------------------------------------------------------------------------------

function renderDyads(data) {
  const box = $("dyads");
  box.replaceChildren();
  const dyads = data.dyads.slice(0, 20);
  box.dataset.dyads = String(dyads.length);
  if (!dyads.length) { box.append(el("p", { class: "empty" }, "No pairs with countries on both sides.")); return; }
  const size = 360, centre = size / 2, radius = 120;
  const svg = el("svg:svg", { viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "dyad network" });
  const defs = el("svg:defs");
  const marker = el("svg:marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 9, markerHeight: 9, orient: "auto", markerUnits: "userSpaceOnUse" });
  marker.append(el("svg:path", { d: "M0,0L10,5L0,10z", fill: "#5c6370" }));
  defs.append(marker);
  svg.append(defs);
  const nodes = [...new Set(dyads.flatMap((d) => [d.actor, d.recipient]))];
  const position = {};
  nodes.forEach((name, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    position[name] = [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)];
  });
  const max = Math.max(...dyads.map((d) => d.events));
  for (const dyad of dyads) {
    const [x1, y1] = position[dyad.actor];
    const [x2, y2] = position[dyad.recipient];
    const bend = 0.15;
    const cx = (x1 + x2) / 2 + (y2 - y1) * bend, cy = (y1 + y2) / 2 - (x2 - x1) * bend;
    const share = dyad.conflict / dyad.events;
    const colour = share > 0.5 ? QUAD_COLOURS["4"] : share > 0.25 ? QUAD_COLOURS["3"] : QUAD_COLOURS["1"];
    const edge = el("svg:path", { class: "edge", d: `M${x1},${y1}Q${cx},${cy} ${x2},${y2}`, stroke: colour,
      "stroke-width": (1 + 6 * dyad.events / max).toFixed(2), "stroke-opacity": 0.7, "marker-end": "url(#arrow)" });
    edge.append(el("svg:title", {}, `${dyad.actor} → ${dyad.recipient}: ${dyad.events} events, ${dyad.conflict} conflictual, Goldstein ${dyad.goldstein}`));
    edge.addEventListener("click", () => {
      state.filters.actor = dyad.actor.split(" ")[0];
      state.filters.recipient = dyad.recipient.split(" ")[0];
      refresh();
    });
    svg.append(edge);
  }
  for (const name of nodes) {
    const [x, y] = position[name];
    const group = el("svg:g", { class: "node" });
    group.append(el("svg:circle", { cx: x, cy: y, r: 4 }));
    const outside = x >= centre ? 1 : -1;
    group.append(el("svg:text", { x: x + outside * 7, y: y + 3, "text-anchor": outside > 0 ? "start" : "end" }, name));
    svg.append(group);
  }
  box.append(svg);
}

// --- events table and evidence ------------------------------------------------------------

function party(list, countries) {
  if (list && list.length) return list.map((a) => a.name || a.text).join("; ");
  return (countries || []).join(" ") || "—";
}

function quadBadge(quad) {
  const key = quad === null || quad === undefined ? "none" : String(quad);
  return el("span", { class: `qc qc${key}` }, QUAD_NAMES[key] || "—");
}

function renderEvents(page, append) {
  const body = $("events-table").querySelector("tbody");
  if (!append) body.replaceChildren();
  for (const event of page.events) {
    const row = el("tr", { "data-event": event.event_id });
    row.append(el("td", {}, event.date || "undated"));
    const type = el("td", {}, event.type + " ");
    type.append(quadBadge(event.quad_class));
    row.append(type);
    row.append(el("td", {}, party(event.actors, event.actor_countries)));
    row.append(el("td", {}, party(event.recipients, event.recipient_countries)));
    row.append(el("td", {}, event.place_name ? `${event.place_name} (${event.place_country || "?"})` : "—"));
    row.append(el("td", {}, event.goldstein === null ? "—" : event.goldstein));
    row.append(el("td", {}, event.mention_count));
    row.append(el("td", { class: "sentence" }, event.sentence || ""));
    row.addEventListener("click", () => openEvidence(event.event_id, row));
    body.append(row);
  }
  state.cursor = page.next_cursor;
  $("more").hidden = !page.next_cursor;
  const shown = body.querySelectorAll("tr").length;
  $("events-count").textContent = `${shown} shown${page.next_cursor ? ", more available" : ""}`;
  $("events-table").dataset.rows = String(shown);
  if (!shown) {
    const row = el("tr", { class: "no-events" });
    row.append(el("td", { colspan: 8, class: "empty" }, "No events match these filters."));
    body.append(row);
  }
}

// Split a sentence at span edges and mark each piece with the roles covering it.
function highlight(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    if (span.start === null || span.end === null || span.start === undefined) continue;
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const quote = el("blockquote");
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const roles = spans.filter((s) => s.start !== null && s.start <= start && end <= s.end).map((s) => s.role);
    if (!roles.length) { quote.append(document.createTextNode(piece)); continue; }
    const mark = el("mark", { class: [...new Set(roles)].join(" ") }, piece);
    mark.title = [...new Set(roles)].join(" + ");
    quote.append(mark);
  }
  return quote;
}

function describeDate(m) {
  if (!m.date) return `undated${m.date_reason ? ": " + m.date_reason : ""}`;
  const how = m.date_source === "publication" ? "from the publication date" : m.date_source === "text" ? "from the sentence" : (m.date_source || "");
  return `${m.date} (${m.date_precision || "?"} precision, ${how})${m.date_reason ? ": " + m.date_reason : ""}`;
}

function describePlace(place) {
  if (!place) return "not located";
  const coords = place.lat !== null && place.lon !== null ? ` at ${place.lat.toFixed(2)}, ${place.lon.toFixed(2)}` : "";
  return `${place.name} (${place.country || "?"}, ${place.feature || "place"})${coords}${place.why ? ": " + place.why : ""}`;
}

function actorsText(list) {
  return list.length ? list.map((a) => `${a.name || a.text} [${a.country || "-"}/${a.sector || "-"}]`).join("; ") : "—";
}

function renderMention(m, index) {
  const box = el("div", { class: "mention", "data-mention": m.mention_id });
  box.append(el("div", { class: "meta" }, `Mention ${index + 1} · rule ${m.rule_id} · confidence ${m.confidence}`));
  const spans = [{ role: "trigger", start: m.trigger.start, end: m.trigger.end }];
  for (const a of m.actor) spans.push({ role: "actor", start: a.char_start, end: a.char_end });
  for (const a of m.recipient) spans.push({ role: "recipient", start: a.char_start, end: a.char_end });
  box.append(highlight(m.sentence_text, spans));
  const dl = el("dl");
  const add = (label, value) => { dl.append(el("dt", {}, label)); const dd = el("dd"); if (value instanceof Node) dd.append(value); else dd.textContent = value; dl.append(dd); };
  add("Actor", actorsText(m.actor));
  add("Recipient", actorsText(m.recipient));
  add("Date", describeDate(m));
  add("Place", describePlace(m.location));
  if (m.article) {
    const title = m.article.title || m.article.article_id;
    let link = document.createTextNode(title);
    if (m.article.url && /^https?:\/\//i.test(m.article.url)) {
      link = el("a", { href: m.article.url, target: "_blank", rel: "noopener noreferrer" }, title);
    }
    const wrap = el("span");
    wrap.append(link, document.createTextNode(` · ${m.article.outlet || "unknown outlet"} · ${m.article.published_at || "no date"}`));
    add("Article", wrap);
  }
  box.append(dl);
  return box;
}

async function openEvidence(eventId, row) {
  for (const other of document.querySelectorAll("tbody tr.selected")) other.classList.remove("selected");
  if (row) row.classList.add("selected");
  const panel = $("evidence");
  panel.hidden = false;
  panel.replaceChildren(el("p", { class: "meta" }, "loading…"));
  try {
    const event = await api(`/api/events/${encodeURIComponent(eventId)}`);
    const close = el("button", { type: "button", class: "secondary", id: "close-evidence" }, "Close");
    close.addEventListener("click", () => { panel.hidden = true; });
    const heading = el("h2", {}, `${event.type}${event.mode ? " (" + event.mode + ")" : ""} `);
    heading.append(quadBadge(event.quad_class));
    const dl = el("dl");
    const add = (label, value) => { dl.append(el("dt", {}, label), el("dd", {}, value)); };
    add("Actor", actorsText(event.actor));
    add("Recipient", actorsText(event.recipient));
    add("Date", describeDate(event));
    add("Place", describePlace(event.location));
    add("Status", event.status);
    add("Goldstein", event.goldstein === null ? "—" : event.goldstein);
    add("Confidence", event.confidence);
    add("CAMEO", event.cameo || "—");
    add("Event id", event.event_id);
    const legend = el("p", { class: "meta" });
    legend.append(el("mark", { class: "trigger" }, "trigger"), " ", el("mark", { class: "actor" }, "actor"), " ",
      el("mark", { class: "recipient" }, "recipient"));
    panel.replaceChildren(close, heading, dl, el("h3", {}, `Evidence: ${event.mentions.length} mention(s)`), legend,
      ...event.mentions.map(renderMention));
    panel.dataset.event = event.event_id;
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
  }
}

// --- loading ------------------------------------------------------------------------------

async function loadEvents(append) {
  const extra = append && state.cursor ? { cursor: state.cursor } : {};
  const page = await api(`/api/events?${query({ ...extra, limit: 50 })}`);
  renderEvents(page, append);
}

async function refresh() {
  renderChips();
  showError(null);
  busy(1);
  try {
    await Promise.all([
      api(`/api/timeline?${query({ interval: state.interval, by: "quad_class" })}`).then(renderTimeline),
      api(`/api/places?${query({ limit: 500 })}`).then(renderMap),
      api(`/api/dyads?${query({ limit: 20 })}`).then(renderDyads),
      loadEvents(false),
    ]);
  } catch (error) {
    showError(error);
  } finally {
    busy(-1);
  }
}

async function start() {
  const select = $("f-type");
  for (const type of TYPES) select.append(el("option", { value: type }, type));
  $("filters").addEventListener("submit", (event) => { event.preventDefault(); readForm(); refresh(); });
  $("reset").addEventListener("click", () => { state.filters = {}; syncForm(); refresh(); });
  $("more").addEventListener("click", () => { busy(1); loadEvents(true).catch(showError).finally(() => busy(-1)); });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") $("evidence").hidden = true; });
  busy(1);
  try {
    const [health, world] = await Promise.all([api("/api/health"), fetch("/static/world.json").then((r) => r.json())]);
    state.world = world;
    const c = health.counts;
    $("stats").textContent = `${c.events} events · ${c.mentions} mentions · ${c.articles} articles · v${health.version}`;
  } catch (error) {
    showError(error);
  } finally {
    busy(-1);
  }
  await refresh();
  document.body.dataset.ready = "true";
}

start();
