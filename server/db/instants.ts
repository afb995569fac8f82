/** Database timestamps come back as Date (pg) or string (PGlite JSON); the API speaks ISO 8601 either way. */
export const isoTime = (value: Date | string): string => new Date(value).toISOString();

export const isoTimeOrNull = (value: Date | string | null): string | null => (value === null ? null : isoTime(value));
