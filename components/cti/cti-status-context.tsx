"use client";
import { createContext, useContext, type ReactNode } from "react";

/** What phone widgets need from the docked CTI client: whether it is logged in and how to place a call. */
export type CtiStatus = { loggedIn: boolean; dial: (number: string) => Promise<void> };

// Logged out until the docked client provides its state; dialing is then never offered.
const CtiStatusContext = createContext<CtiStatus>({ loggedIn: false, dial: async () => {} });

export function CtiStatusProvider({ value, children }: { value: CtiStatus; children: ReactNode }) {
  return <CtiStatusContext.Provider value={value}>{children}</CtiStatusContext.Provider>;
}

export const useCtiStatus = () => useContext(CtiStatusContext);
