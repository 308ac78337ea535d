import { Image, Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { ArrowDown, ArrowUp, Del } from '@nutui/icons-react-taro';
import { BLOCK_LABELS, type Block, type BlockKind } from '@/features/study/blocks';
import { colors } from '@/theme/tokens';
import { TableBlock } from './table-block';

const ADDABLE: Array<{ kind: BlockKind; label: string }> = [
  { kind: 'heading', label: '小标题' },
  { kind: 'paragraph', label: '段落' },
  { kind: 'list', label: '列表' },
  { kind: 'image', label: '图片' },
  { kind: 'table', label: '表格' },
];

const TITLES: Record<BlockKind, string> = { ...BLOCK_LABELS, table: '表格' };

function BlockBody({
  block,
  imageUrl,
  onChange,
}: {
  block: Block;
  imageUrl: (ref: string) => string;
  onChange: (block: Block) => void;
}) {
  if (block.kind === 'image')
    return <Image className="editor-block__image" src={imageUrl(block.text)} mode="widthFix" />;
  if (block.kind === 'table') return <TableBlock text={block.text} onChange={(text) => onChange({ ...block, text })} />;
  return (
    <TextArea
      className="editor-block__text"
      value={block.text}
      maxLength={20000}
      autoSize
      placeholder={block.kind === 'html' ? '' : `在这里输入${TITLES[block.kind]}`}
      onChange={(text) => onChange({ ...block, text })}
    />
  );
}

/** The body as a column of blocks, each with move and delete; new blocks are added at the end. */
export function BlockEditor({
  blocks,
  onChange,
  onAddImage,
  imageUrl,
}: {
  blocks: Block[];
  onChange: (blocks: Block[]) => void;
  onAddImage: () => void;
  imageUrl: (ref: string) => string;
}) {
  const replace = (index: number, block: Block | null) =>
    onChange(blocks.flatMap((b, i) => (i === index ? (block ? [block] : []) : [b])));
  const move = (index: number, by: -1 | 1) => {
    const next = [...blocks];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, moved);
    onChange(next);
  };
  const add = (kind: BlockKind) => (kind === 'image' ? onAddImage() : onChange([...blocks, { kind, text: '' }]));
  return (
    <View>
      {blocks.map((block, index) => (
        <View key={index} className="editor-block" data-testid="editor-block">
          <View className="editor-block__head">
            <Text className="editor-block__kind">{TITLES[block.kind]}</Text>
            <View className="editor-block__tools">
              <View role="button" aria-label="上移" className="editor-block__tool" onClick={() => move(index, -1)}>
                <ArrowUp size={18} color={index === 0 ? colors.text4 : colors.text2} />
              </View>
              <View role="button" aria-label="下移" className="editor-block__tool" onClick={() => move(index, 1)}>
                <ArrowDown size={18} color={index === blocks.length - 1 ? colors.text4 : colors.text2} />
              </View>
              <View role="button" aria-label="删除" className="editor-block__tool" onClick={() => replace(index, null)}>
                <Del size={18} color={colors.text2} />
              </View>
            </View>
          </View>
          <BlockBody block={block} imageUrl={imageUrl} onChange={(next) => replace(index, next)} />
        </View>
      ))}
      <View className="editor-add">
        {ADDABLE.map(({ kind, label }) => (
          <Button key={kind} size="small" fill="outline" onClick={() => add(kind)}>
            + {label}
          </Button>
        ))}
      </View>
    </View>
  );
}
