import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/sessions";
import { listAudit } from "@/lib/audit/log";
import { commentsFor } from "./comments";
import { dashboard } from "./dashboard";
import { entryDetail } from "./detail";
import { listCompletedErasureRequests, listPendingErasureRequests } from "./erasure-requests";
import type { EntryFilter } from "./filters";
import { listEntries } from "./list";
import { scoresFor } from "./scores";



export const getDashboard = (viewer: Actor) => dashboard(db, viewer.id);
export const getEntryList = (viewer: Actor, filter: EntryFilter, cursor?: string) => listEntries(db, viewer, filter, { cursor });
export const getEntryDetail = (viewer: Actor, id: string) => entryDetail(db, viewer, id);
export const getScores = (viewer: Actor, id: string) => scoresFor(db, viewer, id);
export const getComments = (id: string) => commentsFor(db, id);
export const getAudit = (filter: Parameters<typeof listAudit>[1]) => listAudit(db, filter);
export const getPendingErasureRequests = () => listPendingErasureRequests(db);
export const getCompletedErasureRequests = () => listCompletedErasureRequests(db);

export const getEntryPhoto = (id: string) =>
  /^[0-9a-f-]{36}$/i.test(id) ? db.entryPhoto.findUnique({ where: { entryId: id }, select: { mimeType: true, data: true } }) : null;
