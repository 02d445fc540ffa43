// Staff console: log in, see open calls live, accept with an estimate, mark arrived and
// resolved. Plain DOM, no build step. Every visible text comes from strings.js.
"use strict";
(() => {
  const STRINGS = window.LOBBY_STRINGS;
  const lang = (navigator.language || "en").slice(0, 2) in STRINGS
    ? (navigator.language || "en").slice(0, 2) : "en";
  const RANK = { requested: 0, offered: 1, accepted: 2, arrived: 3, resolved: 4, cancelled: 4 };
  const UNACCEPTED = new Set(["requested", "offered"]);
  const BEEP_REPEAT_MS = 15000;

  const $ = (id) => document.getElementById(id);
  const state = {
    csrf: null, me: null, etas: [1, 2, 5, 10], calls: new Map(), kiosks: new Map(),
    offsetMs: 0, ws: null, retry: 0, reconnectTimer: null,
    alerted: new Set(), unacked: new Map(), audio: null, lastBeep: 0, busy: new Set(),
  };

  function t(key, params) {
    let text = (STRINGS[lang] && STRINGS[lang][key]) ?? STRINGS.en[key] ?? key;
    for (const [k, v] of Object.entries(params || {})) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  }
  const has = (key) => key in STRINGS.en;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  // ---- words for what the kiosk reports ------------------------------------------------
  const reasonText = (id) => has(`reason.${id}`) ? t(`reason.${id}`) : t("reason.other", { id });
  const screenText = (id) => has(`screen.${id}`) ? t(`screen.${id}`) : id.replaceAll("_", " ");
  const languageText = (code) => has(`lang.${code}`) ? `${t(`lang.${code}`)} (${code})` : code;
  const whereText = (call) => call.location || call.kiosk;

  function ageText(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return t("age.s", { s });
    if (s < 3600) return t("age.ms", { m: Math.floor(s / 60), s: String(s % 60).padStart(2, "0") });
    return t("age.hm", { h: Math.floor(s / 3600), m: String(Math.floor(s / 60) % 60).padStart(2, "0") });
  }
  const serverNow = () => Date.now() + state.offsetMs;
  const ageOf = (call) => serverNow() - Date.parse(call.created_at);

  // ---- API ----------------------------------------------------------------------------
  async function api(path, body) {
    const init = body === undefined ? { credentials: "same-origin" } : {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": state.csrf || "" },
      body: JSON.stringify(body),
    };
    let response;
    try { response = await fetch(path, init); } catch (e) { return { status: 0, data: { error: "network" } }; }
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    return { status: response.status, data };
  }

  async function loadState() {
    const { status, data } = await api("/api/state");
    if (status === 401) { showLogin(); return false; }
    if (status !== 200) { scheduleReconnect(); return false; }
    state.csrf = data.csrf;
    state.etas = data.eta_choices || state.etas;
    applySnapshot(data);
    showBoard();
    return true;
  }

  // ---- views --------------------------------------------------------------------------
  function showLogin(messageKey) {
    closeSocket();
    state.csrf = null; state.me = null; state.calls.clear(); state.unacked.clear();
    $("board").hidden = true; $("logout").hidden = true; $("me").textContent = "";
    $("link").textContent = ""; $("link").className = "link";
    $("login").hidden = false;
    $("login-error").textContent = messageKey ? t(messageKey) : "";
    updateAlert();
    $("username").focus();
  }

  function showBoard() {
    $("login").hidden = true; $("board").hidden = false; $("logout").hidden = false;
    const me = state.me;
    $("me").textContent = me ? `${me.name} · ${t(me.on_duty ? "me.on_duty" : "me.off_duty")}` : "";
    if (!state.ws) openSocket();
  }

  async function onLogin(event) {
    event.preventDefault();
    const username = $("username").value.trim(), secret = $("secret").value;
    if (!username || !secret) { $("login-error").textContent = t("error.staff_login_missing"); return; }
    const button = $("login-submit");
    button.disabled = true; button.textContent = t("login.busy");
    const { status, data } = await api("/api/login", { username, secret });
    button.disabled = false; button.textContent = t("login.submit");
    $("secret").value = "";
    if (status === 200) {
      state.csrf = data.csrf; state.me = data.me;
      await loadState();
      $("calls-title").focus();
      return;
    }
    $("login-error").textContent = t(`error.${data.error || "unexpected"}`);
    $("secret").focus();
  }

  async function onLogout() {
    await api("/api/logout", {});
    showLogin();
  }

  // ---- calls --------------------------------------------------------------------------
  function newer(old, fresh) {
    if (!old) return true;
    const a = RANK[old.status], b = RANK[fresh.status];
    return b > a || (b === a && fresh.level >= old.level);
  }

  function applySnapshot(data) {
    state.me = data.me || state.me;
    if (data.server_time) state.offsetMs = Date.parse(data.server_time) - Date.now();
    if (data.calls) {
      const fresh = new Map(data.calls.map((c) => [c.id, c]));
      state.calls = fresh;
      for (const call of fresh.values()) maybeAlert(call, "new");
      for (const id of [...state.unacked.keys()]) if (!fresh.has(id)) state.unacked.delete(id);
    }
    if (data.kiosks) { state.kiosks = new Map(data.kiosks.map((k) => [k.kiosk, k])); }
    renderCalls(); renderKiosks(); updateAlert();
  }

  function applyCall(call, why) {
    const old = state.calls.get(call.id);
    if (!newer(old, call)) return;
    if (call.status === "resolved" || call.status === "cancelled") {
      state.calls.delete(call.id); state.unacked.delete(call.id);
    } else {
      state.calls.set(call.id, call);
      if (UNACCEPTED.has(call.status)) maybeAlert(call, why);
      else state.unacked.delete(call.id);
    }
    renderCalls(); updateAlert();
  }

  function maybeAlert(call, why) {
    if (!UNACCEPTED.has(call.status)) return;
    // A more urgent priority (a device fault joining the call) or a new level rings again.
    const key = `${call.id}:${call.level}:${call.priority}`;
    if (state.alerted.has(key)) return;
    state.alerted.add(key);
    state.unacked.set(call.id, call);
    state.lastBeep = 0;  // ring now
    if (why !== "quiet") ring(call.level);
  }

  function sortCalls(list) {
    return list.sort((a, b) => {
      const ua = UNACCEPTED.has(a.status) ? 0 : 1, ub = UNACCEPTED.has(b.status) ? 0 : 1;
      if (ua !== ub) return ua - ub;
      if (a.level !== b.level) return b.level - a.level;
      return Date.parse(a.created_at) - Date.parse(b.created_at);
    });
  }

  function renderCalls() {
    const list = $("calls");
    const focusedId = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.focusKey : null;
    list.replaceChildren(...sortCalls([...state.calls.values()]).map(renderCall));
    if (focusedId) {
      const again = list.querySelector(`[data-focus-key="${focusedId}"]`);
      if (again) again.focus();
    }
    const waiting = [...state.calls.values()].filter((c) => UNACCEPTED.has(c.status)).length;
    $("count").textContent = state.calls.size ? `(${state.calls.size})` : "";
    $("empty").hidden = state.calls.size > 0;
    document.title = waiting ? t("title.waiting", { count: waiting }) : t("title.idle");
  }

  function renderCall(call) {
    const mine = state.me && call.staff_name === state.me.name && !UNACCEPTED.has(call.status);
    const classes = ["call", `lvl-${call.level}`, UNACCEPTED.has(call.status) ? "unaccepted" : "is-taken",
      mine ? "mine" : ""].join(" ");
    const titleId = `call-${call.id}-title`;
    const badges = el("div", { class: "badges" },
      el("span", { class: `badge ${UNACCEPTED.has(call.status) ? "waiting" : call.status}` },
        t(UNACCEPTED.has(call.status) ? "status.waiting" : `status.${call.status}`)),
      call.priority !== "guest" ? el("span", { class: `badge ${call.priority}` }, t(`priority.${call.priority}`)) : null,
      call.level >= 1 ? el("span", { class: `badge ${call.escalation}` }, t(`escalation.${call.escalation}`)) : null);
    const facts = el("dl", { class: "facts" },
      el("dt", {}, t("call.problem")), el("dd", {}, reasonText(call.reason || "guest_request")),
      el("dt", {}, t("call.screen")), el("dd", {}, screenText(call.screen)),
      el("dt", {}, t("call.language")), el("dd", { lang: call.language }, languageText(call.language)),
      el("dt", {}, t("call.kiosk")), el("dd", {}, call.kiosk));
    const card = el("li", { class: classes, id: `call-${call.id}` },
      el("article", { "aria-labelledby": titleId },
        el("div", { class: "top" },
          el("h3", { id: titleId }, whereText(call)),
          el("span", { class: "age", "data-created": call.created_at,
            "aria-label": t("call.waiting_for", { age: ageText(ageOf(call)) }) }, ageText(ageOf(call)))),
        badges, facts, ...actionsFor(call, mine)));
    return card;
  }

  function actionsFor(call, mine) {
    const busy = state.busy.has(call.id);
    const action = (name, body, label, extra) => el("button", {
      type: "button", disabled: busy, "data-focus-key": `${call.id}:${name}:${body && body.eta_minutes || ""}`,
      onclick: () => act(call, name, body), ...(extra || {}) }, label);
    if (UNACCEPTED.has(call.status)) {
      const promptId = `call-${call.id}-eta`;
      return [el("p", { class: "prompt", id: promptId }, t("call.eta_prompt")),
        el("div", { class: "eta", role: "group", "aria-labelledby": promptId },
          ...state.etas.map((n) => action("accept", { eta_minutes: n }, t("call.eta", { n }),
            { "aria-label": t("call.eta_label", { n }) })))];
    }
    const arrived = call.status === "arrived";
    const who = mine
      ? (arrived ? t("call.you_with_guest") : t("call.taken_by_you", { n: call.eta_minutes }))
      : (arrived ? t("call.with_guest", { name: call.staff_name })
        : t("call.taken", { name: call.staff_name, n: call.eta_minutes }));
    const buttons = [];
    if (call.status === "accepted") buttons.push(action("arrived", {}, t("call.arrived"), { class: "primary wide" }));
    buttons.push(action("resolve", { outcome: "helped" }, t("call.resolve"), call.status === "arrived" ? { class: "primary" } : {}));
    buttons.push(action("resolve", { outcome: "guest_gone" }, t("call.guest_gone")));
    return [el("p", { class: "taken" }, who), el("div", { class: "actions" }, ...buttons)];
  }

  async function act(call, name, body) {
    state.busy.add(call.id); renderCalls();
    let { status, data } = await api(`/api/calls/${call.id}/${name}`, body);
    if (status === 403 && data.error === "csrf_invalid" && await loadState()) {
      ({ status, data } = await api(`/api/calls/${call.id}/${name}`, body));
    }
    state.busy.delete(call.id);
    if (status === 401) { showLogin("error.staff_session_invalid"); return; }
    if (data.call) applyCall(data.call, "quiet");
    if (status === 409) {
      const taken = data.call || {};
      notice(taken.staff_name && taken.status !== "resolved" && taken.status !== "cancelled"
        ? t("error.staff_call_taken", { name: taken.staff_name }) : t("error.staff_call_closed"));
    } else if (status !== 200) {
      notice(t(`error.${data.error || "unexpected"}`));
    }
    state.unacked.delete(call.id);
    renderCalls(); updateAlert();
  }

  function notice(text) {
    const n = $("notice");
    n.textContent = text; n.hidden = !text;
    clearTimeout(notice.timer);
    notice.timer = setTimeout(() => { n.hidden = true; }, 6000);
  }

  // ---- kiosks -------------------------------------------------------------------------
  function renderKiosks() {
    const list = $("kiosks");
    const kiosks = [...state.kiosks.values()].sort((a, b) => a.kiosk.localeCompare(b.kiosk));
    $("kiosks-none").hidden = kiosks.length > 0;
    list.replaceChildren(...kiosks.map((k) => {
      const names = Object.keys(k.devices || {}).sort();
      const devices = names.length ? names.map((name) => {
        const d = k.devices[name];
        return el("span", { class: d.health === "ok" ? "" : "bad" },
          `${name}: ${t(`health.${d.health}`)}${d.detail ? ` (${reasonText(d.detail)})` : ""}`);
      }) : [t("kiosk.no_devices")];
      const joined = [];
      devices.forEach((d, i) => { if (i) joined.push(" · "); joined.push(d); });
      const since = k.at && k.status !== "unknown"
        ? ` ${t("kiosk.since", { time: new Date(Date.parse(k.at)).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) })}` : "";
      return el("li", { class: "kiosk" },
        el("span", { class: "name" }, k.location ? `${k.location} (${k.kiosk})` : k.kiosk),
        el("span", { class: `state ${k.status}` }, t(`kiosk.${k.status}`) + since),
        el("span", { class: "devices" }, ...joined));
    }));
  }

  // ---- alert: banner, title, sound ----------------------------------------------------
  function updateAlert() {
    const waiting = [...state.unacked.values()].filter((c) => state.calls.has(c.id)
      && UNACCEPTED.has(state.calls.get(c.id).status));
    const banner = $("alert");
    if (!waiting.length) { banner.hidden = true; banner.classList.remove("flash"); return; }
    const top = waiting.map((c) => state.calls.get(c.id)).sort((a, b) => b.level - a.level)[0];
    const key = top.level >= 2 ? "alert.duty_manager" : top.level === 1 ? "alert.all_staff" : "alert.new";
    let text = t(key, { where: whereText(top) });
    if (waiting.length > 1) text += ` ${t("alert.more", { count: waiting.length - 1 })}`;
    $("alert-text").textContent = text;
    banner.hidden = false; banner.classList.add("flash");
  }

  function unlockAudio() {
    if (state.audio) return;
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    state.audio = new Ctx();
    state.audio.resume();
    $("sound-hint").hidden = true;
  }

  function ring(level) {
    state.lastBeep = Date.now();
    if (navigator.vibrate) try { navigator.vibrate(level >= 2 ? [300, 100, 300, 100, 300] : [300, 100, 300]); } catch (e) { /* not allowed yet */ }
    const ctx = state.audio;
    if (!ctx) return;
    const tones = level >= 2 ? [988, 784, 988, 784] : level === 1 ? [880, 660, 880] : [880, 660];
    tones.forEach((hz, i) => {
      const start = ctx.currentTime + i * 0.22;
      const osc = ctx.createOscillator(), gain = ctx.createGain();
      osc.type = "square"; osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.35, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start); osc.stop(start + 0.2);
    });
  }

  function tick() {
    for (const node of document.querySelectorAll(".age[data-created]")) {
      const age = ageText(serverNow() - Date.parse(node.dataset.created));
      if (node.textContent !== age) {
        node.textContent = age;
        node.setAttribute("aria-label", t("call.waiting_for", { age }));
      }
    }
    const pending = [...state.unacked.keys()].filter((id) => state.calls.has(id)
      && UNACCEPTED.has(state.calls.get(id).status));
    if (pending.length && Date.now() - state.lastBeep > BEEP_REPEAT_MS) {
      ring(Math.max(...pending.map((id) => state.calls.get(id).level)));
    }
  }

  // ---- live connection ----------------------------------------------------------------
  function setLink(kind) {
    const link = $("link");
    link.className = `link ${kind}`;
    link.textContent = t(`link.${kind}`);
  }

  function openSocket() {
    clearTimeout(state.reconnectTimer);
    setLink(state.retry ? "lost" : "connecting");
    const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);
    state.ws = ws;
    ws.onopen = () => { state.retry = 0; setLink("live"); };
    ws.onmessage = (event) => {
      let m;
      try { m = JSON.parse(event.data); } catch (e) { return; }
      if (m.type === "snapshot") applySnapshot(m);
      else if (m.type === "call") applyCall(m.call, m.event);
      else if (m.type === "alert") {
        const call = state.calls.get(m.call);
        if (call) {
          state.alerted.delete(`${call.id}:${m.level}:${call.priority}`);
          maybeAlert({ ...call, level: m.level }, "alert");
          updateAlert();
        }
      } else if (m.type === "kiosk") { state.kiosks.set(m.kiosk.kiosk, m.kiosk); renderKiosks(); }
      else if (m.type === "session_expired") showLogin("error.staff_session_invalid");
    };
    ws.onclose = (event) => {
      if (state.ws !== ws) return;
      state.ws = null;
      if (event.code === 4401) { showLogin("error.staff_session_invalid"); return; }
      if (!$("board").hidden) scheduleReconnect();
    };
  }

  function closeSocket() {
    clearTimeout(state.reconnectTimer);
    if (state.ws) { const ws = state.ws; state.ws = null; ws.close(); }
  }

  function scheduleReconnect() {
    setLink("lost");
    clearTimeout(state.reconnectTimer);
    const delay = Math.min(10000, 1000 * 2 ** state.retry);
    state.retry += 1;
    // On reconnect the page fetches the whole state again, then reopens the socket.
    state.reconnectTimer = setTimeout(async () => { if (await loadState() && !state.ws) openSocket(); }, delay);
  }

  // ---- start --------------------------------------------------------------------------
  function translateStatic() {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    document.title = t("title.idle");
  }

  document.addEventListener("DOMContentLoaded", () => {
    translateStatic();
    $("sound-hint").hidden = false;
    for (const type of ["pointerdown", "keydown", "touchstart"]) {
      document.addEventListener(type, unlockAudio, { passive: true });
    }
    $("login-form").addEventListener("submit", onLogin);
    $("logout").addEventListener("click", onLogout);
    $("alert-ack").addEventListener("click", () => {
      state.unacked.clear(); updateAlert();
      const first = $("calls").querySelector(".unaccepted .eta button");
      if (first) first.focus();
    });
    setInterval(tick, 1000);
    loadState();
  });
})();
