import { z } from 'zod';

export const SetupOutput = z.object({
  collections: z.array(z.string()),
  indexes: z.number().int(),
});
