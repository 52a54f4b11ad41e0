/** A run of message text and the WhatsApp styles around it (*negrito*, _itálico_, ~tachado~, ```monoespaçado```). */
export type FormattedSegment = { text: string; bold?: boolean; italic?: boolean; strike?: boolean; mono?: boolean };

type Style = "bold" | "italic" | "strike" | "mono";

// WhatsApp only styles a marker pair that hugs non-blank text; ``` is tried before the single-character markers.
const MARKERS: { open: string; style: Style; pattern: RegExp }[] = [
  { open: "```", style: "mono", pattern: /```([\s\S]+?)```/ },
  { open: "*", style: "bold", pattern: /\*(\S(?:[^*\n]*\S)?)\*/ },
  { open: "_", style: "italic", pattern: /_(\S(?:[^_\n]*\S)?)_/ },
  { open: "~", style: "strike", pattern: /~(\S(?:[^~\n]*\S)?)~/ },
];

/** Splits a message into styled segments the way WhatsApp shows it; styles nest (*_x_*), monospace does not. */
export function formatWhatsappText(text: string, inherited: Omit<FormattedSegment, "text"> = {}): FormattedSegment[] {
  let first: { index: number; length: number; inner: string; style: Style } | null = null;
  for (const marker of MARKERS) {
    const match = marker.pattern.exec(text);
    if (match && (!first || match.index < first.index)) {
      first = { index: match.index, length: match[0].length, inner: match[1]!, style: marker.style };
    }
  }
  if (!first) return text ? [{ text, ...inherited }] : [];
  const styled = { ...inherited, [first.style]: true };
  return [
    ...(first.index > 0 ? [{ text: text.slice(0, first.index), ...inherited }] : []),
    ...(first.style === "mono" ? [{ text: first.inner, ...styled }] : formatWhatsappText(first.inner, styled)),
    ...formatWhatsappText(text.slice(first.index + first.length), inherited),
  ];
}
