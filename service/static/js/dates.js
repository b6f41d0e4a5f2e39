// Date range of the detail pages: `from` and `to` in the page's hash (#/person/ID?from=2024&to=2024), a small
// form to set them, and the API parameters they become (the API keeps only facts of articles of that time).

import { formatDate, h } from "./dom.js";
import { loadCss } from "./lazy.js";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** {from, to} of the hash query (empty strings when unset). */
export function rangeOf(query) {
  const get = (k) => (query && query.get(k) ? query.get(k).trim() : "");
  return { from: get("from"), to: get("to") };
}

/** The API parameters of a range (none for an empty one). */
export function rangeParams(range) {
  const out = {};
  if (range && range.from) out.from = range.from;
  if (range && range.to) out.to = range.to;
  return out;
}

function shown(value) {
  return value.length === 10 ? formatDate(value) : value;
}

/** "Zeitraum" form: submitting it (or "Alle Zeiten") changes the hash, so the page renders again. */
export function rangeForm(range) {
  loadCss("css/article-view.css");
  const from = h("input", { type: "text", name: "from", value: range.from, placeholder: "JJJJ[-MM[-TT]]",
    inputmode: "numeric", autocomplete: "off" });
  const to = h("input", { type: "text", name: "to", value: range.to, placeholder: "JJJJ[-MM[-TT]]",
    inputmode: "numeric", autocomplete: "off" });
  const error = h("p", { class: "error note", role: "alert", hidden: true });
  const active = range.from || range.to;
  const reset = h("button", { type: "button", class: "link-button", hidden: !active }, "Alle Zeiten");
  const form = h("form", { class: "date-range", "aria-label": "Zeitraum" },
    h("label", {}, "Von", from), h("label", {}, "Bis", to),
    h("button", { type: "submit" }, "Zeitraum anwenden"), reset,
    active ? h("p", { class: "muted note range-note" }, `Nur Angaben aus Artikeln ${range.from ? `ab ${shown(range.from)} ` : ""}`
      + `${range.to ? `bis ${shown(range.to)} ` : ""}(Rollen auch nach ihrer Zeitangabe).`) : null,
    error);
  const go = (values) => {
    const [path, qs = ""] = window.location.hash.split("?");
    const query = new URLSearchParams(qs);
    for (const [k, v] of Object.entries(values)) {
      if (v) query.set(k, v); else query.delete(k);
    }
    const rest = query.toString();
    window.location.hash = rest ? `${path}?${rest}` : path;
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const values = { from: from.value.trim(), to: to.value.trim() };
    const bad = Object.entries(values).find(([, v]) => v && !DATE.test(v));
    if (bad) {
      error.textContent = `„${bad[1]}“ ist kein Datum: bitte als JJJJ, JJJJ-MM oder JJJJ-MM-TT eingeben.`;
      error.hidden = false;
      return;
    }
    go(values);
  });
  reset.addEventListener("click", () => go({ from: "", to: "" }));
  return form;
}
