import type { Resolvers } from '../../graphql/generated.ts';
import { agreementsByProcessor } from './agreements.service.ts';
import {
  createProcessor,
  deleteProcessor,
  getProcessor,
  listProcessors,
  listProcessorsWithoutSignedAgreement,
  processorById,
  updateProcessor,
} from './processors.service.ts';

export const processorsResolvers: Resolvers = {
  Query: {
    processors: (_root, args, ctx) => listProcessors(ctx, args),
    processor: (_root, args, ctx) => getProcessor(ctx, args.id),
    processorsWithoutSignedAgreement: (_root, _args, ctx) => listProcessorsWithoutSignedAgreement(ctx),
  },
  Mutation: {
    createProcessor: (_root, args, ctx) => createProcessor(ctx, args.input),
    updateProcessor: (_root, args, ctx) => updateProcessor(ctx, args.id, args.input),
    deleteProcessor: (_root, args, ctx) => deleteProcessor(ctx, args.id),
  },
  Processor: {
    parentProcessor: (processor, _args, ctx) =>
      processor.parentProcessorId ? processorById(ctx).load(processor.parentProcessorId) : null,
    agreements: (processor, _args, ctx) => agreementsByProcessor(ctx).load(processor.id),
    // Derived from the batched agreements, so it costs no statement of its own.
    hasSignedAgreement: async (processor, _args, ctx) =>
      (await agreementsByProcessor(ctx).load(processor.id)).some((a) => a.status === 'signed'),
  },
};
