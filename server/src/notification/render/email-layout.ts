/**
 * The e-mail layout, in MJML (responsive HTML that renders in Outlook and Gmail alike), with the
 * institute's name, address and colour; and the plain-text part with the same content.
 */
import mjml2html from 'mjml';
import type { EmailContent, MessageContext } from './messages.js';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SAFE_COLOR = /^#[0-9a-fA-F]{6}$/;

export async function renderEmailHtml(
  content: EmailContent,
  institute: MessageContext['institute'],
): Promise<string> {
  const color = SAFE_COLOR.test(institute.brandColor) ? institute.brandColor : '#8e5b6e';
  const e = escapeHtml;
  const details = content.details
    .map(
      ([label, value]) =>
        `<tr><td style="padding:4px 12px 4px 0;color:#6b6b6b;vertical-align:top">${e(label)}</td><td style="padding:4px 0">${e(value)}</td></tr>`,
    )
    .join('');
  const footer = [institute.name, ...institute.addressLines, institute.phone ?? '', institute.email ?? '']
    .filter((l) => l !== '')
    .map(e)
    .join(' · ');
  const source = `<mjml lang="fr">
  <mj-head>
    <mj-title>${e(content.subject)}</mj-title>
    <mj-preview>${e(content.preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="22px" color="#2b2b2b" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f6f2f3">
    <mj-section background-color="${color}" padding="20px">
      <mj-column><mj-text align="center" color="#ffffff" font-size="20px" font-weight="bold">${e(institute.name)}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 16px">
      <mj-column>
        <mj-text font-size="20px" font-weight="bold" color="${color}">${e(content.heading)}</mj-text>
        ${content.paragraphs.map((p) => `<mj-text>${e(p)}</mj-text>`).join('\n        ')}
        <mj-table font-size="14px">${details}</mj-table>
        ${
          content.button === null
            ? ''
            : `<mj-button background-color="${color}" href="${e(content.button.url)}">${e(content.button.label)}</mj-button>`
        }
      </mj-column>
    </mj-section>
    <mj-section padding="16px">
      <mj-column><mj-text align="center" font-size="12px" color="#6b6b6b">${footer}</mj-text></mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const result = await mjml2html(source, { validationLevel: 'strict', keepComments: false });
  return result.html;
}

export function renderEmailText(content: EmailContent, institute: MessageContext['institute']): string {
  const width = Math.max(...content.details.map(([label]) => label.length));
  return [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...content.details.map(([label, value]) => `${label.padEnd(width)} : ${value}`),
    ...(content.button === null ? [] : ['', `${content.button.label} : ${content.button.url}`]),
    '',
    '--',
    institute.name,
    ...institute.addressLines,
    ...(institute.phone === null ? [] : [institute.phone]),
  ].join('\n');
}
