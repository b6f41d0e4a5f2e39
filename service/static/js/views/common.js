// Pieces shared by the entity pages.

import { articleRoute } from "../api.js";
import { formatDate, h } from "../dom.js";

export function networkButton(ref) {
  return h("a", { class: "button", href: `#/network?focus=${encodeURIComponent(`${ref.kind}:${ref.id}`)}` },
    "Im Netzwerk zeigen");
}

export function articleList(articles) {
  if (!articles || !articles.length) return null;
  return h("ul", { class: "articles" }, articles.map((a) => h("li", {},
    h("a", { href: articleRoute(a) }, a.title || a.id),
    a.published ? h("span", { class: "muted" }, ` · ${formatDate(a.published)}`) : null)));
}
