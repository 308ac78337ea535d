import { useEffect, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Tabs } from '@nutui/nutui-react-taro';
import { Plus } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { AnswerCard, PendingTurn } from '@/features/assistant/answer-card';
import { AskBox } from '@/features/assistant/ask-box';
import { ConversationHistory } from '@/features/assistant/conversation-history';
import { ExampleQuestions } from '@/features/assistant/example-questions';
import { useConversation } from '@/features/assistant/use-conversation';
import '@/features/assistant/assistant.scss';

type Pane = 'ask' | 'history';

/** The question a link opened the page with, if any. */
function useLinkedQuestion(): string | null {
  const raw = useRouter().params.question;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).trim() || null;
  } catch {
    return null;
  }
}

/** 问一问: ask the branch's study library in your own words; answers cite their sources. */
export default function AskPage() {
  const [view, setView] = useState<Pane>('ask');
  const conversation = useConversation();
  const { turns, pending } = conversation;
  const linked = useLinkedQuestion();
  const askedLinked = useRef(false);
  useEffect(() => {
    if (!linked || askedLinked.current) return;
    askedLinked.current = true;
    void conversation.ask(linked);
  }, [linked, conversation]);

  const openConversation = async (id: string) => {
    const refused = await conversation.open(id);
    if (refused) void Taro.showToast({ title: refused, icon: 'none' });
    else setView('ask');
  };

  return (
    <PageShell>
      <Tabs value={view} onChange={(value) => setView(value as Pane)} activeType="line">
        <Tabs.TabPane value="ask" title="提问" />
        <Tabs.TabPane value="history" title="提问记录" />
      </Tabs>
      {view === 'history' ? (
        <ConversationHistory
          onOpen={(id) => void openConversation(id)}
          onDeleted={(id) => {
            if (id === conversation.conversationId) conversation.startNew();
          }}
        />
      ) : (
        <View data-testid="ask-view">
          {turns.length > 0 ? (
            <View className="ask-toolbar">
              <Button
                size="small"
                fill="outline"
                type="primary"
                icon={<Plus size={14} />}
                onClick={conversation.startNew}
              >
                新的提问
              </Button>
            </View>
          ) : null}
          {turns.length === 0 && !pending ? <ExampleQuestions onPick={(q) => void conversation.ask(q)} /> : null}
          {turns.map((turn, index) => (
            <AnswerCard key={`${turn.at}-${index}`} turn={turn} />
          ))}
          {pending ? <PendingTurn question={pending} /> : null}
          <AskBox
            busy={pending !== null}
            error={conversation.error}
            remaining={conversation.remaining}
            onAsk={conversation.ask}
          />
        </View>
      )}
    </PageShell>
  );
}
