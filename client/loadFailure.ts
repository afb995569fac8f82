/**
 * What the loading screen becomes when not even the English strings arrive (the network dropped,
 * or a new release replaced the files this page asked for): a plain message and a way to try
 * again. It cannot be translated, since the translations are what failed to load; it speaks the
 * fallback language, English.
 */
export function showLoadFailure(): void {
  const screen = document.querySelector('.loading-screen');
  if (!screen) return;
  screen.setAttribute('aria-busy', 'false');
  screen.querySelector('.spinner')?.remove();
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'The expo could not load. Check your connection and try again.';
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = 'Try again';
  again.addEventListener('click', () => location.reload());
  screen.append(message, again);
}
