/**
 * Text as one line that every export format can carry. RIS ends a value at a line break (a
 * value could otherwise start a record of its own), XML 1.0 forbids most control characters
 * (one makes the whole feed unreadable), and BibTeX parsers stumble on them. The content check
 * refuses control characters; the exports do not rely on it.
 */

/** Line breaks and tabs, in every spelling Unicode has: each becomes a space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Other C0 and C1 controls, and the noncharacters U+FFFE and U+FFFF: dropped. */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;

/** Line breaks become spaces, other control characters go, half a surrogate pair becomes U+FFFD (as it would in UTF-8). */
export function singleLine(text: string): string {
  return text.toWellFormed().replace(BREAKS, ' ').replace(INVISIBLE, '');
}
