// DOM helpers for the panel. Every piece of data is rendered with createElement and text nodes:
// transcript text never becomes markup.

type AttributeValue = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

/** An element with attributes (names are literals of this folder's code) and children (strings become text). */
export function h(tag: string, attrs: Readonly<Record<string, AttributeValue>> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Fills `{0}`, `{1}`… of a localised string. */
export const format = (template: string, ...args: Array<string | number>): string =>
  template.replace(/\{(\d{1,3})\}/g, (whole, index: string) => (args[Number(index)] !== undefined ? String(args[Number(index)]) : whole));

export const number = (n: number): string => n.toLocaleString();
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

export const empty = (text: string): HTMLElement => h('p', { class: 'empty' }, text);
