/**
 * The study assistant's language model. Three adapters, chosen by configuration: WeChat cloud AI, any
 * OpenAI-compatible endpoint, and the local default that has no model at all — callers then answer by
 * quoting retrieved passages, and say so.
 */
export type ModelKind = 'local' | 'wxcloud' | 'openai';

export interface ModelMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ModelRequest {
  system: string;
  messages: ModelMessage[];
  maxTokens?: number;
}

export interface ModelPort {
  readonly kind: ModelKind;
  /** The model's reply, or null when there is no generative model (answer extractively instead). */
  generate(request: ModelRequest): Promise<{ text: string } | null>;
}

/** No model: every caller falls back to extractive answers. What `npm start` and the tests use. */
export const localModel: ModelPort = {
  kind: 'local',
  async generate() {
    return null;
  },
};
