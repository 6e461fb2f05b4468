"use server";

import type { ActionState } from "@/lib/admin/action-state";
import { attempt } from "@/lib/admin/run-action";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { prepareDraw, runDraw } from "@/lib/winners/draw";

export async function prepareDrawAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const window = Number(formData.get("window"));
  const windowNumber = window === 1 || window === 2 ? window : null;
  return attempt(() => prepareDraw(db, staff, { windowNumber }), "drawPrepared");
}

export async function runDrawAction(drawId: number, _: ActionState): Promise<ActionState> {
  const staff = await requireStaff("admin");
  return attempt(() => runDraw(db, staff, drawId), "drawRun", { publicSite: true });
}
