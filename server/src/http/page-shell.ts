/** The empty root a built SPA's HTML file holds, which the server fills with rendered markup. */
const ROOT = '<div id="root"></div>';

/** JSON safe inside a <script> element (no `</script>`, no `<!--`, no line separators). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A built SPA page (`shell`, named `file` in errors) with rendered markup in its `#root`, `after` it
 * (e.g. the data it was rendered from), the title in `<head>`, and no "needs JavaScript" notice.
 */
export function fillShell(
  shell: string,
  file: string,
  page: { html: string; title: string; after?: string },
): string {
  if (!shell.includes(ROOT)) throw new Error(`${file} has no empty #root`);
  return shell
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(ROOT, `<div id="root">${page.html}</div>${page.after ?? ''}`);
}
