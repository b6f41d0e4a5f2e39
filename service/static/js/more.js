// "Mehr anzeigen": a list of a detail answer that the API cut (`members` of an organization at
// `members_limit`) pages on through its sub-resource, one page per click.

import { getJSON, itemsOf } from "./api.js";
import { h } from "./dom.js";

const PAGE_SIZE = 100; // the most a sub-resource gives per page

/**
 * Appends to `list` (holding the first `shown` items) the next pages of `path` as `item(x)` elements, while
 * fewer than `total` are shown. Returns the status line and the button (null when nothing is left).
 */
export function moreButton(list, { path, params = {}, shown, total, item, noun = "Einträge" }) {
  if (total <= shown) return null;
  let count = shown;
  let page = Math.floor(shown / PAGE_SIZE) + 1;
  let skip = shown % PAGE_SIZE; // the first page repeats what the detail answer showed
  const status = h("p", { class: "muted more-status", role: "status" });
  const more = h("button", { type: "button", class: "more" });
  const update = () => {
    status.textContent = `${count} von ${total} ${noun}`;
    more.textContent = `Mehr anzeigen (${Math.min(PAGE_SIZE, total - count)} weitere)`;
    more.hidden = count >= total;
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const body = await getJSON(path, { ...params, page: page++, page_size: PAGE_SIZE });
      const fresh = itemsOf(body).slice(skip);
      skip = 0;
      const nodes = fresh.map(item);
      list.append(...nodes);
      count += fresh.length;
      if (!itemsOf(body).length) more.hidden = true;
      else update();
      const link = nodes.length ? nodes[0].querySelector("a, button") : null;
      if (link) link.focus();
    } catch (err) {
      status.textContent = `Fehler: ${err.message}`;
    } finally {
      more.disabled = false;
    }
  });
  update();
  return [status, more];
}
