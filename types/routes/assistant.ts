/** 问一问: members ask the study library in their own words; conversations are theirs alone. */
import {
  AskInput,
  AskOutput,
  Conversation,
  ConversationIdInput,
  ConversationListInput,
  ConversationListOutput,
  DeleteConversationOutput,
} from '../schemas/assistant';
import { route } from '../route-def';

export const assistantApiRoutes = {
  'assistant.ask': route({
    input: AskInput,
    output: AskOutput,
    // `own`: a conversation named is the caller's, which the service reads by owner.
    access: { role: 'member', audience: 'own' },
    writes: true,
    summary:
      'Ask the study library: an answer built only from passages I may read, citing them; a plain "no answer" or a refusal otherwise. Daily limit.',
  }),
  'assistant.conversations': route({
    input: ConversationListInput,
    output: ConversationListOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'My conversations, newest first, with how many questions I have left today.',
  }),
  'assistant.conversation': route({
    input: ConversationIdInput,
    output: Conversation,
    access: { role: 'member', audience: 'own', inactiveMembers: 'own-data' },
    writes: false,
    summary: 'One of my conversations with every question, answer and citation.',
  }),
  'assistant.deleteConversation': route({
    input: ConversationIdInput,
    output: DeleteConversationOutput,
    access: { role: 'member', audience: 'own', inactiveMembers: 'own-data' },
    writes: true,
    summary: 'Delete one of my conversations for good.',
  }),
};
