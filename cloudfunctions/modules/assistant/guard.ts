/**
 * What the assistant will not take up: attempts to give it other instructions or another role, and
 * requests plainly outside Party study. Everything else goes to retrieval, which answers "no answer"
 * when the library holds nothing on it.
 */
const INSTRUCTION_ATTEMPTS = [
  /忽略(以上|上面|之前|前面|所有|你的)/u,
  /(忘记|忘掉|无视|不要遵守|不用遵守)(你的|之前|以上|所有)?(规则|指令|设定|要求|提示)/u,
  /(你现在是|你现在扮演|假装你是|扮演一个|进入.{0,6}模式)/u,
  /(系统提示|提示词|system prompt|ignore (all |the )?previous|jailbreak)/iu,
  /(重复|输出|打印).{0,6}(你的|上面的)(指令|提示|设定)/u,
];

const OFF_TOPIC = [
  /(天气|股票|股价|彩票|基金行情|菜谱|做菜|减肥|星座|算命|八卦|明星|电影推荐|游戏攻略)/u,
  /(写|帮我写|生成).{0,6}(代码|程序|小说|情书|作业)/u,
  /(翻译成|用英文|用英语)/u,
];

export type GuardVerdict = 'ok' | 'instruction' | 'offTopic';

export function screenQuestion(question: string): GuardVerdict {
  if (INSTRUCTION_ATTEMPTS.some((pattern) => pattern.test(question))) return 'instruction';
  if (OFF_TOPIC.some((pattern) => pattern.test(question))) return 'offTopic';
  return 'ok';
}

export const REFUSAL_TEXT =
  '抱歉，我只能根据本支部的学习资料回答党的理论、党章党规和组织生活方面的问题。请换一个与学习有关的问题再问。';

export const NO_ANSWER_TEXT =
  '资料库中没有找到答案。可以换个说法再问，或到「学习」里浏览相关资料，也可以请教支部书记。';
