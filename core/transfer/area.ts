import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, defineRequest } from '../protocol';
import { idSchema } from '../store';
import { CHUNK_MAX, assignmentSchema, planOptionsSchema, taskNameSchema, transferTaskRecordSchema } from './model';
import type { TransferService } from './service';

const epoch = z.number().int().nonnegative();

/**
 * Relation transfer (关系转移): plans over the current relation set, transfer tasks followed until
 * the back office confirms them, and the permissions audit. The transfer panel works on the
 * back-office pages, so every request is open to any of our pages.
 */
export const transferArea = defineArea({
  name: 'transfer',
  records: { transferTask: transferTaskRecordSchema },
  requests: ({ transfer }: { transfer: TransferService }) => ({
    planTransfer: defineRequest({ input: planOptionsSchema, allow: ANY_PAGE, handle: (req) => transfer.plan(req) }),
    startTransferTask: defineRequest({
      input: z.object({
        name: taskNameSchema,
        startedAt: epoch.optional(),
        assignments: z.array(assignmentSchema).max(CHUNK_MAX).optional(),
        plan: planOptionsSchema.optional(),
        batches: z.array(z.number().int().min(1)).max(CHUNK_MAX).optional(),
      }),
      allow: ANY_PAGE,
      handle: (req) => transfer.startTask(req),
    }),
    addTransferAssignments: defineRequest({
      input: z.object({ id: idSchema, assignments: z.array(assignmentSchema).min(1).max(CHUNK_MAX) }),
      allow: ANY_PAGE,
      handle: (req) => transfer.addAssignments(req.id, req.assignments),
    }),
    getTransferTasks: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => transfer.listTasks() }),
    getTransferTask: defineRequest({ input: z.object({ id: idSchema }), allow: ANY_PAGE, handle: (req) => transfer.getTask(req.id) }),
    updateTransferTask: defineRequest({
      input: z.object({ id: idSchema, name: taskNameSchema.optional(), completedAt: epoch.nullable().optional(), recheckedAt: epoch.nullable().optional() }),
      allow: ANY_PAGE,
      handle: (req) => transfer.updateTask(req),
    }),
    deleteTransferTask: defineRequest({ input: z.object({ id: idSchema }), allow: ANY_PAGE, handle: (req) => transfer.deleteTask(req.id) }),
    reconcileTransferTask: defineRequest({ input: z.object({ id: idSchema }), allow: ANY_PAGE, handle: (req) => transfer.reconcileTask(req.id) }),
    getPermissionsAudit: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => transfer.audit() }),
  }),
});
