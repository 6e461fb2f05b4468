"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { prepareDraw, runDraw } from "@/lib/winners/draw";
import { markWinner, revokeWinner } from "@/lib/winners/winners";
import { winnerSchema } from "@/lib/validation/review";
import { prepareDrawSchema, runDrawSchema } from "@/lib/validation/winners";

export const winnerAction = consoleAction({
  access: "admin",
  schema: winnerSchema,
  bound: "entryId",
  run: async ({ entryId, do: change }, staff) =>
    change === "revoke"
      ? { done: "winnerRevoked", audit: await revokeWinner(db, staff, entryId), publicSite: true }
      : { done: "winnerMarked", audit: await markWinner(db, staff, entryId), publicSite: true },
});

export const prepareDrawAction = consoleAction({
  access: "admin",
  schema: prepareDrawSchema,
  run: async ({ window }, staff) => ({ done: "drawPrepared", audit: (await prepareDraw(db, staff, { windowNumber: window })).audit }),
});

export const runDrawAction = consoleAction({
  access: "admin",
  schema: runDrawSchema,
  bound: "drawId",
  run: async ({ drawId }, staff) => ({ done: "drawRun", audit: (await runDraw(db, staff, drawId)).audit, publicSite: true }),
});
