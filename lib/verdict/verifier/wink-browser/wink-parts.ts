/**
 * The three large JSON parts of wink's English model, as the extension reads them from its models/ folder. The build
 * aliases the model package's `require("…/eng-core-web-model.json")` (and the NER and sentiment parts) to the `*-part.cjs`
 * modules beside this one, which hand over what `setWinkParts` stored on the worker's global: the model's scripts are
 * imported only after the parts are read.
 */
export interface WinkParts {
  core: unknown;
  ner: unknown;
  sa: unknown;
}

/** The files of the parts, as the build copies them into the extension (wxt.config.ts). */
export const WINK_PART_FILES: Readonly<Record<keyof WinkParts, string>> = Object.freeze({
  core: 'wink/eng-core-web-model.json',
  ner: 'wink/eng-ner-model.json',
  sa: 'wink/eng-sa-model.json',
});

/** Hands the parts to the `*-part.cjs` shims (the worker's own global; no page ever sees it). */
export function setWinkParts(value: WinkParts): void {
  (globalThis as { __crosscheckWinkParts?: WinkParts }).__crosscheckWinkParts = value;
}
