/**
 * Text from a report file is the author's, not ours: printed raw to a terminal, a title holding ANSI
 * escapes could clear the screen, newlines could print a forged 「共 0 个错误」 line, and a bidi override
 * could show a unit's name reversed. Every report-supplied string the CLI prints goes through here.
 */

/** C0/C1 controls (tab and newline handled apart), DEL, and the bidi embedding/override/isolate marks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;

/** A field printed on one line (title, unit, a finding): line breaks shown as 「↵」, controls made visible. */
export function oneLine(text: string): string {
  return text
    .replace(/\r\n?|\n/g, '↵')
    .replace(/\t/g, ' ')
    .replace(UNSAFE, visible);
}

/** A paragraph block (a part's text): its own line breaks kept, every other control made visible. */
export function block(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, visible);
}
