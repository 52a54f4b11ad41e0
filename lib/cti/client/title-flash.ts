/** "📞 Chamada de (11) 98765-4321" — what the hidden tab's title alternates with. */
export const ringingTitle = (caller: string) => `📞 Chamada de ${caller || "número desconhecido"}`;

/** The title at tick `tick` of the flash: the alert on even ticks, the page's own title on odd ones. */
export function flashTitle(original: string, caller: string, tick: number): string {
  return tick % 2 === 0 ? ringingTitle(caller) : original;
}
