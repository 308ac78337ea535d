import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { AnswerEditor } from '../../src/features/admin-quiz/answer-editor';

/** The question form's options and answer: answers are ticked, never typed, and stay right when options go. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The kit's Input needs Taro's input element, which the jsdom stand-in lacks; the options are plain inputs here.
jest.mock('@nutui/nutui-react-taro', () => ({
  ...jest.requireActual('@nutui/nutui-react-taro'),
  Input: ({ value, onChange }: { value: string; onChange: (value: string) => void }) => (
    <input value={value} onChange={(event) => onChange(event.target.value)} />
  ),
}));

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function renderEditor(type: 'single' | 'multiple', options: string[], answer: string[]) {
  const changes: { options?: string[]; answer?: string[] } = {};
  act(() =>
    root.render(
      <AnswerEditor
        type={type}
        options={options}
        answer={answer}
        onOptions={(next) => (changes.options = next)}
        onAnswer={(next) => (changes.answer = next)}
      />,
    ),
  );
  return changes;
}

const click = (label: string) => {
  const element = container.querySelector(`[aria-label="${label}"]`);
  if (!element) throw new Error(`nothing labelled ${label}`);
  act(() => element.dispatchEvent(new MouseEvent('click', { bubbles: true })));
};

test('a single-choice answer is the one letter ticked', () => {
  const changes = renderEditor('single', ['甲', '乙', '丙'], ['A']);
  click('C 是正确答案');
  expect(changes.answer).toEqual(['C']);
});

test('a multiple-choice answer adds letters in order', () => {
  const changes = renderEditor('multiple', ['甲', '乙', '丙'], ['C']);
  click('A 是正确答案');
  expect(changes.answer).toEqual(['A', 'C']);
});

test('removing an option moves the later answer letters up by one', () => {
  const changes = renderEditor('multiple', ['甲', '乙', '丙', '丁'], ['B', 'D']);
  click('删除选项 B');
  expect(changes.options).toEqual(['甲', '丙', '丁']);
  expect(changes.answer).toEqual(['C']);
});
