// Relance's board: the pipeline as columns, inside Telegram (a Mini App) or any browser.
//
// The launch parameters come from Telegram's telegram-web-app.js when the page has it, else
// from the URL fragment, as Telegram passes them: #tgWebAppData=...&tgWebAppThemeParams=...
// Every API call sends the init data as "Authorization: tma <initData>"; the server says who
// the user is. User text is only ever set with textContent.
"use strict";

(function () {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const webApp = window.Telegram && window.Telegram.WebApp;
  const initData = (webApp && webApp.initData) || fragment.get("tgWebAppData") || "";
  const apiBase = window.location.pathname.replace(/\/+$/, "") + "/api";

  const $ = (id) => document.getElementById(id);
  let texts = {};
  let cards = [];
  let columns = [];
  let openCard = null;
  let showArchived = false;

  const t = (key) => texts[key] || key;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // Colours: Telegram's theme parameters, as --tg-theme-* variables (board.css has defaults).
  function applyTheme(given) {
    let theme = given || (webApp && webApp.themeParams);
    if (!theme || !Object.keys(theme).length) {
      try {
        theme = JSON.parse(fragment.get("tgWebAppThemeParams") || "{}");
      } catch (error) {
        theme = {};
      }
    }
    const style = document.documentElement.style;
    for (const name of Array.from(style)) {
      if (name.startsWith("--tg-theme-")) style.removeProperty(name); // a new theme, whole
    }
    for (const [name, value] of Object.entries(theme || {})) {
      if (/^[a-z_]{1,40}$/.test(name) && /^#[0-9a-fA-F]{3,8}$/.test(String(value))) {
        document.documentElement.style.setProperty(
          "--tg-theme-" + name.replace(/_/g, "-"),
          value
        );
      }
    }
  }

  // The user switches between light and dark while the board is open: Telegram says so through
  // telegram-web-app.js when present, else through its own bridge (window.Telegram.WebView in
  // an app, a message from the parent frame on the web).
  function followTheme() {
    if (webApp) {
      if (webApp.onEvent) webApp.onEvent("themeChanged", () => applyTheme(webApp.themeParams));
      return;
    }
    const receive = (type, data) => {
      if (type === "theme_changed" && data && data.theme_params) applyTheme(data.theme_params);
    };
    window.Telegram = window.Telegram || {};
    window.Telegram.WebView = window.Telegram.WebView || { receiveEvent: receive };
    window.addEventListener("message", (event) => {
      if (event.source !== window.parent || window.parent === window) return;
      try {
        const message = JSON.parse(event.data);
        receive(message.eventType, message.eventData);
      } catch (error) {
        // not one of Telegram's events
      }
    });
  }

  async function api(path, body) {
    const options = { headers: { Authorization: "tma " + initData } };
    if (body !== undefined) {
      options.method = "POST";
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(apiBase + path, options);
    } catch (error) {
      return { status: 0, data: null };
    }
    let data = null;
    if ((response.headers.get("Content-Type") || "").startsWith("application/json")) {
      data = await response.json().catch(() => null);
    }
    return { status: response.status, data, response };
  }

  // Init data refused, or the board could not be loaded at all: say so, show nothing else.
  function fatal(message, state) {
    cards = [];
    $("board").replaceChildren();
    $("board").hidden = true;
    $("stats").hidden = true;
    $("top").hidden = true;
    $("detail").hidden = true;
    $("loading").hidden = true;
    $("fatal").textContent = message || "Ouvrez le tableau depuis Telegram. / Open the board from Telegram.";
    $("fatal").hidden = false;
    document.body.dataset.state = state || "refused";
  }

  // Before the board's texts are loaded, the server's sentence, else one in both languages.
  const FAILED = "Cela n'a pas marché. Réessayez dans un instant. / That did not work. Try again in a moment.";

  let noticeTimer = null;
  function notice(message) {
    if (!message) return;
    const box = $("notice");
    box.textContent = message;
    box.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => (box.hidden = true), 6000);
  }

  async function load() {
    const { status, data } = await api("/board");
    if (status === 401 || !initData) return fatal(data && data.error);
    if (status !== 200 || !data) {
      const message = (data && data.error) || texts["board.error"] || FAILED;
      // Nothing shown yet: no dots left waiting; else the board shown stays, with a notice.
      return document.body.dataset.state === "ready" ? notice(message) : fatal(message, "failed");
    }
    texts = data.texts;
    columns = data.columns;
    cards = data.cards;
    document.documentElement.lang = data.lang;
    setTexts();
    renderBoard();
    $("loading").hidden = true;
    $("top").hidden = false;
    document.body.dataset.state = "ready";
  }

  function setTexts() {
    document.title = t("board.title");
    $("title").textContent = t("board.title");
    $("tab-board").textContent = t("board.tab.board");
    $("tab-stats").textContent = t("board.tab.stats");
    $("archived-toggle").querySelector("span").textContent = t("board.show_archived");
    $("detail-close").textContent = t("board.close");
    $("d-timeline-title").textContent = t("board.timeline");
    $("d-plan-title").textContent = t("board.plan");
    $("d-draft-title").textContent = t("board.draft");
    $("d-copy").textContent = t("board.copy");
    $("d-note").placeholder = t("board.note_placeholder");
    $("d-note-save").textContent = t("board.save");
    $("d-note-cancel").textContent = t("board.cancel");
    $("d-confirm-yes").textContent = t("card.btn.delete_yes");
    $("d-confirm-no").textContent = t("card.btn.delete_no");
  }

  function cardNode(card) {
    const node = el("div", "card");
    node.dataset.id = String(card.id);
    node.dataset.stage = card.stage;
    const head = el("div", "card-head");
    const company = el("div", "company", card.company);
    head.append(company);
    if (card.moves.length) {
      const handle = el("button", "handle", "⠿");
      handle.type = "button";
      handle.setAttribute("aria-label", t("board.drag"));
      handle.addEventListener("pointerdown", (event) => startDrag(event, card, node));
      // A drag ends with a click on the handle (a mouse's, mostly): it opens nothing.
      handle.addEventListener("click", (event) => event.stopPropagation());
      head.append(handle);
    }
    node.append(head);
    if (card.role) node.append(el("div", "role", card.role));
    node.append(el("div", "next", card.next));
    const foot = el("div", "card-foot");
    if (card.stale) foot.append(el("span", "badge", t("board.stale")));
    if (card.moves.length) {
      const move = el("button", "move", t("board.move_to"));
      move.type = "button";
      move.addEventListener("click", (event) => {
        event.stopPropagation();
        moveMenu(card);
      });
      foot.append(move);
    }
    node.append(foot);
    node.addEventListener("click", () => openDetail(card.id));
    return node;
  }

  function renderBoard() {
    const board = $("board");
    const shown = columns.map((stage) => ({
      stage,
      title: t("stage." + stage),
      items: cards.filter((c) => !c.archived && c.stage === stage),
    }));
    if (showArchived) {
      shown.push({ stage: "archived", title: t("board.archived"), items: cards.filter((c) => c.archived) });
    }
    const nodes = shown.map(({ stage, title, items }) => {
      const column = el("section", "column");
      column.dataset.stage = stage;
      const header = el("h2");
      header.append(el("span", "label", title), el("span", "count", String(items.length)));
      column.append(header);
      const list = el("div", "cards");
      if (!items.length) list.append(el("p", "hint", t("board.column_empty")));
      items.forEach((card) => list.append(cardNode(card)));
      column.append(list);
      return column;
    });
    board.replaceChildren(...nodes);
    if (!cards.length) board.prepend(el("p", "hint wide", t("board.empty")));
    board.hidden = false;
  }

  // Moving a card: by touch or mouse (pointer events, on the handle), or from the menu.

  let drag = null;

  function startDrag(event, card, node) {
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const ghost = $("ghost");
    ghost.replaceChildren(el("div", "company", card.company));
    ghost.hidden = false;
    node.classList.add("dragging");
    document.body.classList.add("dragging"); // no scroll snapping while the board follows the finger
    drag = { card, node, handle, ghost, target: null, pointerId: event.pointerId };
    moveGhost(event.clientX, event.clientY);
    handle.addEventListener("pointermove", onDragMove);
    handle.addEventListener("pointerup", onDragEnd);
    handle.addEventListener("pointercancel", onDragCancel);
  }

  function moveGhost(x, y) {
    drag.ghost.style.transform = `translate(${x - 20}px, ${y - 20}px)`;
    const under = document.elementFromPoint(x, y);
    const column = under && under.closest(".column");
    const stage = column && column.dataset.stage;
    const allowed = stage && drag.card.moves.includes(stage) ? column : null;
    document.querySelectorAll(".column.drop").forEach((c) => c !== allowed && c.classList.remove("drop"));
    if (allowed) allowed.classList.add("drop");
    drag.target = allowed ? stage : null;
    const board = $("board");
    const edge = 40;
    if (x < edge) board.scrollLeft -= 24;
    else if (x > window.innerWidth - edge) board.scrollLeft += 24;
  }

  function onDragMove(event) {
    if (drag && event.pointerId === drag.pointerId) moveGhost(event.clientX, event.clientY);
  }

  function endDrag() {
    const current = drag;
    drag = null;
    current.handle.removeEventListener("pointermove", onDragMove);
    current.handle.removeEventListener("pointerup", onDragEnd);
    current.handle.removeEventListener("pointercancel", onDragCancel);
    current.ghost.hidden = true;
    current.node.classList.remove("dragging");
    document.body.classList.remove("dragging");
    document.querySelectorAll(".column.drop").forEach((c) => c.classList.remove("drop"));
    return current;
  }

  function onDragEnd(event) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    // Dropped where the last move showed it would go (lifting a finger moves nothing).
    const { card, target } = endDrag();
    if (target) move(card, target);
  }

  function onDragCancel() {
    if (drag) endDrag();
  }

  function moveMenu(card) {
    const sheet = $("menu-sheet");
    const title = el("h3", null, t("board.move_to"));
    const buttons = card.moves.map((stage) => {
      const button = el("button", "menu-item", t("stage." + stage));
      button.type = "button";
      button.dataset.stage = stage;
      button.addEventListener("click", () => {
        $("menu").hidden = true;
        move(card, stage);
      });
      return button;
    });
    const cancel = el("button", "menu-item", t("board.cancel"));
    cancel.type = "button";
    cancel.addEventListener("click", () => ($("menu").hidden = true));
    sheet.replaceChildren(title, ...buttons, cancel);
    $("menu").hidden = false;
  }

  async function move(card, stage) {
    await change(card, "/move", { stage });
    // Show the card where it now stands (it stays where it was when its dialog is in the chat).
    const moved = document.querySelector(`.card[data-id="${card.id}"]`);
    if (moved) moved.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  // A change: the server runs the chat's use case; a stale card (409) reloads.
  async function change(card, path, body) {
    body.version = card.version;
    const { status, data } = await api(`/applications/${card.id}${path}`, body);
    if (status === 401) return fatal(data && data.error);
    if (status === 409) {
      notice(data && data.error);
    } else if (status === 200 && data) {
      notice(data.notice);
      if (data.card && openCard === card.id) showDetail(data.card);
      if (!data.card && openCard === card.id) closeDetail();
    } else {
      notice((data && data.error) || t("board.error"));
    }
    await load();
    if (status === 409 && data && data.card && openCard === card.id) showDetail(data.card);
  }

  // The opened card.

  async function openDetail(id) {
    const { status, data } = await api(`/applications/${id}`);
    if (status === 401) return fatal(data && data.error);
    if (status !== 200 || !data) return notice((data && data.error) || t("board.error"));
    showDetail(data.card);
  }

  function showDetail(card) {
    openCard = card.id;
    $("d-company").textContent = card.company;
    $("d-role").textContent = card.role;
    $("d-stage").textContent = card.archived ? t("board.archived") : t("stage." + card.stage);
    $("d-stale").textContent = t("board.stale");
    $("d-stale").hidden = !card.stale;
    $("d-recruiter").textContent = card.recruiter;
    $("d-next").textContent = card.next;
    $("d-notes").textContent = card.notes;
    $("d-timeline").replaceChildren(...card.timeline.map((event) => el("li", null, event.text)));
    $("d-plan-box").hidden = !card.plan;
    $("d-plan").textContent = card.plan || "";
    $("d-draft-box").hidden = !card.draft;
    $("d-draft").textContent = card.draft ? card.draft.copy : "";
    $("d-copy").textContent = t("board.copy");
    $("d-note-box").hidden = true;
    $("d-confirm-box").hidden = true;
    const actions = card.actions.map((name) => {
      const button = el("button", name === "delete" ? "danger" : null, t("card.btn." + name));
      button.type = "button";
      button.dataset.action = name;
      button.addEventListener("click", () => act(card, name));
      return button;
    });
    $("d-actions").replaceChildren(...actions);
    const moves = card.moves.map((stage) => {
      const button = el("button", "move", `${t("board.move_to")} ${t("stage." + stage)}`);
      button.type = "button";
      button.dataset.stage = stage;
      button.addEventListener("click", () => move(card, stage));
      return button;
    });
    $("d-moves").replaceChildren(...moves);
    $("detail").hidden = false;
    $("detail").dataset.id = String(card.id);
    $("d-copy").onclick = () => copy(card.draft ? card.draft.copy : "");
    $("d-note-save").onclick = () => {
      const text = $("d-note").value.trim();
      if (text) change(card, "/action", { action: "note", text });
    };
    $("d-note-cancel").onclick = () => ($("d-note-box").hidden = true);
    $("d-confirm-yes").onclick = () => change(card, "/action", { action: "delete" });
    $("d-confirm-no").onclick = () => ($("d-confirm-box").hidden = true);
  }

  function act(card, name) {
    if (name === "note") {
      $("d-note").value = "";
      $("d-note-box").hidden = false;
      $("d-note").focus();
    } else if (name === "delete") {
      // A function, not a string: "$&" or "$'" in a company name are no replacement patterns.
      $("d-confirm-text").textContent = t("board.delete_confirm").replace("{company}", () => card.company);
      $("d-confirm-box").hidden = false;
    } else {
      change(card, "/action", { action: name });
    }
  }

  function closeDetail() {
    openCard = null;
    $("detail").hidden = true;
  }

  async function copy(text) {
    let done = false;
    try {
      await navigator.clipboard.writeText(text);
      done = true;
    } catch (error) {
      const area = el("textarea");
      area.value = text;
      document.body.append(area);
      area.select();
      try {
        done = document.execCommand("copy");
      } catch (ignored) {
        done = false;
      }
      area.remove();
    }
    if (done) {
      $("d-copy").textContent = t("board.copied");
      document.body.dataset.copied = "yes";
    }
  }

  // The /stats figures and chart.

  async function showStats() {
    const { status, data } = await api("/stats");
    if (status === 401) return fatal(data && data.error);
    if (status !== 200 || !data) return notice(t("board.error"));
    $("stats-lines").replaceChildren(...data.lines.map((line) => el("li", null, line)));
    const image = $("stats-chart");
    image.hidden = true;
    if (data.chart) {
      const chart = await api("/stats/chart.png");
      if (chart.status === 200 && chart.response) {
        const blob = await chart.response.blob();
        if (image.src) URL.revokeObjectURL(image.src);
        image.src = URL.createObjectURL(blob);
        image.alt = data.lines[0] || "";
        image.hidden = false;
      }
    }
  }

  function selectTab(name) {
    const onBoard = name === "board";
    $("tab-board").setAttribute("aria-pressed", String(onBoard));
    $("tab-stats").setAttribute("aria-pressed", String(!onBoard));
    $("board").hidden = !onBoard;
    $("archived-toggle").hidden = !onBoard;
    $("stats").hidden = onBoard;
    if (!onBoard) showStats();
  }

  // Tell the Telegram client the board is ready and may take the whole height, through
  // telegram-web-app.js when present, else by Telegram's own event bridge (web_app_ready,
  // web_app_expand). Outside Telegram there is no bridge, and nothing is sent.
  function tellTelegram(type, data) {
    const eventData = data || {};
    try {
      if (window.TelegramWebviewProxy) {
        window.TelegramWebviewProxy.postEvent(type, JSON.stringify(eventData));
      } else if (window.parent !== window) {
        window.parent.postMessage(JSON.stringify({ eventType: type, eventData }), "*");
      }
    } catch (error) {
      // an older client: the page works without it
    }
  }

  function start() {
    applyTheme();
    followTheme();
    if (webApp) {
      try {
        webApp.ready();
        webApp.expand();
        if (webApp.disableVerticalSwipes) webApp.disableVerticalSwipes();
      } catch (error) {
        // an older client: the page works without it
      }
    } else {
      tellTelegram("web_app_ready");
      tellTelegram("web_app_expand");
      // A card dragged downwards must not close the board.
      tellTelegram("web_app_setup_swipe_behavior", { allow_vertical_swipe: false });
    }
    $("tab-board").addEventListener("click", () => selectTab("board"));
    $("tab-stats").addEventListener("click", () => selectTab("stats"));
    $("show-archived").addEventListener("change", (event) => {
      showArchived = event.target.checked;
      renderBoard();
    });
    $("detail-close").addEventListener("click", closeDetail);
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      if (!$("menu").hidden) $("menu").hidden = true;
      else if (!$("detail").hidden) closeDetail();
    });
    $("detail").addEventListener("click", (event) => event.target === $("detail") && closeDetail());
    $("menu").addEventListener("click", (event) => {
      if (event.target === $("menu")) $("menu").hidden = true;
    });
    // Back from the chat (a dialog answered there): show the board as it now stands.
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && document.body.dataset.state === "ready") load();
    });
    if (!initData) return fatal();
    load();
  }

  start();
})();
