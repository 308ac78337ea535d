import type { FunctionHandlers } from '../../kernel/handler-types';
import { ask, deleteConversation, getConversation, listConversations } from './assistant.service';

export const assistantApiRoutes = {
  'assistant.ask': (input, ctx) => ask(ctx, input),
  'assistant.conversations': (input, ctx) => listConversations(ctx, input.skip, input.limit),
  'assistant.conversation': (input, ctx) => getConversation(ctx, input.conversationId),
  'assistant.deleteConversation': (input, ctx) => deleteConversation(ctx, input.conversationId),
} satisfies Partial<FunctionHandlers<'api'>>;
