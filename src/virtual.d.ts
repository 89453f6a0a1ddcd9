/** Modules the vita integration provides (src/integrations/vita.ts). */
declare module 'virtual:vita/settings' {
  const settings: import('./pipeline/settings.ts').ResolvedSettings;
  export default settings;
  /** A group site's members (none for a personal site), each with its folder and settings. */
  export const members: readonly import('./pipeline/group.ts').GroupMember[];
}
declare module 'virtual:vita/theme.css';
/** citeproc-js, the CSL processor (CommonJS, without types of its own): the parts vita uses. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(language: string): string | undefined;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, language?: string, forceLanguage?: boolean);
    opt: { development_extensions: Record<string, boolean> };
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: readonly string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  }
  /** A node of a style as citeproc-js reads it (CSL.XmlJSON). */
  export interface StyleNode {
    name: string;
    attrs: Record<string, string>;
    children: (StyleNode | string)[];
  }
  /** A style as citeproc-js reads it. */
  interface XmlJSON {
    dataObj: StyleNode;
    getNodesByName(node: StyleNode | undefined, name: string, nameAttribute?: string, found?: StyleNode[]): StyleNode[];
  }
  const CSL: { Engine: typeof Engine; XmlJSON: { prototype: XmlJSON }; setupXml(xml: string): XmlJSON };
  export default CSL;
}
