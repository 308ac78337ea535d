import { Popup } from '@nutui/nutui-react-taro';
import { NoteForm, type NoteTarget } from './note-form';

/**
 * The 写心得 form in a bottom sheet; it opens fresh each time. The sheet is capped below the screen's height
 * and scrolls, so a long 心得, large text or a raised keyboard never pushes 提交心得 out of reach.
 */
export function NoteSheet({
  visible,
  targets,
  onClose,
  onDone,
}: {
  visible: boolean;
  targets: NoteTarget[];
  onClose: () => void;
  onDone?: () => void;
}) {
  return (
    <Popup
      visible={visible}
      position="bottom"
      round
      title="写学习心得"
      closeable
      className="note-sheet"
      onClose={onClose}
      destroyOnClose
    >
      {visible ? (
        <NoteForm
          targets={targets}
          onDone={() => {
            onClose();
            onDone?.();
          }}
        />
      ) : null}
    </Popup>
  );
}
