import { Popup } from '@nutui/nutui-react-taro';
import { NoteForm, type NoteTarget } from './note-form';

/** The 写心得 form in a bottom sheet; it opens fresh each time. */
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
    <Popup visible={visible} position="bottom" round title="写学习心得" closeable onClose={onClose} destroyOnClose>
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
