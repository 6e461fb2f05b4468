"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { cancelDraw, prepareDraw, runDraw } from "@/lib/winners/draw";
import { offerToNextReserve } from "@/lib/winners/prize-offers";
import { markWinner, revokeWinner } from "@/lib/winners/winners";
import { winnerSchema } from "@/lib/validation/review";
import { cancelDrawSchema, nextReserveSchema, prepareDrawSchema, runDrawSchema } from "@/lib/validation/winners";

export const winnerAction = consoleAction({
  access: "admin",
  schema: winnerSchema,
  bound: "entryId",
  run: async ({ entryId, do: change }, staff) =>
    change === "revoke"
      ? { done: "winnerRevoked", audit: await revokeWinner(db, staff, entryId), publicSite: true }
      : // From its confirmation page, back to the winners, where the new prize shows as waiting.
        { audit: await markWinner(db, staff, entryId), publicSite: true, redirectTo: "/admin/winners" },
});

// Every step of a draw is public (decision 18), so each one refreshes the public pages.
export const prepareDrawAction = consoleAction({
  access: "admin",
  schema: prepareDrawSchema,
  keepValues: true,
  run: async ({ window, publicSource }, staff) => ({
    done: "drawPrepared",
    audit: (await prepareDraw(db, staff, { windowNumber: window, publicSource })).audit,
    publicSite: true,
  }),
});

export const runDrawAction = consoleAction({
  access: "admin",
  schema: runDrawSchema,
  bound: "drawId",
  keepValues: true,
  run: async ({ drawId, publicValue }, staff) => ({ done: "drawRun", audit: (await runDraw(db, staff, drawId, publicValue)).audit, publicSite: true }),
});

export const cancelDrawAction = consoleAction({
  access: "admin",
  schema: cancelDrawSchema,
  bound: "drawId",
  run: async ({ drawId }, staff) => ({ done: "drawCancelled", audit: await cancelDraw(db, staff, drawId), publicSite: true }),
});

/** A declined or expired prize to the next reserve of its draw (decision 32), from its confirmation page. */
export const nextReserveAction = consoleAction({
  access: "admin",
  schema: nextReserveSchema,
  bound: "prizeId",
  run: async ({ prizeId }, staff) => ({ audit: await offerToNextReserve(db, staff, prizeId), publicSite: true, redirectTo: "/admin/winners" }),
});
