/// <reference lib="webworker" />
// The one worker that reads imported files off the page's main thread (a 100,000-row XLSX takes
// seconds, and a hostile spreadsheet then costs this worker, never the page). One worker for every
// importer, so the extension ships the spreadsheet reader once.
import { handleFileJob } from './handle-job';
import type { FileJob } from './jobs';

self.onmessage = (event: MessageEvent<FileJob>) => handleFileJob(event.data, (message) => self.postMessage(message));
