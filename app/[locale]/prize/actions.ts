"use server";

import { db, pool } from "@/lib/db/client";
import { handlePrizeAnswer, type PrizeAnswerState } from "@/lib/winners/prize-offers";

/** Accept or Decline on the page a mailed prize link opens. */
export async function answerPrize(_previous: PrizeAnswerState, form: FormData): Promise<PrizeAnswerState> {
  return handlePrizeAnswer(form, { db, pages: pool(), now: new Date() });
}
