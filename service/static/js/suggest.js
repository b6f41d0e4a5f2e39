// Search box with suggestions (ARIA 1.2 combobox + listbox): arrow keys move, Enter picks, Escape closes.

import { itemsOf, lookup, routeOf, search } from "./api.js";
import { clear, h, kindBadge } from "./dom.js";

let counter = 0;

/**
 * Suggestion options for a query: the entities its words name (surname, no umlauts, start of a name), then
 * the search hits (deduplicated), then the topic page for the text itself.
 */
export async function suggestionsFor(q, { topics = true, signal, limit = 8 } = {}) {
  const [named, found] = await Promise.all([
    lookup(q, "", { signal }).catch((err) => { if (err.name === "AbortError") throw err; return null; }),
    search(q, { signal }),
  ]);
  const hits = [
    ...(named && named.match !== "similar" ? named.candidates.map((ref) => ({ entity: ref, kind: ref.kind })) : []),
    ...itemsOf(found),
  ];
  const seen = new Set();
  const options = [];
  for (const hit of hits) {
    const ref = hit.entity;
    if (!ref || !routeOf(ref)) continue;
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    options.push({ kind: ref.kind, label: ref.name, ref, route: routeOf(ref),
      detail: hit.kind === "evidence" ? hit.label : null });
    if (options.length >= limit) break;
  }
  if (topics) {
    options.push({ kind: "topic", label: q, route: `#/topic/${encodeURIComponent(q)}`,
      detail: "Wer kennt sich aus?" });
  }
  return options;
}

/**
 * Turns `input` into a combobox. `onPick(option)` runs when an option is chosen; `onSubmit(text)` on Enter
 * without a chosen option. `topics` adds the topic suggestion.
 */
export function attachSuggest(input, { onPick, onSubmit, topics = true, label = "Vorschläge" }) {
  const id = `suggest-${++counter}`;
  const list = h("ul", { id, role: "listbox", class: "suggestions", hidden: true, "aria-label": label });
  input.after(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", id);
  input.setAttribute("autocomplete", "off");

  let options = [];
  let active = -1;
  let timer = null;
  let ctrl = null;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function pick(i) {
    const option = options[i];
    close();
    if (option) onPick(option);
  }

  function render() {
    clear(list);
    options.forEach((o, i) => {
      list.append(h("li", { id: `${id}-${i}`, role: "option", "aria-selected": "false", class: "suggestion",
        onmousedown: (e) => { e.preventDefault(); pick(i); } },
      kindBadge(o.kind), " ", h("span", { class: "suggestion-label" }, o.label),
      o.detail ? h("span", { class: "suggestion-detail" }, o.detail) : null));
    });
    list.hidden = options.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
    active = -1;
  }

  async function update() {
    const q = input.value.trim();
    if (ctrl) ctrl.abort();
    if (q.length < 2) { options = []; render(); return; }
    ctrl = new AbortController();
    try {
      options = await suggestionsFor(q, { topics, signal: ctrl.signal });
      if (input.value.trim() === q && document.activeElement === input) render();  // not after blur
    } catch (err) {
      if (err.name !== "AbortError") { options = []; render(); }
    }
  }

  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(update, 150); });
  input.addEventListener("keydown", (e) => {
    const open = !list.hidden && options.length > 0;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) { update(); return; }
      setActive((active + 1) % options.length);
    } else if (e.key === "ArrowUp" && open) {
      e.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (open && active >= 0) pick(active);
      else if (input.value.trim()) { close(); onSubmit && onSubmit(input.value.trim()); }
    } else if (e.key === "Escape") {
      if (open) { e.preventDefault(); close(); }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return { close, update };
}
