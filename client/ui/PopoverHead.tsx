/** The title row of an anchored popover: its heading (which names the dialog) and its close button. */
export function PopoverHead({
  titleId,
  title,
  closeLabel,
  onClose,
}: {
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <div className="anchored-popover-head">
      <h2 id={titleId}>{title}</h2>
      <button type="button" className="anchored-popover-close" aria-label={closeLabel} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
