import { useState } from 'react';
import type { RouteOutput } from '@contract/contract';
import { call } from '@/lib/api-client';

export type AssistantTurn = RouteOutput<'assistant.ask'>['turn'];

/**
 * The conversation on screen: its turns, the question waiting for an answer, and what is left today.
 * A new question continues the open conversation; `startNew` begins another.
 */
export function useConversation() {
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [turns, setTurns] = useState<AssistantTurn[]>([]);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [remaining, setRemaining] = useState<number | null>(null);

  const ask = async (question: string): Promise<boolean> => {
    setPending(question);
    setError(null);
    const result = await call('assistant.ask', { question, ...(conversationId ? { conversationId } : {}) });
    setPending(null);
    if (!result.ok) {
      setError(result.error.fields?.question ?? result.error.message);
      return false;
    }
    setConversationId(result.data.conversationId);
    setTurns((before) => [...before, result.data.turn]);
    setRemaining(result.data.remainingToday);
    return true;
  };

  const open = async (id: string): Promise<string | null> => {
    const result = await call('assistant.conversation', { conversationId: id });
    if (!result.ok) return result.error.message;
    setConversationId(id);
    setTurns(result.data.turns);
    setError(null);
    return null;
  };

  const startNew = () => {
    setConversationId(null);
    setTurns([]);
    setError(null);
  };

  return { conversationId, turns, pending, error, remaining, setRemaining, ask, open, startNew };
}
