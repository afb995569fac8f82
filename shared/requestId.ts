import { z } from 'zod';

/** The header that names one HTTP request in the server's logs; a proxy in front may set it. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a proxy may hand on: short, and nothing that could break a log line or a header. */
export const RequestId = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/);
