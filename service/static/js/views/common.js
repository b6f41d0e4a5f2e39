// Pieces shared by the entity pages.

import { KINDS, articleRoute, getJSON, itemsOf } from "../api.js";
import { formatDate, h } from "../dom.js";

const PAGE_SIZE = 100; // the most the /articles sub-resource gives per page

export function networkButton(ref) {
  return h("a", { class: "button", href: `#/network?focus=${encodeURIComponent(`${ref.kind}:${ref.id}`)}` },
    "Im Netzwerk zeigen");
}

function articleItem(a) {
  return h("li", {}, h("a", { href: articleRoute(a) }, a.title || a.id),
    a.published ? h("span", { class: "muted" }, ` · ${formatDate(a.published)}`) : null);
}

/**
 * The articles of an entity's detail answer (the newest, at most `articles_limit`) and, when there are more
 * (`articles_total`), a "Weitere Artikel" button that pages through GET /{kind}s/{id}/articles (with
 * `params`: the page's date range).
 */
export function articleList(entity, kind, params = {}) {
  const articles = entity.articles || [];
  if (!articles.length) return null;
  const total = typeof entity.articles_total === "number" ? entity.articles_total : articles.length;
  const list = h("ul", { class: "articles" }, articles.map(articleItem));
  if (total <= articles.length || !KINDS[kind] || !KINDS[kind].api) return list;
  const shown = new Set(articles.map((a) => a.id));
  let page = Math.floor(articles.length / PAGE_SIZE) + 1;
  const status = h("p", { class: "muted articles-count", role: "status" });
  const more = h("button", { type: "button", class: "more" });
  const update = () => {
    status.textContent = `${shown.size} von ${total} Artikeln`;
    more.textContent = `Weitere Artikel (${Math.min(PAGE_SIZE, total - shown.size)} mehr)`;
    more.hidden = shown.size >= total;
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const body = await getJSON(`${KINDS[kind].api}/${encodeURIComponent(entity.id)}/articles`,
        { ...params, page: page++, page_size: PAGE_SIZE });
      const fresh = itemsOf(body).filter((a) => !shown.has(a.id));
      fresh.forEach((a) => shown.add(a.id));
      list.append(...fresh.map(articleItem));
      if (!itemsOf(body).length) more.hidden = true;
      else update();
      if (fresh.length) list.children[list.children.length - fresh.length].querySelector("a").focus();
    } catch (err) {
      status.textContent = `Fehler: ${err.message}`;
    } finally {
      more.disabled = false;
    }
  });
  update();
  return [list, status, more];
}

/** "Artikel (n)": the section title with the full count. */
export function articlesTitle(entity) {
  const total = typeof entity.articles_total === "number" ? entity.articles_total : (entity.articles || []).length;
  return total ? `Artikel (${total})` : "Artikel";
}
