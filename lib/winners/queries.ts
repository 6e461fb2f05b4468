import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { listDraws } from "./draw";
import { prizeBoard, prizePassPreview } from "./prize-offers";
import { publicDraws } from "./public-draws";
import { markPreview, publicWinners, winnersBoard } from "./winners";

export const getWinnersBoard = () => winnersBoard(db);
export const getDraws = () => listDraws(db);
export const getPublicWinners = (locale: Locale, now?: Date) => publicWinners(db, locale, now);
export const getPublicDraws = (now?: Date) => publicDraws(db, now);
export const getPrizeBoard = () => prizeBoard(db);
export const getMarkPreview = (entryId: string) => markPreview(db, entryId);
export const getPrizePassPreview = (prizeId: number) => prizePassPreview(db, prizeId);
