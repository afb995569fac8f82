import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalFormProps {
  /** Ids of the heading and the text that name and describe the dialog. */
  titleId: string;
  textId: string;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

/** A modal confirmation: opened as a modal <dialog>, Escape or Cancel dismiss it, submitting confirms. */
export function ModalForm({ titleId, textId, onSubmit, onCancel, children }: ModalFormProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const current = dialog.current;
    if (current && !current.open) current.showModal();
    return () => current?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="mod-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-own-keys="true"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      // Escape belongs to the dialog; the panel behind it stays open.
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </dialog>
  );
}
