"use client";
import { flashTitle } from "@/lib/cti/client/title-flash";

const FLASH_MS = 1_000;

/** Asks once for notification permission (when the panel opens); a refusal just means no notifications. */
export function requestNotificationPermission() {
  if (typeof Notification !== "undefined" && Notification.permission === "default") {
    void Notification.requestPermission().catch(() => undefined);
  }
}

// One flash at a time: a newer call replaces the older one's alert instead of interleaving with it.
let stopFlash: (() => void) | null = null;

/** Flashes the title until the tab is visible again. */
function flashUntilVisible(caller: string) {
  stopFlash?.();
  const original = document.title;
  let tick = 0;
  const timer = setInterval(() => {
    document.title = flashTitle(original, caller, tick++);
  }, FLASH_MS);
  const stop = () => {
    clearInterval(timer);
    document.title = original;
    document.removeEventListener("visibilitychange", onVisible);
    stopFlash = null;
  };
  const onVisible = () => { if (!document.hidden) stop(); };
  document.addEventListener("visibilitychange", onVisible);
  stopFlash = stop;
  document.title = flashTitle(original, caller, tick++);
}

/** Two short tones through the Web Audio API (no audio file to load). */
function beep() {
  try {
    const audio = new AudioContext();
    for (const [start, frequency] of [[0, 880], [0.25, 660]] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + start);
      oscillator.stop(audio.currentTime + start + 0.18);
    }
    setTimeout(() => void audio.close(), 1_000);
  } catch {
    // Audio blocked (no prior user gesture): the title and notification still alert.
  }
}

/** A call rang while the tab was hidden: title, notification and sound. */
export function alertHiddenRing(caller: string, direction: "inbound" | "outbound") {
  if (!document.hidden) return;
  flashUntilVisible(caller);
  if (typeof Notification !== "undefined" && Notification.permission === "granted") {
    const notification = new Notification(`Chamada ${direction === "inbound" ? "recebida" : "efetuada"}`, {
      body: caller, tag: "recado-cti-call",
    });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  }
  beep();
}
