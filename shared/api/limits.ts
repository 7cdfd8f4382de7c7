/**
 * How large a file each kind of call takes: the core refuses bigger ones with a Thai message, and
 * the transports use the same figures to refuse them before reading them whole (a browser-mode
 * request body, a file picked in the desktop app).
 */
const MB = 1024 * 1024;

/** An office list to import: large enough for a national register. */
export const MAX_IMPORT_FILE_BYTES = 30 * MB;
/** One seminar photo. */
export const MAX_PHOTO_BYTES = 15 * MB;
/** A backup copy (the register and its photos in one file) restored from a folder or USB stick. */
export const MAX_BACKUP_FILE_BYTES = 200 * MB;

/** The largest file a picker may read, by the extensions it offers. */
export function maxPickedFileBytes(accept: readonly string[]): number {
  const limits = accept.map((ext) => {
    const e = ext.toLowerCase().replace(/^\./, '');
    if (e === 'sqlite') return MAX_BACKUP_FILE_BYTES;
    if (e === 'jpg' || e === 'jpeg' || e === 'png') return MAX_PHOTO_BYTES;
    return MAX_IMPORT_FILE_BYTES;
  });
  return Math.max(MAX_IMPORT_FILE_BYTES, ...limits);
}

/** `30 MB`, for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
