/**
 * How pages talk to the background: the envelope, replies, sender kinds, and the request handler
 * built from the requests the areas declare (`core/areas.ts`). Knows no area itself.
 */
export * from './messages';
export { defineRequest, type Api, type ApiOf, type Outcome, type ReplyValueOf, type RequestDef, type RequestTable } from './request';
export { createRequestHandler, isEnvelope, type RequestHandler, type RequestHandlerDeps } from './handler';
export { RETRY_DELAYS_MS, createProtocolClient, envelope, isBroadcast, randomRequestKey, type ClientOptions, type ProtocolClient } from './client';
