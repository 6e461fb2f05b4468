import { z } from "zod";

/** The draw's window: a window number, or empty for every window. */
export const prepareDrawSchema = z.object({
  window: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]),
});

export const runDrawSchema = z.object({ drawId: z.number().int().positive() });
