// Copy buttons on every code block, loaded by CodeCopy.client.ts when the first block comes into view.
const live = document.createElement('p');
live.className = 'sr-only';
live.setAttribute('aria-live', 'polite');
document.body.append(live);
for (const pre of document.querySelectorAll<HTMLElement>('.expressive-code pre')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy';
  button.addEventListener('click', async () => {
    const code = pre.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      button.textContent = live.textContent = 'Copied';
    } catch {
      button.textContent = live.textContent = 'Copy failed';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
  pre.parentElement!.append(button);
}
