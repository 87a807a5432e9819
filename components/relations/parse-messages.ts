/** What the parse worker sends: the rows in parts, then the headers (or why it failed). */
export type ParseMessage = { kind: 'rows'; rows: string[][]; rowNumbers: number[] } | { kind: 'done'; headers: string[] } | { kind: 'failed'; message: string };

/** Rows per worker message: the page reads each message in one task, which stays well under 50 ms. */
export const ROWS_PER_MESSAGE = 2000;
