/** The empty root a built SPA's HTML file holds, which the server fills with rendered markup. */
const ROOT = '<div id="root"></div>';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A built SPA page (`shell`, named `file` in errors) with rendered markup in its `#root`, `after` it
 * (e.g. the data it was rendered from), `head` markup (e.g. the page's styles) at the end of
 * `<head>`, the title in `<head>`, and no "needs JavaScript" notice.
 */
export function fillShell(
  shell: string,
  file: string,
  page: { html: string; title: string; after?: string; head?: string },
): string {
  if (!shell.includes(ROOT)) throw new Error(`${file} has no empty #root`);
  if (page.head !== undefined && !shell.includes('</head>')) throw new Error(`${file} has no </head>`);
  return shell
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => `${page.head ?? ''}</head>`)
    .replace(ROOT, () => `<div id="root">${page.html}</div>${page.after ?? ''}`);
}
