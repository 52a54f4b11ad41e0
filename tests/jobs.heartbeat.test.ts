import { describe, expect, it } from "vitest";
import { fixedClock } from "../lib/core/clock";
import { beat, getSidecarStatus, retire } from "../lib/jobs/heartbeat";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

describe("jobs sidecar heartbeat", () => {
  it("is alive within two minutes of the last beat and stopped after", async () => {
    const clock = fixedClock("2026-11-23T12:00:00Z");
    expect(await getSidecarStatus(t.db, clock)).toEqual({ alive: false, lastBeatAt: null, workers: 0 });
    const worker = { workerId: "w1", host: "h", pid: 1, startedAt: clock.now() };
    await beat(t.db, worker, clock);
    await beat(t.db, { ...worker, workerId: "w2" }, clock);
    clock.advance(119_000);
    expect(await getSidecarStatus(t.db, clock)).toMatchObject({ alive: true, workers: 2 });
    clock.advance(2_000);
    expect(await getSidecarStatus(t.db, clock)).toMatchObject({ alive: false, workers: 0, lastBeatAt: new Date("2026-11-23T12:00:00Z") });
    await beat(t.db, worker, clock);
    expect(await getSidecarStatus(t.db, clock)).toMatchObject({ alive: true, workers: 1 });
    await retire(t.db, worker.workerId);
    expect(await getSidecarStatus(t.db, clock)).toMatchObject({ alive: false, workers: 0 });
  });
});
