/** Escapes text for HTML and SVG content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** 0.333 → "33.3%". */
export const percent = (share: number): string => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

/** 2.5 → "2.50": ratios always show two decimals, as the API reports them. */
export const ratio = (value: number): string => value.toFixed(2);

/** 1 → "1 opening", 2 → "2 openings". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
