import { TIME_ZONE } from "@/lib/br/format";

const timeFmt = new Intl.DateTimeFormat("pt-BR", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** "14:05:09" in São Paulo: the logs show date and time in separate columns, as the seed lists them. */
export const formatTimeOfDay = (date: Date) => timeFmt.format(date);
