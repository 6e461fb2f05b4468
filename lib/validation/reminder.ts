import { z } from "zod";
import { MAX_CHARACTERS } from "./entry-fields";

/** The landing page's "remind me when entries open" form. */
export const reminderSignupSchema = z.object({ email: z.string().trim().max(MAX_CHARACTERS.email).pipe(z.email()) });

/** The buttons of a mailed reminder link (confirm, unsubscribe): the token from the link. */
export const reminderTokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
