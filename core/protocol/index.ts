export * from './messages';
export { createProtocolClient, envelope, isBroadcast, type ProtocolClient } from './client';
export { createRequestHandler, createSenderCheck, isEnvelope, type RequestHandler, type RequestHandlerDeps, type SenderInfo } from './handler';
export { requestSchema, broadcastSchema } from './schemas';
