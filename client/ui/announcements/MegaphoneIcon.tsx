/** A megaphone: the organisers speaking to everyone. Decorative; the text beside it says what it is. */
export function MegaphoneIcon() {
  return (
    <svg className="line-icon announce-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3.5 10v4a1 1 0 0 0 1 1H7l8 4.5v-15L7 9H4.5a1 1 0 0 0-1 1z" />
      <path d="M7 15l1.2 4.5h2.3L9.6 15.6" />
      <path d="M18 9.2a3.6 3.6 0 0 1 0 5.6M20 7a6.6 6.6 0 0 1 0 10" />
    </svg>
  );
}
