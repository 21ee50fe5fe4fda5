/** Keeps the digits of what was typed or pasted ("123 456" -> "123456"), at most six. */
export function normaliseCode(value: string): string {
  return value.replace(/\D+/g, '').slice(0, 6);
}

/** The QR code as an image URL: the SVG never enters the DOM as markup, so nothing in it can run. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
