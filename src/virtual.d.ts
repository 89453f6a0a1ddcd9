/** Modules the vita integration provides (src/integrations/vita.ts). */
declare module 'virtual:vita/settings' {
  const settings: import('./pipeline/settings.ts').ResolvedSettings;
  export default settings;
}
declare module 'virtual:vita/theme.css';
