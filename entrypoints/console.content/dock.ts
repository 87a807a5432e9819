/**
 * Makes room for the sidebar instead of covering the console: the page's body gets a right margin,
 * and a transform so that the console's own `position: fixed` panels are laid out inside it too.
 */
const DOCKED_CLASS = 'kefu-sidebar-docked';
const STYLE_ID = 'kefu-sidebar-dock-style';

export function installDock(widthPx: number): (docked: boolean) => void {
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `html.${DOCKED_CLASS} > body {
  margin-right: ${widthPx}px !important;
  width: auto !important;
  min-height: 100vh;
  transform: translateZ(0);
}`;
    (document.head ?? document.documentElement).append(style);
  }
  return (docked) => document.documentElement.classList.toggle(DOCKED_CLASS, docked);
}

export function removeDock(): void {
  document.documentElement.classList.remove(DOCKED_CLASS);
  document.getElementById(STYLE_ID)?.remove();
}
