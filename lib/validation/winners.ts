import { z } from "zod";

/** Bounds for the public value and the text naming it (decision 18). */
export const PUBLIC_VALUE_MAX = 200;

const publicText = z.string().trim().min(1).max(PUBLIC_VALUE_MAX);

/**
 * The draw's window (a window number, or empty for every window) and which public value,
 * unknowable now, will be mixed in when it is run.
 */
export const prepareDrawSchema = z.object({
  window: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]),
  publicSource: publicText,
});

export const runDrawSchema = z.object({ drawId: z.number().int().positive(), publicValue: publicText });

export const cancelDrawSchema = z.object({ drawId: z.number().int().positive() });

/** Passing a declined or expired prize to the next reserve. */
export const nextReserveSchema = z.object({ prizeId: z.number().int().positive() });

/** The buttons of a mailed prize link: the token from the link and the answer pressed. */
export const prizeAnswerSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  answer: z.enum(["accepted", "declined"]),
});
