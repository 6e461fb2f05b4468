/**
 * The largest request body the server reads (scripts/lib/front-door.ts refuses anything larger
 * before Next.js buffers it; Next's own server-action limit and deploy/nginx.conf's
 * client_max_body_size are set from the same figure): the entry form's photo (PHOTO_MAX_BYTES,
 * 5 MiB) plus 1 MiB for its text fields and multipart framing.
 */
export const MAX_REQUEST_BODY_BYTES = 6 * 1024 * 1024;
