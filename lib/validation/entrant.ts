import { z } from "zod";

/** The entrant's page (docs/decisions/0027-entrant-page.md). */

/** What a link's token and a session cookie hold: 256 bits in base64url. */
export const ENTRANT_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The button a mailed link opens. */
export const openEntrantPageSchema = z.object({ token: z.string().regex(ENTRANT_SECRET_PATTERN) });

/** Every action on the page is confirmed by ticking a box beside its button (works without JavaScript). */
export const entrantActionSchema = z.object({ confirm: z.literal("yes") });

export const ENTRANT_ACTIONS = ["withdraw", "withdrawPublication", "requestErasure"] as const;
export type EntrantActionKind = (typeof ENTRANT_ACTIONS)[number];

/** What the page says after an action (the redirect's `?done=`), anything else ignored. */
export const entrantDoneSchema = z.enum(ENTRANT_ACTIONS).optional().catch(undefined);
