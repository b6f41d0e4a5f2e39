// Loads a vendored classic script or stylesheet once, on the first page that needs it.

const pending = new Map();

export function loadScript(src) {
  if (!pending.has(src)) {
    pending.set(src, new Promise((resolve, reject) => {
      const el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = () => reject(new Error(`${src} nicht geladen`));
      document.head.append(el);
    }));
  }
  return pending.get(src);
}

export function loadCss(href) {
  if (!document.querySelector(`link[href="${href}"]`)) {
    const el = document.createElement("link");
    el.rel = "stylesheet";
    el.href = href;
    document.head.append(el);
  }
}
