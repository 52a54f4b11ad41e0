import type { ProviderChannel } from "@/lib/providers/types";

/** How a chip is shown on the messages table and kept on the message row. */
export const chipLabel = (chip: ProviderChannel) => (chip.name ? `${chip.name} · ${chip.number}` : chip.number);
